import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateResolver, GraphQLDateTime } from 'graphql-scalars';
import { AardGeweld } from '@vt/casus';
import {
  Besluit,
  BeoordelingStatus,
  HuisverbodStatus,
  InterventieSoort,
  InterventieStatus,
  MonitoringMoment,
  MonitoringStatus,
  OnderzoekUitkomst,
  OverdrachtStatus,
  PartnerType,
  TerugkoppelingMoment,
  Veiligheidsscore,
  Vervolg,
} from './vervolg.enums.js';

@ObjectType({ description: 'The veiligheidstaxatie: how unsafe the situation is.' })
export class Veiligheidstaxatie {
  @Field(() => Boolean, { description: 'Acute onveiligheid.' })
  acuteOnveiligheid: boolean;

  @Field(() => Boolean, { description: 'Structurele onveiligheid.' })
  structureleOnveiligheid: boolean;

  @Field(() => String, { nullable: true, description: 'Explanation.' })
  toelichting: string | null;
}

@ObjectType({ description: 'A multidisciplinary review of a besluit by a gedragswetenschapper or vertrouwensarts.' })
export class MultidisciplinaireToetsing {
  @Field(() => String, { description: 'User id of the reviewer.' })
  door: string;

  @Field(() => String, { description: 'Role of the reviewer: gedragswetenschapper or vertrouwensarts.' })
  rol: string;

  @Field(() => GraphQLDateTime, { description: 'When the review was recorded.' })
  op: Date;

  @Field(() => String, { description: "The reviewer's advice." })
  advies: string;
}

@ObjectType({
  description: 'A veiligheidsbeoordeling: taxatie and besluit, in effect only after intercollegiale toetsing by another staff member.',
})
export class Veiligheidsbeoordeling {
  @Field(() => ID, { description: 'Id of the beoordeling.' })
  id: string;

  @Field(() => ID, { description: 'The melding assessed.' })
  meldingId: string;

  @Field(() => Veiligheidstaxatie, { description: 'The veiligheidstaxatie.' })
  taxatie: Veiligheidstaxatie;

  @Field(() => Besluit, { description: 'The proposed besluit.' })
  besluit: Besluit;

  @Field(() => String, { nullable: true, description: 'Reasons for the besluit.' })
  besluitToelichting: string | null;

  @Field(() => String, { description: 'User id of who proposed the besluit.' })
  beslotenDoor: string;

  @Field(() => GraphQLDateTime, { description: 'When the besluit was proposed.' })
  beslotenOp: Date;

  @Field(() => MultidisciplinaireToetsing, { nullable: true, description: 'Multidisciplinary review, when given.' })
  multidisciplinair: MultidisciplinaireToetsing | null;

  @Field(() => String, { nullable: true, description: 'User id of the colleague who confirmed or rejected it.' })
  getoetstDoor: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was confirmed or rejected.' })
  getoetstOp: Date | null;

  @Field(() => String, { nullable: true, description: 'Remarks of the toetsing.' })
  toetsingToelichting: string | null;

  @Field(() => BeoordelingStatus, { description: 'Proposed, confirmed or rejected.' })
  status: BeoordelingStatus;

  @Field(() => Boolean, { nullable: true, description: 'For a confirmed besluit: whether it was confirmed within 5 werkdagen of receipt.' })
  binnenTermijn: boolean | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@ObjectType({ description: 'Outcome of an onderzoek for one aard geweld.' })
export class UitkomstPerAard {
  @Field(() => AardGeweld, { description: 'The aard geweld.' })
  aardGeweld: AardGeweld;

  @Field(() => OnderzoekUitkomst, { description: 'Bevestigd, niet bevestigd or weerlegd.' })
  uitkomst: OnderzoekUitkomst;
}

@ObjectType({ description: 'Both clocks of an intervention: 10 weken from its start, and from the melding date.' })
export class InterventieTermijn {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Started within 5 werkdagen of the decision (null while not started and not yet late).',
  })
  tijdigGestart: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Days from start to closure (or to today while running); null before the start.' })
  dagenSindsStart: number | null;

  @Field(() => Int, { description: 'Days from the melding date to closure (or to today while running).' })
  dagenSindsMelding: number;

  @Field(() => Boolean, { nullable: true, description: 'Closed within 10 weken of the start; null while running.' })
  binnenTienWekenVanafStart: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Closed within 10 weken of the melding date; null while running.' })
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

  @Field(() => DateResolver, { description: 'Start at the latest: 5 werkdagen after the decision.' })
  uiterlijkeStartdatum: string;

  @Field(() => DateResolver, { nullable: true, description: 'When it started.' })
  gestartOp: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Finish at the latest: 10 weken after the start.' })
  uiterlijkeEinddatum: string | null;

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

