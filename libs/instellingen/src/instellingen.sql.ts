import { registerBeginRead, selectList, sql, type Database, type Db, type Selectable } from '@vt/database';

type Instelling = Selectable<Database['tenant_instelling']>;

/** The region's policy as every read of case data needs it (for the team rule), with its own terms and norms. */
export interface Instellingen {
  mdToetsingVerplicht: Instelling['md_toetsing_verplicht'];
  werkBeperktTotTeam: Instelling['werk_beperkt_tot_team'];
  /** Werkdagen after receipt within which a melding must be assessed (sector: 5). */
  beoordelingWerkdagen: Instelling['beoordeling_werkdagen'];
  /** Werkdagen after the besluit within which an onderzoek or V&V must start (sector: 5). */
  interventieStartWerkdagen: Instelling['interventie_start_werkdagen'];
  /** Weeks after the besluit within which an onderzoek or V&V must be finished (statutory: 10). */
  interventieWeken: Instelling['interventie_weken'];
  /** Werkdagen after the besluit and after the onderzoek within which a professional melder hears back. */
  terugkoppelingWerkdagen: Instelling['terugkoppeling_werkdagen'];
  /** Werkdagen ahead that a deadline becomes a task; null: the platform's DEADLINE_SIGNAAL_WERKDAGEN. */
  signaalWerkdagen: Instelling['signaal_werkdagen'];
  normBeoordelingTijdigPct: Instelling['norm_beoordeling_tijdig_pct'];
  normInterventieTijdigPct: Instelling['norm_interventie_tijdig_pct'];
  normMonitoringVoldoendePct: Instelling['norm_monitoring_voldoende_pct'];
  nietUniekVensterDagen: Instelling['niet_uniek_venster_dagen'];
  crisisteam: Instelling['crisisteam'];
  /** Years after closing that a casus is kept (at least 15; practice: 20). */
  bewaartermijnJaren: Instelling['bewaartermijn_jaren'];
  /** Years the NEN 7513 access log is kept (at least 5). */
  toegangslogBewaartermijnJaren: Instelling['toegangslog_bewaartermijn_jaren'];
  /** Whether the nightly retention job destroys (UITVOEREN) or only reports what it would (PROEFDRAAI). */
  bewaartermijnModus: Instelling['bewaartermijn_modus'];
  version: Instelling['version'];
}

const INSTELLINGEN_SELECT = selectList([
  'md_toetsing_verplicht as mdToetsingVerplicht',
  'werk_beperkt_tot_team as werkBeperktTotTeam',
  'beoordeling_werkdagen as beoordelingWerkdagen',
  'interventie_start_werkdagen as interventieStartWerkdagen',
  'interventie_weken as interventieWeken',
  'terugkoppeling_werkdagen as terugkoppelingWerkdagen',
  'signaal_werkdagen as signaalWerkdagen',
  'norm_beoordeling_tijdig_pct as normBeoordelingTijdigPct',
  'norm_interventie_tijdig_pct as normInterventieTijdigPct',
  'norm_monitoring_voldoende_pct as normMonitoringVoldoendePct',
  'niet_uniek_venster_dagen as nietUniekVensterDagen',
  'crisisteam',
  'bewaartermijn_jaren as bewaartermijnJaren',
  'toegangslog_bewaartermijn_jaren as toegangslogBewaartermijnJaren',
  'bewaartermijn_modus as bewaartermijnModus',
  'version',
]);

/**
 * The region's row, if it changed its policy. Read by nearly every request, so a template: it
 * compiles many times faster than the builder.
 */
export async function leesInstellingen(db: Db): Promise<Instellingen | undefined> {
  const { rows } = await INSTELLINGEN_QUERY.execute(db);
  return rows[0];
}

/** The statement, also sent with the BEGIN of a request's transaction (see registerBeginRead). */
export const INSTELLINGEN_QUERY = sql<Instellingen>`SELECT ${INSTELLINGEN_SELECT} FROM tenant_instelling`;

/** The region's calendar adjustments, oldest first. */
export const AANPASSINGEN_QUERY = sql<KalenderAanpassingRow>`SELECT datum, werkdag, omschrijving FROM feestdag_aanpassing ORDER BY datum`;

export type KalenderAanpassingRow = Pick<Selectable<Database['feestdag_aanpassing']>, 'datum' | 'werkdag' | 'omschrijving'>;

// Read by nearly every request: they ride along with its transaction's BEGIN (no extra round trip).
registerBeginRead('instellingen', INSTELLINGEN_QUERY);
registerBeginRead('feestdag_aanpassing', AANPASSINGEN_QUERY);
