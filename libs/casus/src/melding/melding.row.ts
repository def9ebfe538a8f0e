import type { AppAbility } from '@vt/auth';
import type { ColumnName, Database, NarrowPartial, Selectable } from '@vt/database';
import type {
  AanvullendKenmerk,
  AardGeweld,
  DuurGeweld,
  MeldingClassificatie,
  MeldingFase,
  OrganisatieCategorie,
} from '../classificaties/index.js';
import type { Melding } from './melding.types.js';
import { isBeroepsmatig } from './melding.validation.js';

/** Columns of a melding as every query selects them (alias m; `withoutAlias` for RETURNING). */
export const MELDING_COLUMNS = [
  'm.id',
  'm.casus_id',
  'm.nummer',
  'm.ontvangen_op',
  'm.ontvangstdatum',
  'm.uiterlijke_beoordelingsdatum',
  'm.melder_naam',
  'm.melder_functie',
  'm.melder_telefoon',
  'm.melder_email',
  'm.melder_organisatie',
  'm.melder_hoedanigheid',
  'm.aard_geweld',
  'm.aanvullende_kenmerken',
  'm.duur_geweld',
  'm.afweging_acute_onveiligheid',
  'm.afweging_structurele_onveiligheid',
  'm.afweging_toelichting',
  'm.politie',
  'm.classificatie',
  'm.fase',
  'm.team',
  'm.toegewezen_aan',
  'm.advies_id',
  'm.gemeente_code',
  'm.melder_anoniem',
  'm.samenvatting',
  'm.uiterlijke_screeningsdatum',
  'm.acuut',
  'm.politie_registratienummer',
  'm.niet_uniek_van',
  'm.version',
] as const;

/**
 * Text columns that hold a value of a domain enum: validated on the way in, but without a CHECK in
 * the schema, so the generated type says `string`. Queries narrow to them with `$narrowType`.
 */
export interface MeldingEnums {
  melder_organisatie: OrganisatieCategorie;
  aard_geweld: AardGeweld[];
  aanvullende_kenmerken: AanvullendKenmerk[];
  duur_geweld: DuurGeweld;
  classificatie: MeldingClassificatie;
  fase: MeldingFase;
}

export type MeldingRow = NarrowPartial<Pick<Selectable<Database['melding']>, ColumnName<(typeof MELDING_COLUMNS)[number]>>, MeldingEnums>;

/** Maps a row to the API type, hiding the melder's contact details from roles that may not see them. */
export function toMelding(row: MeldingRow, ability: AppAbility): Melding {
  const contact = ability.can('read', 'Contactgegevens');
  return {
    id: row.id,
    casusId: row.casus_id,
    nummer: row.nummer,
    ontvangenOp: row.ontvangen_op,
    ontvangstdatum: row.ontvangstdatum,
    uiterlijkeBeoordelingsdatum: row.uiterlijke_beoordelingsdatum,
    melder: {
      naam: row.melder_naam,
      functie: row.melder_functie,
      organisatie: row.melder_organisatie,
      hoedanigheid: row.melder_hoedanigheid,
      beroepsmatig: isBeroepsmatig(row.melder_organisatie),
      telefoon: contact ? row.melder_telefoon : null,
      email: contact ? row.melder_email : null,
    },
    aardGeweld: row.aard_geweld,
    aanvullendeKenmerken: row.aanvullende_kenmerken,
    duurGeweld: row.duur_geweld,
    afwegingskader:
      row.afweging_acute_onveiligheid === null
        ? null
        : {
            acuteOnveiligheid: row.afweging_acute_onveiligheid,
            structureleOnveiligheid: row.afweging_structurele_onveiligheid ?? false,
            toelichting: row.afweging_toelichting,
          },
    politie: row.politie,
    classificatie: row.classificatie,
    fase: row.fase,
    team: row.team,
    toegewezenAan: row.toegewezen_aan,
    adviesId: row.advies_id,
    gemeenteCode: row.gemeente_code,
    melderAnoniem: row.melder_anoniem,
    samenvatting: row.samenvatting,
    uiterlijkeScreeningsdatum: row.uiterlijke_screeningsdatum,
    acuut: row.acuut,
    politieRegistratienummer: row.politie_registratienummer,
    nietUniekVanId: row.niet_uniek_van,
    versie: row.version,
  };
}