@ObjectType({ description: 'A monitoring contact at 3 or 12 months after an overdracht.' })
export class MonitoringContact {
  @Field(() => ID, { description: 'Id of the contact.' })
  id: string;

  @Field(() => ID, { description: 'The overdracht it follows.' })
  overdrachtId: string;

  @Field(() => MonitoringMoment, { description: '3 or 12 months.' })
  moment: MonitoringMoment;

  @Field(() => DateResolver, { description: 'Due date.' })
  geplandOp: string;

  @Field(() => DateResolver, { nullable: true, description: 'When it took place.' })
  uitgevoerdOp: string | null;

  @Field(() => Veiligheidsscore, { nullable: true, description: 'Safety according to the family.' })
  scoreGezin: Veiligheidsscore | null;

  @Field(() => Veiligheidsscore, { nullable: true, description: 'Safety according to the professional.' })
  scoreProfessional: Veiligheidsscore | null;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  toelichting: string | null;

  @Field(() => MonitoringStatus, { description: 'State.' })
  status: MonitoringStatus;

  @Field(() => ID, { nullable: true, description: 'A new intervention started from this contact, if any.' })
  nieuweInterventieId: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@ObjectType({ description: 'Handing the case over to a partner. Without an agreed date the case is on the wachtlijst.' })
export class Overdracht {
  @Field(() => ID, { description: 'Id of the overdracht.' })
  id: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => PartnerType, { description: 'Kind of partner.' })
  partnerType: PartnerType;

  @Field(() => String, { description: 'Name of the partner organisation.' })
  partnerNaam: string;

  @Field(() => String, { nullable: true, description: 'Gemeente of a lokaal team (CBS code).' })
  gemeenteCode: string | null;

  @Field(() => Boolean, { description: 'Warm (joint meeting of Veilig Thuis, partner and family) or koud.' })
  warm: boolean;

  @Field(() => DateResolver, { nullable: true, description: 'Agreed date; null while on the wachtlijst.' })
  afgesprokenDatum: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'When the overdracht took place.' })
  uitgevoerdOp: string | null;

  @Field(() => OverdrachtStatus, { description: 'State.' })
  status: OverdrachtStatus;

  @Field(() => [MonitoringContact], { description: 'Monitoring contacts at 3 and 12 months (after the overdracht took place).' })
  monitoring: MonitoringContact[];

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@ObjectType({ description: 'Feedback to the melder on the steps taken.' })
export class Terugkoppeling {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => TerugkoppelingMoment, { description: 'After the beoordeling or after an onderzoek.' })
  moment: TerugkoppelingMoment;

  @Field(() => DateResolver, { description: 'When the melder was informed.' })
  datum: string;

  @Field(() => String, { description: 'Summary of what was told.' })
  samenvatting: string;
}

@ObjectType({ description: 'A tijdelijk huisverbod (10 days, extendable to 28) with Veilig Thuis doing case management.' })
export class Huisverbod {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => DateResolver, { description: 'Date the mayor imposed it.' })
  opgelegdOp: string;

  @Field(() => DateResolver, { description: 'Last day in force.' })
  einddatum: string;

  @Field(() => HuisverbodStatus, { description: 'State.' })
  status: HuisverbodStatus;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  versie: number;
}

@ObjectType({ description: 'A crisisinterventie registered on a casus.' })
export class Crisisinterventie {
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  datum: Date;

  @Field(() => String, { description: 'What was done.' })
  samenvatting: string;
}

// ---- inputs ----

@InputType({ description: 'The veiligheidstaxatie.' })
export class TaxatieInput {
  @Field(() => Boolean, { description: 'Acute onveiligheid.' })
  acuteOnveiligheid: boolean;

  @Field(() => Boolean, { description: 'Structurele onveiligheid.' })
  structureleOnveiligheid: boolean;

  @Field(() => String, { nullable: true, description: 'Explanation, up to 10,000 characters.' })
  toelichting?: string | null;
}

@InputType({ description: 'Propose the besluit of a veiligheidsbeoordeling.' })
export class StelBesluitVoorInput {
  @Field(() => ID, { description: 'The melding (phase TE_BEOORDELEN).' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => TaxatieInput, { description: 'The veiligheidstaxatie.' })
  taxatie: TaxatieInput;

  @Field(() => Besluit, { description: 'The besluit.' })
  besluit: Besluit;

  @Field(() => String, { nullable: true, description: 'Reasons, up to 10,000 characters.' })
  toelichting?: string | null;
}

@InputType({ description: 'Record a multidisciplinary review (gedragswetenschapper or vertrouwensarts).' })
export class MultidisciplinaireToetsingInput {
  @Field(() => ID, { description: 'The beoordeling (status TER_TOETSING).' })
  beoordelingId: string;

  @Field(() => Int, { description: 'The version of the beoordeling you read.' })
  versie: number;

