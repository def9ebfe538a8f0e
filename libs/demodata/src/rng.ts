const HEX = '0123456789abcdef';
const HEX_CODES = [...HEX].map((c) => c.charCodeAt(0));
/** Where the counter's 10 hex digits go, most significant first. */
const TELLER = [9, 10, 11, 12, 15, 16, 17, 20, 21, 22];
/** The character codes of one id being written: xxxxxxxx-tttt-4ttt-vttt-rrrrrrrrrrrr (t counter, v variant, r drawn). */
const CODES: number[] = [...'00000000-0000-4000-8000-000000000000'].map((c) => c.charCodeAt(0));

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same data. */
export class Rng {
  private state: number;
  private readonly seedHex: string;
  private uuids = 0;

  constructor(seed: number) {
    this.state = seed >>> 0;
    this.seedHex = this.state.toString(16).padStart(8, '0');
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    // Two passes over the keys instead of Object.entries: the generator draws millions of times.
    let total = 0;
    for (const key in weights) total += weights[key];
    let r = this.next() * total;
    let last = '' as T;
    for (const key in weights) {
      r -= weights[key];
      if (r < 0) return key;
      last = key;
    }
    return last;
  }

  /** Exponentially distributed with the given mean. */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /**
   * A stable UUID (v4 layout), unique by construction: the stream's seed (8 hex digits), the number of
   * UUIDs this stream gave before (10 digits around the version and variant digits), the rest drawn.
   * Drawn entirely, two streams whose states meet (every mulberry32 stream walks the same cycle of
   * 2^32 states) gave the same ids: a ten-year national load hit a duplicate journaalregel key.
   * Still 32 draws, so every later value of the stream stays the same.
   */
  uuid(): string {
    // Written as character codes into one flat string: `+=` per digit left a rope of 36 pieces per
    // id, which doubled the generator's memory for ten years of a large region.
    for (let i = 0; i < 8; i++) CODES[i] = this.seedHex.charCodeAt(i);
    let teller = this.uuids++;
    for (let i = TELLER.length - 1; i >= 0; i--) {
      CODES[TELLER[i]!] = HEX_CODES[teller % 16]!;
      teller = Math.floor(teller / 16);
    }
    for (let i = 0; i < 32; i++) {
      const digit = Math.floor(this.next() * 16);
      if (i === 16) CODES[19] = HEX_CODES[(digit & 0x3) | 0x8]!;
      else if (i >= 20) CODES[i + 4] = HEX_CODES[digit]!;
    }
    return String.fromCharCode(...CODES);
  }
}

/** Seed of a region: the same region gets the same data whatever else is generated. */
export function regioSeed(seed: number, code: string): number {
  let h = seed ^ 0x9e3779b9;
  for (const c of code) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}
