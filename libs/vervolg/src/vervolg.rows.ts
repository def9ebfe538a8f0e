import { dagenTussen, plusDagen, type Datum } from '@vt/werkdagen';
import type { AardGeweld } from '@vt/casus';
import type {
  Crisisinterventie,
  Huisverbod,
  Interventie,
  MonitoringContact,
  Overdracht,
  Terugkoppeling,
  Veiligheidsbeoordeling,
} from './vervolg.types.js';
import type {
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
} from './vervolg.enums.js';

export const TIEN_WEKEN = 70;

export const BEOORDELING_COLUMNS = `b.id, b.melding_id, b.acute_onveiligheid, b.structurele_onveiligheid, b.taxatie_toelichting, b.besluit,
  b.besluit_toelichting, b.besloten_door, b.besloten_op, b.md_door, b.md_rol, b.md_op, b.md_advies, b.getoetst_door, b.getoetst_op,
  b.toetsing_toelichting, b.status, b.version,
  (SELECT uiterlijke_beoordelingsdatum::text FROM melding WHERE id = b.melding_id) AS uiterlijke_beoordelingsdatum,
  (b.getoetst_op AT TIME ZONE 'Europe/Amsterdam')::date::text AS getoetst_datum`;

export interface BeoordelingRow {
  id: string;
  melding_id: string;
  acute_onveiligheid: boolean;
  structurele_onveiligheid: boolean;
  taxatie_toelichting: string | null;
  besluit: Besluit;
  besluit_toelichting: string | null;
  besloten_door: string;
  besloten_op: Date;
  md_door: string | null;
  md_rol: string | null;
  md_op: Date | null;
  md_advies: string | null;
  getoetst_door: string | null;
  getoetst_op: Date | null;
  toetsing_toelichting: string | null;
  status: BeoordelingStatus;
  version: number;
  uiterlijke_beoordelingsdatum: string;
  getoetst_datum: string | null;
}

export function toBeoordeling(row: BeoordelingRow): Veiligheidsbeoordeling {
  return {
    id: row.id,
    meldingId: row.melding_id,
    taxatie: {
      acuteOnveiligheid: row.acute_onveiligheid,
      structureleOnveiligheid: row.structurele_onveiligheid,
      toelichting: row.taxatie_toelichting,
    },
    besluit: row.besluit,
    besluitToelichting: row.besluit_toelichting,
    beslotenDoor: row.besloten_door,
    beslotenOp: row.besloten_op,
    multidisciplinair: row.md_door ? { door: row.md_door, rol: row.md_rol!, op: row.md_op!, advies: row.md_advies! } : null,
    getoetstDoor: row.getoetst_door,
    getoetstOp: row.getoetst_op,
    toetsingToelichting: row.toetsing_toelichting,
    status: row.status,
    binnenTermijn: row.status === 'VASTGESTELD' && row.getoetst_datum ? row.getoetst_datum <= row.uiterlijke_beoordelingsdatum : null,
    versie: row.version,
  };
}

export const INTERVENTIE_COLUMNS = `i.id, i.melding_id, i.casus_id, i.soort, i.status, i.besloten_op::text AS besloten_op,
  i.uiterlijke_startdatum::text AS uiterlijke_startdatum, i.gestart_op::text AS gestart_op, i.uiterlijke_einddatum::text AS uiterlijke_einddatum,
  i.veiligheidsplan, i.herstelplan, i.afgesloten_op::text AS afgesloten_op, i.uitkomsten, i.voortijdig_reden, i.version,
  (SELECT ontvangstdatum::text FROM melding WHERE id = i.melding_id) AS ontvangstdatum`;

export interface InterventieRow {
  id: string;
  melding_id: string;
  casus_id: string;
  soort: InterventieSoort;
  status: InterventieStatus;
  besloten_op: string;
  uiterlijke_startdatum: string;
  gestart_op: string | null;
  uiterlijke_einddatum: string | null;
  veiligheidsplan: string | null;
  herstelplan: string | null;
  afgesloten_op: string | null;
  uitkomsten: { aardGeweld: AardGeweld; uitkomst: OnderzoekUitkomst }[] | null;
  voortijdig_reden: string | null;
  version: number;
  ontvangstdatum: string;
}

