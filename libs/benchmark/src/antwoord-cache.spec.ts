import { AntwoordCache } from './antwoord-cache.js';

describe('AntwoordCache', () => {
  it('shares one computation between concurrent misses and keeps no failure', async () => {
    const cache = new AntwoordCache<number>();
    let berekend = 0;
    const bereken = () => Promise.resolve(++berekend);
    expect(await Promise.all([cache.get('a', bereken), cache.get('a', bereken)])).toEqual([1, 1]);
    await expect(cache.get('b', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await Promise.resolve();
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('evicts the least recently used entry beyond its count, and by weight beyond its total weight', async () => {
    const cache = new AntwoordCache<string>(3, 10);
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    expect(await cache.peek('a')).toBe('A'); // a is now the most recently used
    cache.set('c', 'C', 4); // 12 > 10: b leaves, not a
    expect(cache.peek('b')).toBeUndefined();
    expect(await cache.peek('a')).toBe('A');
    expect(await cache.peek('c')).toBe('C');
    cache.set('a', 'A2', 1); // replacing frees a's old weight
    cache.set('d', 'D', 5); // 1 + 4 + 5 = 10: all stay
    expect(cache.size).toBe(3);
    cache.set('e', 'E', 0); // a fourth entry: the least recently used (c) leaves
    expect(cache.peek('c')).toBeUndefined();
    expect(cache.size).toBe(3);
    cache.set('f', 'F', 11); // heavier than the whole cache: not kept, nothing evicted for it
    expect(cache.peek('f')).toBeUndefined();
    expect(cache.size).toBe(3);
  });
});
