import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver } from 'graphql-scalars';
import { AardGeweld } from '@vt/casus';
import { InterventieSoort, InterventieStatus, OnderzoekUitkomst, Vervolg } from '../vervolg.enums.js';

@ObjectType({ description: 'Outcome of an onderzoek for one aard geweld.' })
export class UitkomstPerAard {
  @Field(() => AardGeweld, { description: 'The aard geweld.' })
  aardGeweld: AardGeweld;

  @Field(() => OnderzoekUitkomst, { description: 'Bevestigd, niet bevestigd or weerlegd.' })
  uitkomst: OnderzoekUitkomst;
}

@ObjectType({
  description:
    "The clocks of an intervention: the statutory term from the besluit (a task when it nears or passes), and the region's performance clocks from its start and from the melding date (signals and report figures). Each term is the region's interventieWeken (10 weken unless it set another) at the besluit or start.",
})
export class InterventieTermijn {
  @Field(() => Boolean, {
    nullable: true,
    description: "Started within the region's start term of the decision (null while not started and not yet late).",
  })
  tijdigGestart: boolean | null;

  @Field(() => Int, { description: 'Days from the decision to closure (or to today while open).' })
  dagenSindsBesluit: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Closed by the statutory end date (wettelijkeEinddatum); false once open past it, whether started or not; null while open and in time.',
  })
  binnenTermijnVanafBesluit: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Days from start to closure (or to today while running); null before the start.' })
  dagenSindsStart: number | null;

  @Field(() => Int, { description: 'Days from the melding date to closure (or to today while running).' })
  dagenSindsMelding: number;

  @Field(() => Boolean, { nullable: true, description: "Closed within the region's term (10 weken) of the start; null while running." })
  binnenTienWekenVanafStart: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Closed within the region's term (10 weken) of the melding date; null while running.",
  })
  binnenTienWekenVanafMelding: boolean | null;
}

@ObjectType({ description: 'An onderzoek or voorwaarden-en-vervolg traject by Veilig Thuis.' })
export class Interventie {
  @Field(() => ID, { description: 'Id of the intervention.' })
  id: string;

  @Field(() => ID, { description: 'The melding it follows from.' })
  meldingId: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => InterventieSoort, { description: 'Onderzoek or V&V.' })
  soort: InterventieSoort;

  @Field(() => InterventieStatus, { description: 'State.' })
  status: InterventieStatus;

  @Field(() => DateResolver, { description: 'Date of the decision (the confirmed besluit or the monitoring contact).' })
  beslotenOp: string;

  @Field(() => DateResolver, { description: "Start at the latest: the region's start term (5 werkdagen) after the decision." })
  uiterlijkeStartdatum: string;

  @Field(() => DateResolver, { nullable: true, description: 'When it started.' })
  gestartOp: string | null;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      "The region's performance clock: 10 weken (the region's term) after the start; a signal and report figure, not the statutory deadline.",
  })
  uiterlijkeEinddatum: string | null;

  @Field(() => DateResolver, {
    description:
      "Statutory end: the region's term (10 weken) after the decision about follow-up steps, also while the intervention has not started. The task INTERVENTIE_AFRONDEN counts to it.",
  })
  wettelijkeEinddatum: string;

  @Field(() => String, { nullable: true, description: 'Summary of the veiligheidsplan (immediate safety).' })
  veiligheidsplan: string | null;

  @Field(() => String, { nullable: true, description: 'Summary of the herstelplan (lasting safety).' })
  herstelplan: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When it was closed.' })
  afgeslotenOp: string | null;

  @Field(() => [UitkomstPerAard], { description: 'Outcomes per aard geweld (onderzoek).' })
  uitkomsten: UitkomstPerAard[];

  @Field(() => String, { nullable: true, description: 'Why it was closed early.' })
  voortijdigReden: string | null;

  @Field(() => InterventieTermijn, { description: 'Deadlines and both clocks.' })
  termijn: InterventieTermijn;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@InputType({ description: 'Start an onderzoek or V&V.' })
export class StartInterventieInput {
  @Field(() => ID, { description: 'The intervention (status GEPLAND).' })
  interventieId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { nullable: true, description: 'Start date; defaults to today; not before the decision, not in the future.' })
  gestartOp?: Date | null;
}

@InputType({ description: 'Record the veiligheidsplan and/or herstelplan of a running intervention.' })
export class LegPlannenVastInput {
  @Field(() => ID, { description: 'The intervention (status GESTART).' })
  interventieId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => String, { nullable: true, description: 'Summary of the veiligheidsplan (leave out to keep).' })
  veiligheidsplan?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary of the herstelplan (leave out to keep).' })
  herstelplan?: string | null;
}

@InputType({ description: 'Outcome for one aard geweld.' })
export class UitkomstInput {
  @Field(() => AardGeweld, { description: "One of the melding's aard geweld." })
  aardGeweld: AardGeweld;

  @Field(() => OnderzoekUitkomst, { description: 'The outcome.' })
  uitkomst: OnderzoekUitkomst;
}

@InputType({ description: 'Close a running intervention.' })
export class SluitInterventieAfInput {
  @Field(() => ID, { description: 'The intervention (status GESTART).' })
  interventieId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { nullable: true, description: 'Closing date; defaults to today.' })
  afgeslotenOp?: Date | null;

  @Field(() => [UitkomstInput], {
    nullable: true,
    description:
      'For an onderzoek: an outcome for every aard geweld of the melding (required); at most 8 (more is VALIDATIE), each aard geweld once.',
  })
  uitkomsten?: UitkomstInput[] | null;

  @Field(() => Vervolg, {
    description: 'Overdracht (then monitoring), monitoring by Veilig Thuis itself (contacts at 3 and 12 months), or close the melding.',
  })
  vervolg: Vervolg;
}

@InputType({ description: 'Close an intervention early.' })
export class SluitVoortijdigAfInput {
  @Field(() => ID, { description: 'The intervention (GEPLAND or GESTART).' })
  interventieId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => String, { description: 'Reason, 1 to 2,000 characters.' })
  reden: string;

  @Field(() => DateResolver, { nullable: true, description: 'Closing date; defaults to today.' })
  afgeslotenOp?: Date | null;
}