/** Maps an intervention with both clocks, measured to its closing date or to today. */
export function toInterventie(row: InterventieRow, vandaag: Datum): Interventie {
  const einde = row.afgesloten_op ?? vandaag;
  const gesloten = row.afgesloten_op !== null;
  return {
    id: row.id,
    meldingId: row.melding_id,
    casusId: row.casus_id,
    soort: row.soort,
    status: row.status,
    beslotenOp: row.besloten_op,
    uiterlijkeStartdatum: row.uiterlijke_startdatum,
    gestartOp: row.gestart_op,
    uiterlijkeEinddatum: row.uiterlijke_einddatum,
    veiligheidsplan: row.veiligheidsplan,
    herstelplan: row.herstelplan,
    afgeslotenOp: row.afgesloten_op,
    uitkomsten: row.uitkomsten ?? [],
    voortijdigReden: row.voortijdig_reden,
    termijn: {
      tijdigGestart: row.gestart_op ? row.gestart_op <= row.uiterlijke_startdatum : vandaag > row.uiterlijke_startdatum ? false : null,
      dagenSindsStart: row.gestart_op ? dagenTussen(row.gestart_op, einde) : null,
      dagenSindsMelding: dagenTussen(row.ontvangstdatum, einde),
      binnenTienWekenVanafStart: gesloten && row.gestart_op ? row.afgesloten_op! <= plusDagen(row.gestart_op, TIEN_WEKEN) : null,
      binnenTienWekenVanafMelding: gesloten ? row.afgesloten_op! <= plusDagen(row.ontvangstdatum, TIEN_WEKEN) : null,
    },
    versie: row.version,
  };
}

export const OVERDRACHT_COLUMNS = `o.id, o.melding_id, o.casus_id, o.partner_type, o.partner_naam, o.gemeente_code, o.warm,
  o.afgesproken_datum::text AS afgesproken_datum, o.uitgevoerd_op::text AS uitgevoerd_op, o.status, o.version, o.created_at`;

export interface OverdrachtRow {
  id: string;
  melding_id: string;
  casus_id: string;
  partner_type: PartnerType;
  partner_naam: string;
  gemeente_code: string | null;
  warm: boolean;
  afgesproken_datum: string | null;
  uitgevoerd_op: string | null;
  status: OverdrachtStatus;
  version: number;
  created_at: Date;
}

export function toOverdracht(row: OverdrachtRow): Omit<Overdracht, 'monitoring'> {
  return {
    id: row.id,
    meldingId: row.melding_id,
    partnerType: row.partner_type,
    partnerNaam: row.partner_naam,
    gemeenteCode: row.gemeente_code,
    warm: row.warm,
    afgesprokenDatum: row.afgesproken_datum,
    uitgevoerdOp: row.uitgevoerd_op,
    status: row.status,
    versie: row.version,
  };
}

export const MONITORING_COLUMNS = `mc.id, mc.casus_id, mc.overdracht_id, mc.moment, mc.gepland_op::text AS gepland_op, mc.uitgevoerd_op::text AS uitgevoerd_op,
  mc.score_gezin, mc.score_professional, mc.toelichting, mc.status, mc.nieuwe_interventie_id, mc.version`;

export interface MonitoringRow {
  id: string;
  casus_id: string;
  overdracht_id: string;
  moment: MonitoringMoment;
  gepland_op: string;
  uitgevoerd_op: string | null;
  score_gezin: Veiligheidsscore | null;
  score_professional: Veiligheidsscore | null;
  toelichting: string | null;
  status: MonitoringStatus;
  nieuwe_interventie_id: string | null;
  version: number;
}

export function toMonitoring(row: MonitoringRow): MonitoringContact {
  return {
    id: row.id,
    overdrachtId: row.overdracht_id,
    moment: row.moment,
    geplandOp: row.gepland_op,
    uitgevoerdOp: row.uitgevoerd_op,
    scoreGezin: row.score_gezin,
    scoreProfessional: row.score_professional,
    toelichting: row.toelichting,
    status: row.status,
    nieuweInterventieId: row.nieuwe_interventie_id,
    versie: row.version,
  };
}

export const TERUGKOPPELING_COLUMNS = `t.id, t.melding_id AS "meldingId", t.moment, t.datum::text AS datum, t.samenvatting`;
export type TerugkoppelingRow = Terugkoppeling & { moment: TerugkoppelingMoment };

export const HUISVERBOD_COLUMNS = `h.id, h.casus_id AS "casusId", h.opgelegd_op::text AS "opgelegdOp", h.einddatum::text AS einddatum, h.status, h.version AS versie`;
export type HuisverbodRow = Huisverbod & { status: HuisverbodStatus };

export const CRISIS_COLUMNS = `ci.id, ci.casus_id AS "casusId", ci.datum, ci.samenvatting`;
export type CrisisRow = Crisisinterventie;
