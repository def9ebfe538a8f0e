import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { WerkSoort } from '@vt/vervolg';
import { KwartaalBegrotingsregel, KwartaalMaand } from '../kwartaal/kwartaal.types.js';
import { SturingBereik } from './sturing.bereik.js';

@ObjectType({
  description:
    'Open work of one kind for one team now: the werkvoorraad items (same definitions as `werkvoorraad`) and the tasks the deadline watch raised for them.',
})
export class WerkvoorraadTelling {
  @Field(() => String, { nullable: true, description: "The melding's team; null: not yet assigned to a team." })
  team: string | null;

  @Field(() => WerkSoort, { description: 'Kind of open work.' })
  soort: WerkSoort;

  @Field(() => Int, { description: 'Open work items of this kind and team (all, whatever their deadline).' })
  open: number;

  @Field(() => Int, { description: 'Open tasks (deadline watch) due within the signal horizon in werkdagen, not yet overdue.' })
  takenBinnenkort: number;

  @Field(() => Int, { description: 'Open tasks (deadline watch) whose deadline has passed.' })
  takenVerlopen: number;
}

@ObjectType({
  description:
    'The three wachtlijsten at the end of a day, with the definitions of the kwartaalrapportage (region-wide: they are stocks of the region, not of a team).',
})
export class SturingWachtlijsten {
  @Field(() => String, { description: 'The day (YYYY-MM-DD, Dutch calendar) the stocks are counted at the end of.' })
  peildatum: string;

  @Field(() => Int, {
    description: 'Meldingen whose uiterlijke beoordelingsdatum has passed before that day without a vastgestelde veiligheidsbeoordeling.',
  })
  beoordeling: number;

  @Field(() => Int, { description: 'Onderzoeken and V&V decided on or before that day that had not started (nor closed) by then.' })
  start: number;

  @Field(() => Int, { description: 'Overdrachten created on or before that day without an agreed date (and not carried out) by then.' })
  overdracht: number;
}

@ObjectType({
  description:
    'Open work assigned to one medewerker within one team: open meldingen and the onderzoeken and V&V (planned or running) of meldingen assigned to them. Counts only, no case data.',
})
export class CaseloadRegel {
  @Field(() => String, {
    nullable: true,
    description: 'User id of the medewerker the meldingen are assigned to; null: assigned to nobody.',
  })
  medewerker: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The medewerker's name in the region's medewerker register (formatie); null when they are not registered there.",
  })
  naam: string | null;

  @Field(() => String, { nullable: true, description: "The meldingen's team; null: not yet assigned to a team." })
  team: string | null;

  @Field(() => Int, {
    description: 'Open meldingen (fase not AFGESLOTEN; niet-unieke politiemeldingen excluded) assigned to them in this team.',
  })
  meldingen: number;

  @Field(() => Int, { description: 'Onderzoeken and V&V planned or running (GEPLAND, GESTART) on those meldingen.' })
  interventies: number;
}

@ObjectType({
  description:
    "One team's month figures (the kwartaalrapportage's definitions, counted on the meldingen the team has now): meldingen, veiligheidsbeoordelingen within 5 werkdagen and the wachtlijsten at the month end.",
})
export class SturingTeamMaand {
  @Field(() => String, { description: 'The month (YYYY-MM).' })
  maand: string;

  @Field(() => Int, {
    description: "Meldingen received in the month (by ontvangstdatum) that are now the team's; niet-unieke politiemeldingen excluded.",
  })
  meldingen: number;

  @Field(() => Int, { description: "Veiligheidsbeoordelingen vastgesteld in the month on the team's meldingen." })
  veiligheidsbeoordelingen: number;

  @Field(() => Int, { description: "Of those: vastgesteld on or before the melding's uiterlijke beoordelingsdatum (5 werkdagen)." })
  beoordelingenBinnenTermijn: number;

  @Field(() => Float, {
    nullable: true,
    description: 'beoordelingenBinnenTermijn / veiligheidsbeoordelingen × 100, one decimal; null without beoordelingen.',
  })
  percentageBeoordelingenBinnenTermijn: number | null;

  @Field(() => Int, {
    description: "Wachtlijst veiligheidsbeoordeling at the month end (today for the running month): the team's meldingen past their term.",
  })
  wachtlijstBeoordeling: number;

  @Field(() => Int, {
    description:
      "Wachtlijst start at the month end (today for the running month): onderzoeken and V&V on the team's meldingen not started.",
  })
  wachtlijstStart: number;

