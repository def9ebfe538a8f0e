import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { Allow } from '@vt/auth';
import { PageArgs, type Connection } from '@vt/platform';
import { BegrotingService } from './begroting/begroting.service.js';
import { Begroting, LegBegrotingPerMaandVastInput, LegBegrotingVastInput, LegJaarrekeningVastInput } from './begroting/begroting.types.js';
import { Formatieberekening, FormatieberekeningInput } from './berekening/berekening.types.js';
import { berekenFormatie } from './berekening/formatieberekening.js';
import { MedewerkerService } from './medewerker/medewerker.service.js';
import {
  DienstverbandInput,
  FormatieOverzicht,
  Medewerker,
  MedewerkerConnection,
  MedewerkerOrder,
  RegistreerMedewerkerInput,
} from './medewerker/medewerker.types.js';
import { toScenario } from './scenario/scenario.row.js';
import { ScenarioService } from './scenario/scenario.service.js';
import { Scenario, SlaScenarioOpInput } from './scenario/scenario.types.js';
import { TijdregistratieService } from './tijdregistratie/tijdregistratie.service.js';
import {
  BoekUrenInput,
  CorrigeerUrenInput,
  ImportResultaat,
  Tijdregistratie,
  TijdregistratieConnection,
  TijdregistratieOrder,
  UrenArgs,
} from './tijdregistratie/tijdregistratie.types.js';
import { UrenImportService } from './tijdregistratie/uren-import.service.js';

@ArgsType()
class MedewerkersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this team.' })
  team?: string | null;

  @Field(() => MedewerkerOrder, { nullable: true, description: 'Order of the result; by name A to Z when left out.' })
  orderBy?: MedewerkerOrder | null;
}

@ArgsType()
class MijnUrenArgs extends PageArgs {
  @Field(() => DateResolver, { description: 'From (inclusive).' })
  van: Date;

  @Field(() => DateResolver, { description: 'Until (inclusive); at most 366 days after van.' })
  tot: Date;

  @Field(() => TijdregistratieOrder, { nullable: true, description: 'Order of the result; earliest day first when left out.' })
  orderBy?: TijdregistratieOrder | null;
}

@Resolver()
export class FormatieResolver {
  constructor(
    private readonly formatieService: MedewerkerService,
    private readonly uren: TijdregistratieService,
    private readonly importer: UrenImportService,
    private readonly begrotingen: BegrotingService,
  ) {}

  @Query(() => Formatieberekening, {
    description: 'The capacity and cost model as a pure computation for what-if work (nothing is stored).',
  })
  @Allow('read', 'Formatieberekening')
  formatieberekening(@Args('input') input: FormatieberekeningInput): Formatieberekening {
    return berekenFormatie(input);
  }

  @Query(() => MedewerkerConnection, { description: 'Staff of the region (teammanager, functioneel-beheerder).' })
  @Allow('read', 'Formatie')
  medewerkers(@Args() args: MedewerkersArgs): Promise<Connection<Medewerker>> {
    return this.formatieService.lijst(args);
  }

  @Query(() => FormatieOverzicht, { description: 'FTE over a period, weighted by days in service (teammanager, functioneel-beheerder).' })
  @Allow('read', 'Formatie')
  formatie(
    @Args('van', { type: () => DateResolver, description: 'First day.' }) van: Date,
    @Args('tot', { type: () => DateResolver, description: 'Last day (inclusive).' }) tot: Date,
  ): Promise<FormatieOverzicht> {
    return this.formatieService.overzicht(van, tot);
  }

  @Mutation(() => Medewerker, { description: 'Registers a staff member with their first dienstverband (functioneel-beheerder).' })
  @Allow('update', 'Formatie')
  registreerMedewerker(@Args('input') input: RegistreerMedewerkerInput): Promise<Medewerker> {
    return this.formatieService.registreer(input);
  }

  @Mutation(() => Medewerker, { description: 'Adds a period of employment (e.g. a new FTE or functie after the previous one ended).' })
  @Allow('update', 'Formatie')
  voegDienstverbandToe(
    @Args('medewerkerId', { type: () => ID, description: 'The medewerker.' }) medewerkerId: string,
    @Args('dienstverband') dienstverband: DienstverbandInput,
  ): Promise<Medewerker> {
    return this.formatieService.voegDienstverbandToe(medewerkerId, dienstverband);
  }

  @Mutation(() => Medewerker, { description: 'Ends a dienstverband on a date (inclusive).' })
  @Allow('update', 'Formatie')
  beeindigDienstverband(
    @Args('dienstverbandId', { type: () => ID, description: 'The dienstverband.' }) dienstverbandId: string,
    @Args('tot', { type: () => DateResolver, description: 'Last day in service.' }) tot: Date,
    @Args('versie', { type: () => Int, description: 'The version you read.' }) versie: number,
  ): Promise<Medewerker> {
    return this.formatieService.beeindigDienstverband(dienstverbandId, tot, versie);
  }

  @Mutation(() => Tijdregistratie, { description: 'Books your own hours.' })
  @Allow('create', 'Tijdregistratie')
  boekUren(@Args('input') input: BoekUrenInput): Promise<Tijdregistratie> {
    return this.uren.boek(input);
  }

  @Mutation(() => Tijdregistratie, {
    description:
      "Corrects a booking with a new entry (your own; the functioneel-beheerder may correct anyone's). The old entry stays as history.",
  })
  @Allow('create', 'Tijdregistratie')
  corrigeerUren(@Args('input') input: CorrigeerUrenInput): Promise<Tijdregistratie> {
    return this.uren.corrigeer(input);
  }

