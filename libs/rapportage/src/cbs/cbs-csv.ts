import { createHmac } from 'node:crypto';
import type { CbsBasisRow } from './cbs.sql.js';

/**
 * The CBS delivery file: one row per advies and melding of the half year, as CSV (RFC 4180: comma
 * separated, CRLF line ends, UTF-8 without BOM, a header row, a field quoted only when it must be).
 * No names, BSN, birth dates, addresses or free text: records, casussen and persons appear only as
 * pseudonymous keys, the first 128 bits (32 hex digits) of HMAC-SHA256 under the region's own
 * secret, so the same person has the same key in every delivery of the region and no key can be
 * traced back without that secret. Lists (several aarden, flags, persons) are `|`-separated and
 * sorted. The rows are sorted on soort, ontvangstdatum and record key: the same data gives the same bytes.
 */
export const CSV_KOLOMMEN = [
  ['soort', 'ADVIES or MELDING.'],
  ['record_sleutel', 'Pseudonymous key of the advies or melding.'],
  ['casus_sleutel', 'Pseudonymous key of the casus (household dossier) of a melding; empty for an advies.'],
  ['ontvangstdatum', 'Date of receipt (YYYY-MM-DD, Europe/Amsterdam).'],
  ['gemeente', 'CBS gemeente code of the household (GM....), or ONBEKEND.'],
  ['organisatie', 'OrganisatieCategorie of the melder or adviesvrager (84848).'],
  ['hoedanigheid', 'Hoedanigheid (rol or beroep) of the melder or adviesvrager, ONBEKEND when not recorded (84848).'],
  ['aard_geweld', 'AardGeweld values (84850).'],
  ['duur_geweld', 'DuurGeweld (84849); empty for an advies.'],
  ['aanvullende_informatie', 'AanvullendKenmerk values (84851); empty for an advies.'],
  ['eerdere_betrokkenheid', 'MeldingClassificatie (85361); empty for an advies.'],
  ['beoordeling', 'Besluit of the vastgestelde veiligheidsbeoordeling, or NOG_NIET_BEOORDEELD (84852); empty for an advies.'],
  [
    'veiligheidstaxatie',
    'ACUTE_EN_STRUCTURELE_ONVEILIGHEID, ALLEEN_ACUTE_ONVEILIGHEID, ALLEEN_STRUCTURELE_ONVEILIGHEID, GEEN_ONVEILIGHEID or NOG_NIET_BEOORDEELD (84852).',
  ],
  ['onderzoek', 'AFGESLOTEN or VOORTIJDIG_AFGESLOTEN for a closed onderzoek of the melding, else empty (84853).'],
  ['onderzoek_uitkomsten', 'AARD=UITKOMST per aard geweld of a closed onderzoek (84853).'],
  [
    'overdracht_moment',
    'NA_VEILIGHEIDSBEOORDELING, NA_ONDERZOEK or NA_VOORWAARDEN_EN_VERVOLG for the first overdracht, else empty (84854).',
  ],
  ['overdracht_wijze', 'WARM or KOUD (84854).'],
  ['type_hulp', 'PartnerType of the first overdracht (84855).'],
  ['betrokkenen', 'ROL:persoon_sleutel per directbetrokkene of a melding.'],
] as const;

export type CsvKolom = (typeof CSV_KOLOMMEN)[number][0];
/** A row of the delivery file, as written and as read back. */
export type CbsLeveringRij = Record<CsvKolom, string>;

const LIJST = '|';

/** Pseudonymous key of an id under the region's secret; `soort` keeps record, casus and person keys apart. */
export function pseudoniem(sleutel: Buffer, soort: 'record' | 'casus' | 'persoon', id: string): string {
  return createHmac('sha256', sleutel).update(`${soort}:${id}`).digest('hex').slice(0, 32);
}