  @Field(() => Int, {
    description:
      "Wachtlijst overdracht at the month end (today for the running month): overdrachten of the team's meldingen without an agreed date.",
  })
  wachtlijstOverdracht: number;
}

@ObjectType({
  description:
    "The figures of one team within the caller's scope: its wachtlijsten now and its month figures. The team is the melding's current team.",
})
export class SturingTeam {
  @Field(() => String, { nullable: true, description: 'The team; null: work not yet assigned to a team.' })
  team: string | null;

  @Field(() => SturingWachtlijsten, { description: "The team's three wachtlijsten now (at the end of today)." })
  wachtlijsten: SturingWachtlijsten;

  @Field(() => [SturingTeamMaand], {
    description: "Per month of the year (up to the current month) the team's figures; every month is listed, zeros included.",
  })
  maanden: SturingTeamMaand[];
}

@ObjectType({
  description:
    "A region's management view (sturingsinformatie) for teammanagers and the functioneel-beheerder: the current werkvoorraad and caseload per team, and a year's figures per month. Aggregates only: no case data. The month figures are those of the kwartaalrapportage (one definition).",
})
export class Sturingsinformatie {
  @Field(() => Int, { description: 'The year of the month figures.' })
  jaar: number;

  @Field(() => String, { description: 'Region code (VTnn).' })
  regioCode: string;

  @Field(() => String, { description: 'Region name.' })
  regioNaam: string;

  @Field(() => String, {
    description: 'Today (YYYY-MM-DD, Dutch calendar): the day the current figures (werkvoorraad, wachtlijsten, caseload) are of.',
  })
  peildatum: string;

  @Field(() => SturingBereik, {
    description:
      'Whose figures these are: REGIO (functioneel-beheerder: the whole region, by team) or TEAMS (teammanager: only their own teams, `eigenTeams`, and work not yet assigned to a team). A teammanager whose token carries no team is refused with TEAM_ONTBREEKT.',
  })
  bereik: SturingBereik;

  @Field(() => [String], { description: "The caller's own teams (the token's team claim) when bereik is TEAMS; empty for REGIO." })
  eigenTeams: string[];

  @Field(() => Boolean, {
    description:
      "True when the region's team rule limits this REGIO caller's team figures (werkvoorraad, caseload, teams) to their own team and work not yet assigned to a team (the rule is on and the caller is not a teammanager). Teammanagers are never limited by the rule: their scope is `bereik` TEAMS.",
  })
  teamBeperkt: boolean;

  @Field(() => [WerkvoorraadTelling], {
    description:
      'Open work and open tasks per team and kind, now, within the scope (bereik) and under the team rule; kinds without open work are left out. Ordered by team (none last), then kind.',
  })
  werkvoorraad: WerkvoorraadTelling[];

  @Field(() => SturingWachtlijsten, {
    nullable: true,
    description: "The region's three wachtlijsten now (at the end of today), region-wide; null when bereik is TEAMS (see `teams`).",
  })
  wachtlijsten: SturingWachtlijsten | null;

  @Field(() => [SturingTeam], {
    description:
      'Per team within the scope (bereik, and the team rule): its wachtlijsten now and its month figures. A teammanager always gets their own teams, also without figures. Ordered by team (none last).',
  })
  teams: SturingTeam[];

  @Field(() => [CaseloadRegel], {
    description:
      'Caseload per medewerker and team, now, within the scope (bereik) and under the team rule. Ordered by team (none last), name, medewerker; unassigned work last per team.',
  })
  caseload: CaseloadRegel[];

  @Field(() => [KwartaalMaand], {
    nullable: true,
    description:
      "Region-wide; null when bereik is TEAMS (a team's month figures are in `teams`). Per month of the year (up to the current month): the kwartaalrapportage's figures, among them percentageBeoordelingenBinnenTermijn (% veiligheidsbeoordelingen within 5 werkdagen, by the stored uiterlijke beoordelingsdatum) and the wachtlijsten at the month end. For the current month (still running) the wachtlijsten are those of today.",
  })
  maanden: KwartaalMaand[] | null;

  @Field(() => [KwartaalBegrotingsregel], {
    description:
      "Production against begroting per product, per month and over the months of the year so far (the kwartaalrapportage definitions). Always region-wide, also for bereik TEAMS: the begroting is the region's, not a team's.",
  })
  productie: KwartaalBegrotingsregel[];
}
