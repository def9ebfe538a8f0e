import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Allow } from '@vt/auth';
import { Casus } from '@vt/casus';
import { VervolgLoaders } from '../vervolg.loaders.js';
import { vandaag } from '../vervolg.support.js';
import { toHuisverbod } from './huisverbod.row.js';
import { HuisverbodService } from './huisverbod.service.js';
import {
  BeeindigHuisverbodCasusregieInput,
  BeeindigHuisverbodInput,
  Huisverbod,
  RegistreerHuisverbodInput,
  StartHuisverbodCasusregieInput,
} from './huisverbod.types.js';

/** The tijdelijk huisverbod: registration, the one extension, its end and the casusregie of Veilig Thuis. */
@Resolver(() => Huisverbod)
export class HuisverbodResolver {
  constructor(
    private readonly huisverboden: HuisverbodService,
    private readonly loaders: VervolgLoaders,
  ) {}

  @Mutation(() => Huisverbod, {
    description:
      "Registers a tijdelijk huisverbod (10 days) on a casus, with the burgemeester's besluit, the gemeente, the pleger and the achterblijvers.",
  })
  @Allow('update', 'Interventie')
  registreerHuisverbod(@Args('input') input: RegistreerHuisverbodInput) {
    return this.huisverboden.registreer(input);
  }

  @Mutation(() => Huisverbod, {
    description:
      'Extends a huisverbod in force, once, to at most 28 days from the start. A second extension, or one of a huisverbod whose end is recorded, is ONGELDIGE_OVERGANG.',
  })
  @Allow('update', 'Interventie')
  verlengHuisverbod(
    @Args('huisverbodId', { type: () => ID, description: 'The huisverbod.' }) huisverbodId: string,
    @Args('versie', { type: () => Int, description: 'The version you read.' }) versie: number,
    @Args('besluitdatum', {
      type: () => DateResolver,
      nullable: true,
      description: "Date of the burgemeester's besluit to extend; within the current term, not in the future.",
    })
    besluitdatum?: Date | null,
    @Args('einddatum', {
      type: () => DateResolver,
      nullable: true,
      description: 'New last day in force; after the current einddatum, at most 28 days from the start (the default).',
    })
    einddatum?: Date | null,
  ) {
    return this.huisverboden.verleng(huisverbodId, versie, { besluitdatum, einddatum });
  }

  @Mutation(() => Huisverbod, {
    description: 'Records how a huisverbod ended (AFGELOPEN, INGETROKKEN, VERNIETIGD), with date and reason; an end is recorded once.',
  })
  @Allow('update', 'Interventie')
  beeindigHuisverbod(@Args('input') input: BeeindigHuisverbodInput) {
    return this.huisverboden.beeindig(input);
  }

  @Mutation(() => Huisverbod, {
    description: 'Starts the casusregie of Veilig Thuis for pleger and achterblijvers during a huisverbod (once).',
  })
  @Allow('update', 'Interventie')
  startHuisverbodCasusregie(@Args('input') input: StartHuisverbodCasusregieInput) {
    return this.huisverboden.startCasusregie(input);
  }

  @Mutation(() => Huisverbod, { description: 'Ends the casusregie of a huisverbod, with what it led to.' })
  @Allow('update', 'Interventie')
  beeindigHuisverbodCasusregie(@Args('input') input: BeeindigHuisverbodCasusregieInput) {
    return this.huisverboden.beeindigCasusregie(input);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The pleger (uithuisgeplaatste), a person of the casus; null when not recorded.' })
  async plegerId(@Parent() huisverbod: Huisverbod): Promise<string | null> {
    return (await this.loaders.huisverbodPersonen(huisverbod.id)).find((p) => p.rol === 'PLEGER')?.persoon_id ?? null;
  }

  @ResolveField(() => [ID], { description: 'The achterblijvers, persons of the casus.' })
  async achterblijverIds(@Parent() huisverbod: Huisverbod): Promise<string[]> {
    return (await this.loaders.huisverbodPersonen(huisverbod.id)).filter((p) => p.rol === 'ACHTERBLIJVER').map((p) => p.persoon_id);
  }
}

@Resolver(() => Casus)
export class CasusHuisverbodFields {
  constructor(private readonly loaders: VervolgLoaders) {}

  @ResolveField(() => [Huisverbod], { description: 'Tijdelijke huisverboden in this casus.' })
  async huisverboden(@Parent() casus: Casus): Promise<Huisverbod[]> {
    const today = vandaag();
    return (await this.loaders.huisverboden(casus.id)).map((row) => toHuisverbod(row, today));
  }
}
