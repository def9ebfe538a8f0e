import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@vt/auth';
import { ZiekteverzuimService } from './ziekteverzuim.service.js';
import { LegZiekteverzuimVastInput, Ziekteverzuim } from './ziekteverzuim.types.js';

@Resolver()
export class ZiekteverzuimResolver {
  constructor(private readonly verzuim: ZiekteverzuimService) {}

  @Query(() => [Ziekteverzuim], { description: 'Ziekteverzuim per month per team of a year (teammanager, functioneel-beheerder).' })
  @Allow('read', 'Begroting')
  ziekteverzuim(@Args('jaar', { type: () => Int, description: 'Year, 2000 to 2100.' }) jaar: number): Promise<Ziekteverzuim[]> {
    return this.verzuim.lees(jaar);
  }

  @Mutation(() => [Ziekteverzuim], {
    description: "Records a month's ziekteverzuim per team, replacing that month's figures (functioneel-beheerder). Returns the month.",
  })
  @Allow('update', 'Begroting')
  legZiekteverzuimVast(@Args('input') input: LegZiekteverzuimVastInput): Promise<Ziekteverzuim[]> {
    return this.verzuim.legVast(input);
  }
}
