import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

interface DemoBenchmark {
  benchmarkPerioden(van: string, tot: string): string[];
  jarenVoor(tot: string, jaren: number): string;
}

/** The periods `npm run demo` computes before it reports ready (scripts/lib/benchmark.mjs); the demo itself is not run here. */
describe('demo: benchmark periods to compute', () => {
  let lib: DemoBenchmark;
  beforeAll(async () => {
    lib = (await import(pathToFileURL(resolve('scripts/lib/benchmark.mjs')).href)) as DemoBenchmark;
  });

  it('lists every year, half year and quarter a year of data overlaps, oldest first', () => {
    expect(lib.jarenVoor('2026-11-29', 1)).toBe('2025-11-29');
    expect(lib.benchmarkPerioden('2025-11-29', '2026-11-29')).toEqual([
      '2025',
      '2025-H2',
      '2025-Q4',
      '2026',
      '2026-H1',
      '2026-Q1',
      '2026-Q2',
      '2026-H2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });

  it('includes a period touched on its first or last day only, and nothing outside the range', () => {
    expect(lib.benchmarkPerioden('2024-06-30', '2024-07-01')).toEqual(['2024', '2024-H1', '2024-Q2', '2024-H2', '2024-Q3']);
    expect(lib.benchmarkPerioden('2024-01-01', '2024-01-01')).toEqual(['2024', '2024-H1', '2024-Q1']);
    expect(lib.jarenVoor('2026-11-29', 0.25)).toBe('2026-08-30');
    expect(() => lib.benchmarkPerioden('2026-02-01', '2026-01-01')).toThrow('invalid range');
  });
});