  @Query(() => TijdregistratieConnection, { description: 'Your own current hours in a period.' })
  @Allow('create', 'Tijdregistratie')
  mijnUren(@Args() args: MijnUrenArgs): Promise<Connection<Tijdregistratie>> {
    return this.uren.lijst(args, true);
  }

  @Query(() => TijdregistratieConnection, {
    description: "Hours of others: a teammanager sees their own team's, the functioneel-beheerder everyone's.",
  })
  @Allow('read', 'Tijdregistratie')
  tijdregistraties(@Args() args: UrenArgs): Promise<Connection<Tijdregistratie>> {
    return this.uren.lijst(args, false);
  }

  @Mutation(() => ImportResultaat, {
    description:
      'Imports hours from CSV (header gebruiker,datum,functie,product,uren,casus,omschrijving): all rows or none, with an error per row (functioneel-beheerder).',
  })
  @Allow('manage', 'Tijdregistratie')
  importeerUren(@Args('csv', { description: 'The CSV text, UTF-8, comma-separated, with header.' }) csv: string): Promise<ImportResultaat> {
    return this.importer.importeer(csv);
  }

  @Mutation(() => Boolean, {
    description: 'Closes a month for time registration: no bookings or corrections on its dates any more (functioneel-beheerder).',
  })
  @Allow('manage', 'Tijdregistratie')
  sluitPeriodeAf(
    @Args('jaar', { type: () => Int, description: 'Year.' }) jaar: number,
    @Args('maand', { type: () => Int, description: 'Month, 1 to 12.' }) maand: number,
  ): Promise<boolean> {
    return this.uren.sluitPeriodeAf(jaar, maand);
  }

  @Query(() => Begroting, { description: 'Costs and budget of a year (teammanager, functioneel-beheerder).' })
  @Allow('read', 'Begroting')
  begroting(@Args('jaar', { type: () => Int, description: 'Year.' }) jaar: number): Promise<Begroting> {
    return this.begrotingen.lees(jaar);
  }

  @Mutation(() => Begroting, { description: "Sets a year's costs and budget (functioneel-beheerder)." })
  @Allow('update', 'Begroting')
  legBegrotingVast(@Args('input') input: LegBegrotingVastInput): Promise<Begroting> {
    return this.begrotingen.legVast(input);
  }

  @Mutation(() => Begroting, {
    description:
      "Sets a year's begroting per month per product, replacing its monthly volumes; bumps the begroting's version (functioneel-beheerder).",
  })
  @Allow('update', 'Begroting')
  legBegrotingPerMaandVast(@Args('input') input: LegBegrotingPerMaandVastInput): Promise<Begroting> {
    return this.begrotingen.legPerMaandVast(input);
  }

  @Mutation(() => Begroting, {
    description:
      "Records a year's realised costs and income (jaarrekening) next to its begroting; bumps the begroting's version (functioneel-beheerder).",
  })
  @Allow('update', 'Begroting')
  legJaarrekeningVast(@Args('input') input: LegJaarrekeningVastInput): Promise<Begroting> {
    return this.begrotingen.legJaarrekeningVast(input);
  }
}

@Resolver(() => Scenario)
export class ScenarioResolver {
  constructor(private readonly service: ScenarioService) {}

  @Query(() => [Scenario], { description: "The region's saved scenarios, by name." })
  @Allow('read', 'Scenario')
  async scenarios(): Promise<Scenario[]> {
    return (await this.service.lijst()).map(toScenario);
  }

  @Query(() => [Scenario], { description: 'Scenarios side by side, in the order asked, each with its berekening.' })
  @Allow('read', 'Scenario')
  async vergelijkScenarios(
    @Args('ids', { type: () => [ID], description: '1 to 20 scenario ids (more is VALIDATIE); an id named twice is answered once.' })
    ids: string[],
  ): Promise<Scenario[]> {
    return (await this.service.lijst(ids)).map(toScenario);
  }

  @Mutation(() => Scenario, { description: 'Creates or changes a named scenario (functioneel-beheerder).' })
  @Allow('update', 'Scenario')
  async slaScenarioOp(@Args('input') input: SlaScenarioOpInput): Promise<Scenario> {
    return toScenario(await this.service.slaOp(input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a scenario.' })
  @Allow('update', 'Scenario')
  verwijderScenario(
    @Args('id', { type: () => ID, description: 'The scenario.' }) id: string,
    @Args('versie', { type: () => Int, description: 'The version you read.' }) versie: number,
  ): Promise<boolean> {
    return this.service.verwijder(id, versie);
  }

  @Mutation(() => [Scenario], {
    description:
      'Makes two scenarios from a year of own data: "<naam> (werkelijk)" with the hours actually booked per unit, and "<naam> (norm)" with the example norm set, both with that year\'s production.',
  })
  @Allow('update', 'Scenario')
  async maakScenariosUitEigenData(
    @Args('jaar', { type: () => Int, description: 'Year of the data.' }) jaar: number,
    @Args('naam', { description: 'Base name.' }) naam: string,
  ): Promise<Scenario[]> {
    return (await this.service.uitEigenData(jaar, naam)).map(toScenario);
  }

  @ResolveField(() => Formatieberekening, { description: 'The formatieberekening of this scenario.' })
  berekening(@Parent() scenario: Scenario): Formatieberekening {
    return berekenFormatie(scenario.berekeningInvoer);
  }
}
