import type { Database, Selectable } from '@vt/database';
import { dagenTussen, type Datum, type WerkdagKalender } from '@vt/werkdagen';
import type { PartnerType } from '../vervolg.enums.js';
import type { OpenWerkRow } from './open-werk.sql.js';
import type { WachtlijstItem, WerkItem } from './werkvoorraad.types.js';

/** An item of open work with its deadline counted in the region's werkdagen from today. */
export function toWerkItem(row: OpenWerkRow, today: Datum, kalender: WerkdagKalender): WerkItem {
  const datum = row.datum;
  return {
    soort: row.soort,
    objectId: row.object_id,
    meldingId: row.melding_id,
    meldingNummer: row.nummer,
    casusId: row.casus_id,
    team: row.team,
    toegewezenAan: row.toegewezen_aan,
    uiterlijkeDatum: datum,
    verlopen: datum !== null && datum < today,
    werkdagenResterend:
      datum === null ? null : datum >= today ? kalender.werkdagenTussen(today, datum) : -kalender.werkdagenTussen(datum, today),
  };
}

/** A case on the wachtlijst: the overdracht without a date, with its melding (alias m). */
export type WachtlijstRow = Pick<Selectable<Database['overdracht']>, 'partner_type' | 'partner_naam' | 'warm' | 'created_at' | 'version'> &
  Pick<Selectable<Database['melding']>, 'nummer' | 'casus_id'> & {
    overdracht_id: Selectable<Database['overdracht']>['id'];
    melding_id: Selectable<Database['melding']>['id'];
    /** The Dutch day it was put on the wachtlijst. */
    sinds: Datum;
  };

export function toWachtlijstItem(row: WachtlijstRow, today: Datum): WachtlijstItem {
  return {
    overdrachtId: row.overdracht_id,
    meldingId: row.melding_id,
    meldingNummer: row.nummer,
    casusId: row.casus_id,
    // Written only from the PartnerType enum (the column has no CHECK list, so its type is text).
    partnerType: row.partner_type as PartnerType,
    partnerNaam: row.partner_naam,
    warm: row.warm,
    sinds: row.sinds,
    dagenOpWachtlijst: dagenTussen(row.sinds, today),
    versie: row.version,
  };
}
