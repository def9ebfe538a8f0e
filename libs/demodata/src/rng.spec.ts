import { Rng } from './rng.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Rng.uuid', () => {
  it('gives distinct ids to two streams whose states meet (the same draws follow)', () => {
    // Every mulberry32 stream walks one cycle of 2^32 states: a stream seeded with another's state
    // after some draws repeats its draws from there on.
    const a = new Rng(20261123);
    for (let i = 0; i < 1000; i++) a.next();
    const b = new Rng((20261123 + 1000 * 0x6d2b79f5) >>> 0);
    expect(b.next()).toBe(a.next());
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      ids.add(a.uuid());
      ids.add(b.uuid());
    }
    expect(ids.size).toBe(10_000);
    expect([...ids].every((id) => V4.test(id))).toBe(true);
  });

  it('takes 32 draws, so the rest of the stream is the same as before', () => {
    const met = new Rng(7);
    const zonder = new Rng(7);
    met.uuid();
    for (let i = 0; i < 32; i++) zonder.next();
    expect(met.next()).toBe(zonder.next());
  });

  it('is the same for the same seed', () => {
    const eerste = new Rng(42);
    const tweede = new Rng(42);
    expect([eerste.uuid(), eerste.uuid()]).toEqual([tweede.uuid(), tweede.uuid()]);
  });
});