  @Field(() => String, { description: 'The advice, 1 to 10,000 characters.' })
  advies: string;
}

@InputType({ description: 'Confirm or reject a proposed besluit (intercollegiale toetsing; never by its own proposer).' })
export class ToetsBesluitInput {
  @Field(() => ID, { description: 'The beoordeling (status TER_TOETSING).' })
  beoordelingId: string;

  @Field(() => Int, { description: 'The version of the beoordeling you read.' })
  versie: number;

  @Field(() => Boolean, { description: 'true confirms the besluit (it takes effect); false sends the melding back to be assessed.' })
  akkoord: boolean;

  @Field(() => String, { nullable: true, description: 'Remarks (required when not agreeing), up to 10,000 characters.' })
  toelichting?: string | null;
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

  @Field(() => Vervolg, { description: 'Overdracht (then monitoring) or close the melding.' })
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

@InputType({ description: 'Register an overdracht for a melding in phase OVERDRACHT.' })
export class RegistreerOverdrachtInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => PartnerType, { description: 'Kind of partner.' })
  partnerType: PartnerType;

  @Field(() => String, { description: 'Name of the partner organisation, 1 to 200 characters.' })
  partnerNaam: string;

  @Field(() => String, { nullable: true, description: 'CBS gemeentecode (required for LOKAAL_TEAM).' })
  gemeenteCode?: string | null;

  @Field(() => Boolean, { description: 'Warm (joint meeting) or koud.' })
  warm: boolean;

  @Field(() => DateResolver, { nullable: true, description: 'Agreed date; leave out when none yet (the case goes on the wachtlijst).' })
  afgesprokenDatum?: Date | null;
}

@InputType({ description: 'Agree (or change) the date of an overdracht.' })
export class PlanOverdrachtInput {
  @Field(() => ID, { description: 'The overdracht (WACHTLIJST or GEPLAND).' })
  overdrachtId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { description: 'The agreed date.' })
  afgesprokenDatum: Date;
}

@InputType({ description: 'Record that the overdracht took place; monitoring at 3 and 12 months is scheduled.' })
export class VoerOverdrachtUitInput {
  @Field(() => ID, { description: 'The overdracht (GEPLAND).' })
  overdrachtId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future.' })
  uitgevoerdOp?: Date | null;
}

@InputType({ description: 'Record a monitoring contact.' })
export class RegistreerMonitoringInput {
  @Field(() => ID, { description: 'The monitoring contact (GEPLAND).' })
  monitoringId: string;

  @Field(() => Int, { description: 'Its version.' })
  versie: number;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future.' })
  uitgevoerdOp?: Date | null;

  @Field(() => Veiligheidsscore, { description: 'Safety according to the family.' })
  scoreGezin: Veiligheidsscore;

  @Field(() => Veiligheidsscore, { description: 'Safety according to the professional.' })
  scoreProfessional: Veiligheidsscore;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  toelichting?: string | null;

  @Field(() => InterventieSoort, {
    nullable: true,
    description: 'Start a new onderzoek or V&V from this contact (remaining monitoring lapses).',
  })
  nieuweInterventie?: InterventieSoort | null;
}

@InputType({ description: 'Record feedback to the melder.' })
export class RegistreerTerugkoppelingInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => TerugkoppelingMoment, {
    description: 'After the beoordeling (needs a confirmed besluit) or after an onderzoek (needs a closed onderzoek).',
  })
  moment: TerugkoppelingMoment;

  @Field(() => DateResolver, { nullable: true, description: 'When; defaults to today; not in the future.' })
  datum?: Date | null;

  @Field(() => String, { description: 'Summary, 1 to 10,000 characters.' })
  samenvatting: string;
}

@InputType({ description: 'Register a tijdelijk huisverbod on a casus.' })
export class RegistreerHuisverbodInput {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => DateResolver, { description: 'Date it was imposed; not in the future.' })
  opgelegdOp: Date;
}

@InputType({ description: 'Register a crisisinterventie on a casus.' })
export class RegistreerCrisisInput {
  @Field(() => ID, { description: 'The casus.' })
  casusId: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When; defaults to now; not in the future.' })
  datum?: Date | null;

  @Field(() => String, { description: 'What was done, 1 to 10,000 characters.' })
  samenvatting: string;
}

@InputType({ description: 'Assign a melding to a team and/or medewerker (teammanager).' })
export class WijsToeInput {
  @Field(() => ID, { description: 'The melding.' })
  meldingId: string;

  @Field(() => Int, { description: 'The version of the melding you read.' })
  versie: number;

  @Field(() => String, { nullable: true, description: 'Team name (null clears it).' })
  team?: string | null;

  @Field(() => String, { nullable: true, description: 'User id of the medewerker (null clears it).' })
  medewerker?: string | null;
}
