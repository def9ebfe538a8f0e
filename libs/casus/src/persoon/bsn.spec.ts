import { isGeldigBsn } from './bsn.js';

describe('elfproef', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s', (bsn) => expect(isGeldigBsn(bsn)).toBe(true));
  it.each(['111222334', '123456789', '12345678', '1234567890', '12345678a', '000000000', ''])('refuses %p', (bsn) =>
    expect(isGeldigBsn(bsn)).toBe(false),
  );
});
