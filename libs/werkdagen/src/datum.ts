/** Calendar dates as ISO strings (YYYY-MM-DD); arithmetic in UTC so no time zone shifts a day. */
export type Datum = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDatum(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const DAG_MS = 86_400_000;
const CACHE_MAX = 100_000;
// Both directions are cached: the data generator and the werkvoorraad convert the same few thousand
// days millions of times, and a Date round trip per conversion was a tenth of the generator's time.
const dagVanDatum = new Map<Datum, number>();
const datumVanDagnummer = new Map<number, Datum>();

/** Days since 1970-01-01 (UTC) of an ISO date; NaN for a string that is not a date. */
export function dagnummer(datum: Datum): number {
  let dag = dagVanDatum.get(datum);
  if (dag === undefined) {
    dag = Date.parse(`${datum}T00:00:00Z`) / DAG_MS;
    if (Number.isNaN(dag)) return dag;
    if (dagVanDatum.size >= CACHE_MAX) dagVanDatum.clear();
    dagVanDatum.set(datum, dag);
  }
  return dag;
}

/** The ISO date of a day number (RangeError for NaN, as Date#toISOString). */
export function datumVanDag(dag: number): Datum {
  let datum = datumVanDagnummer.get(dag);
  if (datum === undefined) {
    datum = new Date(dag * DAG_MS).toISOString().slice(0, 10);
    if (datumVanDagnummer.size >= CACHE_MAX) datumVanDagnummer.clear();
    datumVanDagnummer.set(dag, datum);
  }
  return datum;
}

export function plusDagen(datum: Datum, dagen: number): Datum {
  if (Number.isInteger(dagen)) return datumVanDag(dagnummer(datum) + dagen);
  const date = new Date(`${datum}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + dagen);
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function plusMaanden(datum: Datum, maanden: number): Datum {
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + maanden, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function dagenTussen(van: Datum, tot: Datum): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

/** 1 = Monday ... 7 = Sunday. */
export function weekdag(datum: Datum): number {
  const day = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in the Netherlands at a moment: a melding at 23:30 UTC on 31 Dec is received on 1 Jan. */
export function datumInNederland(moment: Date): Datum {
  return amsterdam.format(moment);
}

/** A GraphQL Date input (graphql-scalars parses it to a UTC-midnight Date) as a Datum. */
export function datumVan(value: Date | string): Datum {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