/** The file's rows from the base rows: ids replaced by keys, sorted for a stable file. */
export function naarLeveringRijen(rows: readonly CbsBasisRow[], sleutel: Buffer): CbsLeveringRij[] {
  const rijen = rows.map((r): CbsLeveringRij => ({
    soort: r.soort,
    record_sleutel: pseudoniem(sleutel, 'record', r.id),
    casus_sleutel: r.casus_id ? pseudoniem(sleutel, 'casus', r.casus_id) : '',
    ontvangstdatum: r.datum,
    gemeente: r.gemeente,
    organisatie: r.organisatie,
    hoedanigheid: r.hoedanigheid,
    aard_geweld: r.aard.join(LIJST),
    duur_geweld: r.duur ?? '',
    aanvullende_informatie: r.aanvullend.join(LIJST),
    eerdere_betrokkenheid: r.classificatie ?? '',
    beoordeling: r.beoordeling ?? '',
    veiligheidstaxatie: r.taxatie ?? '',
    onderzoek: r.onderzoek ?? '',
    onderzoek_uitkomsten: r.uitkomsten.join(LIJST),
    overdracht_moment: r.overdracht_moment ?? '',
    overdracht_wijze: r.overdracht_wijze ?? '',
    type_hulp: r.type_hulp ?? '',
    betrokkenen: r.betrokkenen
      .map((b) => {
        const [rol, persoonId] = b.split(':') as [string, string];
        return `${rol}:${pseudoniem(sleutel, 'persoon', persoonId)}`;
      })
      .sort()
      .join(LIJST),
  }));
  return rijen.sort(
    (a, b) => vergelijk(a.soort, b.soort) || vergelijk(a.ontvangstdatum, b.ontvangstdatum) || vergelijk(a.record_sleutel, b.record_sleutel),
  );
}

const vergelijk = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function veld(waarde: string): string {
  return /[",\r\n]/.test(waarde) ? `"${waarde.replaceAll('"', '""')}"` : waarde;
}

/** The CSV text: header and rows, CRLF after every line. */
export function naarCsv(rijen: readonly CbsLeveringRij[]): string {
  const kolommen = CSV_KOLOMMEN.map(([k]) => k);
  const regels = [kolommen.join(','), ...rijen.map((r) => kolommen.map((k) => veld(r[k])).join(','))];
  return regels.map((r) => `${r}\r\n`).join('');
}

/** Reads a delivery file back (the check works on the file's bytes, not on the rows that made it). */
export function leesCsv(tekst: string): CbsLeveringRij[] {
  const records: string[][] = [];
  let record: string[] = [];
  let waarde = '';
  let gequote = false;
  // The same state machine as one character at a time, but appending runs of ordinary characters
  // as slices: a delivery is megabytes, and appending each character cost about a second.
  for (let i = 0; i < tekst.length;) {
    if (gequote) {
      const q = tekst.indexOf('"', i);
      if (q < 0) {
        waarde += tekst.slice(i);
        break;
      }
      waarde += tekst.slice(i, q);
      if (tekst[q + 1] === '"') {
        waarde += '"';
        i = q + 2;
      } else {
        gequote = false;
        i = q + 1;
      }
    } else if (tekst[i] === '"') {
      gequote = true;
      i++;
    } else if (tekst[i] === ',') {
      record.push(waarde);
      waarde = '';
      i++;
    } else if (tekst[i] === '\r' && tekst[i + 1] === '\n') {
      record.push(waarde);
      records.push(record);
      record = [];
      waarde = '';
      i += 2;
    } else {
      // Up to the next quote, comma or carriage return (a lone CR is data, as before).
      let j = i + 1;
      while (j < tekst.length) {
        const c = tekst.charCodeAt(j);
        if (c === 34 || c === 44 || c === 13) break;
        j++;
      }
      waarde += tekst.slice(i, j);
      i = j;
    }
  }
  if (waarde !== '' || record.length > 0) throw new Error('the file does not end with CRLF');
  const [kop, ...rest] = records;
  const kolommen = CSV_KOLOMMEN.map(([k]) => k);
  if (!kop || kop.join(',') !== kolommen.join(',')) throw new Error('the header does not match the documented columns');
  return rest.map((r) => {
    if (r.length !== kolommen.length) throw new Error(`a row has ${r.length} fields, expected ${kolommen.length}`);
    return Object.fromEntries(kolommen.map((k, i) => [k, r[i]!])) as CbsLeveringRij;
  });
}
