import { parse } from 'csv-parse/sync';
import { validatie } from '@vt/platform';

/** The kind of police report: a melding huiselijk geweld / kindermishandeling, or a politiezorgmelding jeugd. */
export type PolitieSoort = 'MELDING' | 'ZORGMELDING_JEUGD';

/** One person in a police report, as read from the file (not yet validated). */
export interface PolitiePersoon {
  /** Where to report an error: the CSV line, or the 1-based position of the report in a JSON file. */
  regel: number;
  /** Prefix of the field names of this person in error reports ('' for CSV, `personen[i].` for JSON). */
  pad: string;
  naam: string;
  geboortedatum: string;
  bsn: string;
  rol: string;
}

/** One police report as read from the file (not yet validated). */
export interface PolitieRecord {
  regel: number;
  soort: string;
  registratienummer: string;
  datum: string;
  gemeente: string;
  postcode: string;
  huisnummer: string;
  eenheid: string;
  telefoon: string;
  email: string;
  aard: string[];
  duur: string;
  omschrijving: string;
  personen: PolitiePersoon[];
  /** CSV rows of this report whose report columns differ from its first row. */
  afwijkingen: { regel: number; veld: string }[];
}

/** The CSV columns: one row per person; the rows of one registratienummer form one report. */
export const CSV_KOLOMMEN = [
  'soort',
  'registratienummer',
  'datum',
  'gemeente',
  'postcode',
  'huisnummer',
  'eenheid',
  'telefoon',
  'email',
  'aard',
  'duur',
  'omschrijving',
  'naam',
  'geboortedatum',
  'bsn',
  'rol',
] as const;

/** Columns that belong to the report, not the person: every row of a report must repeat the same values. */
const MELDING_KOLOMMEN = CSV_KOLOMMEN.filter((k) => !['naam', 'geboortedatum', 'bsn', 'rol'].includes(k));

export const MAX_RAPPORTEN = 50_000;

const tekst = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/**
 * Reads a police file: CSV (one row per person, header with CSV_KOLOMMEN, `aard` as values joined
 * by `|`) or JSON (`{ "meldingen": [ { ..., "personen": [ ... ] } ] }`). Only the shape is checked
 * here; a file that cannot be read at all is one VALIDATIE error on `bestand`.
 */
export function leesPolitiebestand(inhoud: string, type: 'csv' | 'json'): PolitieRecord[] {
  const records = type === 'csv' ? leesCsv(inhoud) : leesJson(inhoud);
  if (records.length === 0) throw validatie('bestand', 'contains no reports');
  if (records.length > MAX_RAPPORTEN) throw validatie('bestand', `has more than ${MAX_RAPPORTEN} reports; split the file`);
  return records;
}

function leesCsv(inhoud: string): PolitieRecord[] {
  const header = inhoud
    .split(/\r?\n/, 1)[0]!
    .split(/[,;]/)
    .map((h) => h.trim().toLowerCase());
  const ontbreekt = CSV_KOLOMMEN.filter((k) => !header.includes(k));
  if (ontbreekt.length) throw validatie('bestand', `missing column(s): ${ontbreekt.join(', ')} (header: ${CSV_KOLOMMEN.join(',')})`);
  let rijen: Record<string, string>[];
  try {
    rijen = parse(inhoud, {
      columns: (h: string[]) => h.map((k) => k.trim().toLowerCase()),
      delimiter: header.length > 1 && inhoud.split(/\r?\n/, 1)[0]!.includes(';') ? ';' : ',',
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as Record<string, string>[];
  } catch (error) {
    throw validatie('bestand', `cannot be read as CSV: ${(error as Error).message}`);
  }
  type MetEersteRij = PolitieRecord & { eerste: Record<string, string> };
  const perNummer = new Map<string, MetEersteRij>();
  const records: MetEersteRij[] = [];
  rijen.forEach((rij, i) => {
    const regel = i + 2;
    const nummer = rij.registratienummer ?? '';
    let record = perNummer.get(nummer);
    if (!record || nummer === '') {
      record = {
        regel,
        soort: rij.soort || 'MELDING',
        registratienummer: nummer,
        datum: rij.datum ?? '',
        gemeente: rij.gemeente ?? '',
        postcode: rij.postcode ?? '',
        huisnummer: rij.huisnummer ?? '',
        eenheid: rij.eenheid ?? '',
        telefoon: rij.telefoon ?? '',
        email: rij.email ?? '',
        aard: (rij.aard ?? '')
          .split('|')
          .map((a) => a.trim())
          .filter(Boolean),
        duur: rij.duur ?? '',
        omschrijving: rij.omschrijving ?? '',
        personen: [],
        afwijkingen: [],
        eerste: rij,
      };
      if (nummer !== '') perNummer.set(nummer, record);
      records.push(record);
    } else {
      // A later row of the same report must not contradict the first one.
      const anders = MELDING_KOLOMMEN.find((k) => (rij[k] ?? '') !== (record!.eerste[k] ?? ''));
      if (anders) record.afwijkingen.push({ regel, veld: anders });
    }
    record.personen.push({
      regel,
      pad: '',
      naam: rij.naam ?? '',
      geboortedatum: rij.geboortedatum ?? '',
      bsn: rij.bsn ?? '',
      rol: rij.rol ?? '',
    });
  });
  return records.map(({ eerste: _eerste, ...record }) => record);
}

function leesJson(inhoud: string): PolitieRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(inhoud);
  } catch (error) {
    throw validatie('bestand', `cannot be read as JSON: ${(error as Error).message}`);
  }
  const lijst = (data as { meldingen?: unknown } | null)?.meldingen;
  if (!Array.isArray(lijst)) throw validatie('bestand', 'must be an object with a list "meldingen"');
  return lijst.map((item: unknown, i) => {
    const r = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const personen = Array.isArray(r.personen) ? r.personen : [];
    const contact = (r.contact && typeof r.contact === 'object' ? r.contact : {}) as Record<string, unknown>;
    return {
      regel: i + 1,
      soort: tekst(r.soort) || 'MELDING',
      registratienummer: tekst(r.registratienummer),
      datum: tekst(r.datum),
      gemeente: tekst(r.gemeenteCode ?? r.gemeente),
      postcode: tekst(r.postcode),
      huisnummer: tekst(r.huisnummer),
      eenheid: tekst(r.eenheid),
      telefoon: tekst(contact.telefoon ?? r.telefoon),
      email: tekst(contact.email ?? r.email),
      aard: Array.isArray(r.aardGeweld) ? r.aardGeweld.map(tekst) : tekst(r.aardGeweld) ? [tekst(r.aardGeweld)] : [],
      duur: tekst(r.duurGeweld),
      omschrijving: tekst(r.omschrijving),
      personen: personen.map((p: unknown, j) => {
        const q = (p && typeof p === 'object' ? p : {}) as Record<string, unknown>;
        return {
          regel: i + 1,
          pad: `personen[${j}].`,
          naam: tekst(q.naam),
          geboortedatum: tekst(q.geboortedatum),
          bsn: tekst(q.bsn),
          rol: tekst(q.rol),
        };
      }),
      afwijkingen: [],
    };
  });
}
