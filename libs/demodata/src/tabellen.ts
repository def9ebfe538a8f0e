import type { Database, Insertable } from '@vt/database';
import type { Waarde } from './copy.js';

type KolomLijsten = { readonly [T in keyof Database]?: readonly (keyof Insertable<Database[T]> & string)[] };

/**
 * The generated tables in load order (foreign keys point backwards), each with the columns the
 * generator fills; every other column keeps its database default. The one place where the
 * generator's row objects meet COPY's column order.
 */
export const KOLOMMEN = {
  medewerker: ['id', 'gebruiker_id', 'naam', 'team'],
  dienstverband: ['medewerker_id', 'functie', 'fte', 'opleidingsniveau', 'categorie', 'van', 'tot'],
  casus: ['id', 'nummer', 'created_at', 'updated_at', 'status', 'gesloten_op'],
  persoon: ['id', 'naam', 'geboortedatum', 'bsn', 'created_at', 'geslacht', 'woonplaats', 'gemeente_code'],
  casus_betrokkene: ['casus_id', 'persoon_id', 'sinds'],
  advies: [
    'id',
    'nummer',
    'soort',
    'ontvangen_op',
    'kanaal',
    'adviesvrager_organisatie',
    'adviesvrager_anoniem',
    'adviesvrager_naam',
    'aard_geweld',
    'samenvatting',
    'status',
    'geregistreerd_door',
    'created_at',
    'gemeente_code',
  ],
  melding: [
    'id',
    'casus_id',
    'nummer',
    'ontvangen_op',
    'ontvangstdatum',
    'uiterlijke_beoordelingsdatum',
    'melder_naam',
    'melder_functie',
    'melder_telefoon',
    'melder_email',
    'melder_organisatie',
    'aard_geweld',
    'duur_geweld',
    'afweging_acute_onveiligheid',
    'afweging_structurele_onveiligheid',
    'politie',
    'classificatie',
    'fase',
    'team',
    'toegewezen_aan',
    'geregistreerd_door',
    'created_at',
    'updated_at',
    'gemeente_code',
  ],
  melding_betrokkene: ['melding_id', 'persoon_id', 'rol', 'was_bekend'],
  // Before the beoordelingen: their insert trigger reads it (veiligheidsbeoordeling.teruggekoppeld), so
  // no row is updated after its COPY.
  terugkoppeling: ['melding_id', 'moment', 'datum', 'samenvatting', 'geregistreerd_door', 'created_at'],
  veiligheidsbeoordeling: [
    'id',
    'melding_id',
    'acute_onveiligheid',
    'structurele_onveiligheid',
    'besluit',
    'besloten_door',
    'besloten_op',
    'getoetst_door',
    'getoetst_op',
    'status',
    'uiterlijke_terugkoppeldatum',
    'uiterlijke_vervolgdatum',
  ],
  interventie: [
    'id',
    'casus_id',
    'melding_id',
    'soort',
    'besloten_op',
    'uiterlijke_startdatum',
    'gestart_op',
    'uiterlijke_einddatum',
    'wettelijke_einddatum',
    'afgesloten_op',
    'uitkomsten',
    'status',
    'created_at',
  ],
  overdracht: [
    'id',
    'casus_id',
    'melding_id',
    'partner_type',
    'partner_naam',
    'warm',
    'afgesproken_datum',
    'uitgevoerd_op',
    'status',
    'created_at',
    'gepland_op',
  ],
  monitoring_contact: ['casus_id', 'overdracht_id', 'moment', 'gepland_op', 'uitgevoerd_op', 'score_gezin', 'score_professional', 'status'],
  tijdlijn_gebeurtenis: ['casus_id', 'tijdstip', 'soort', 'omschrijving', 'object_type', 'object_id', 'door'],
  tijdregistratie: ['medewerker_id', 'datum', 'functie', 'product', 'uren', 'bron', 'geregistreerd_door'],
  begroting: ['jaar', 'loonkosten', 'kosten', 'inkomsten', 'volumes'],
  journaalregel: [
    'id',
    'casus_id',
    'melding_id',
    'soort',
    'contact_op',
    'tekst',
    'bron',
    'grondslag',
    'auteur',
    'auteur_naam',
    'created_at',
  ],
  journaalregel_betrokkene: ['journaalregel_id', 'persoon_id'],
  document: [
    'id',
    'casus_id',
    'melding_id',
    'soort',
    'titel',
    'bestandsnaam',
    'content_type',
    'grootte',
    'sha256',
    'opslag',
    'status',
    'geupload_door',
    'geupload_door_naam',
    'created_at',
  ],
  document_deel: ['document_id', 'volgnummer', 'data'],
} as const satisfies KolomLijsten;

export type TabelNaam = keyof typeof KOLOMMEN;

/**
 * A generated row: exactly the listed columns, typed by the generated schema and all required (a
 * column left out would silently load as NULL, not as its default).
 */
export type Rij<T extends TabelNaam> = Required<
  Pick<Insertable<Database[T]>, Extract<(typeof KOLOMMEN)[T][number], keyof Insertable<Database[T]>>>
>;

/** The rows of every generated table, filled stage by stage. */
export type Rijen = { [T in TabelNaam]: Rij<T>[] };

/** Rows in COPY's form: a table's name, its columns and each row's values in that order. */
export interface Tabel {
  naam: string;
  kolommen: readonly string[];
  rijen: Waarde[][];
}

export function legeRijen(): Rijen {
  return Object.fromEntries(Object.keys(KOLOMMEN).map((naam) => [naam, []])) as unknown as Rijen;
}

/**
 * Row objects to COPY's column order, table by table in load order. Consumes `rijen`: each table's
 * objects are let go once converted, so a region is never in memory twice (the load's peak).
 */
export function alsTabellen(rijen: Rijen): Tabel[] {
  return (Object.keys(KOLOMMEN) as TabelNaam[]).map((naam) => {
    const kolommen: readonly string[] = KOLOMMEN[naam];
    const objecten = rijen[naam] as readonly Record<string, Waarde>[];
    (rijen as Record<TabelNaam, unknown[]>)[naam] = [];
    return { naam, kolommen, rijen: objecten.map((rij) => kolommen.map((kolom) => rij[kolom])) };
  });
}
