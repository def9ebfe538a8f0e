import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { KENGETALLEN } from './kengetallen.js';
import { BenchmarkService, MAX_KENGETALLEN, toKengetal } from './benchmark.service.js';
import { Benchmark, Kengetal, Trend } from './benchmark.types.js';

@Resolver()
export class BenchmarkResolver {
  constructor(private readonly service: BenchmarkService) {}

  @Query(() => [Kengetal], { description: 'The catalogue of kengetallen with their definitions.' })
  @Allow('read', 'Benchmark')
  kengetallen(): Kengetal[] {
    return KENGETALLEN.map(toKengetal);
  }

  @Query(() => Benchmark, {
    description:
      'Kengetallen of a period for every participating region, with the national value, median and quartiles, under the disclosure rules of the README (small counts suppressed together with every period and count containing them; counts rounded; values from the published parts only).',
  })
  @Allow('read', 'Benchmark')
  benchmark(
    @Args('periode', { description: 'Year (2025), half year (2025-H1) or quarter (2025-Q2).' }) periode: string,
    @Args('kengetallen', {
      type: () => [String],
      nullable: true,
      description: `Codes to include; all when left out. At most ${MAX_KENGETALLEN} codes (more is VALIDATIE); a code named twice is answered once.`,
    })
    kengetallen?: string[] | null,
  ): Promise<Benchmark> {
    return this.service.benchmark(periode, kengetallen);
  }

  @Query(() => Trend, { description: 'One kengetal over consecutive periods of the same kind, per region and nationally.' })
  @Allow('read', 'Benchmark')
  trend(
    @Args('kengetal', { description: 'Kengetal code.' }) kengetal: string,
    @Args('van', { description: 'First period, e.g. 2023 or 2024-Q1.' }) van: string,
    @Args('tot', { description: 'Last period (same kind as van).' }) tot: string,
  ): Promise<Trend> {
    return this.service.trend(kengetal, van, tot);
  }
}
