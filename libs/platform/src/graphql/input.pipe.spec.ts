import { InputPipe } from './input.pipe.js';

describe('InputPipe', () => {
  const pipe = new InputPipe();
  const bad = { naam: 'a\u0000b' };

  it("checks what the client sent: a resolver's arguments (type body, as Nest passes them), HTTP queries and parameters", () => {
    for (const type of ['body', 'query', 'param'] as const)
      expect(() => pipe.transform(bad, { type, data: 'input' })).toThrow('control characters');
  });

  it('leaves @Parent(), @Info() and @Context() alone (type custom: the server built them)', () => {
    expect(pipe.transform(bad, { type: 'custom', data: undefined })).toBe(bad);
  });
});
