import { literal, selectList, sql, type Database, type Db, type Selectable } from '@vt/database';

/** The columns an access-log entry is written with (id and tijdstip are the database's). */
export const LOG_COLUMNS = [
  'gebruiker_id',
  'gebruiker_naam',
  'rollen',
  'namens',
  'casus_id',
  'persoon_id',
  'actie',
  'object_type',
  'object_id',
  'client_adres',
  'grondslag',
  'uitkomst',
  'request_id',
] as const;

/** One access-log row as it is stored. */
export type LogRegel = Pick<Selectable<Database['toegangslog']>, (typeof LOG_COLUMNS)[number]>;

const KOLOMMEN = selectList(LOG_COLUMNS);

/**
 * One INSERT for several entries of one caller: the caller's fields once, the entries as arrays
 * (a fixed number of parameters however many entries). Every read and change writes one, so it is
 * a template: it compiles many times faster than the builder.
 */
export async function insertRegels(db: Db, regels: LogRegel[]): Promise<void> {
  const eerste = regels[0]!;
  const kolom = <K extends keyof LogRegel>(key: K) => regels.map((r) => r[key]);
  await sql`INSERT INTO toegangslog (${KOLOMMEN})
    SELECT ${eerste.gebruiker_id}, ${eerste.gebruiker_naam}, ${eerste.rollen}, ${eerste.namens}, t.casus_id, t.persoon_id, t.actie,
      t.object_type, t.object_id, ${eerste.client_adres}, t.grondslag, t.uitkomst, ${eerste.request_id}
    FROM unnest(${kolom('casus_id')}::uuid[], ${kolom('persoon_id')}::uuid[], ${kolom('actie')}::text[], ${kolom('object_type')}::text[],
      ${kolom('object_id')}::text[], ${kolom('grondslag')}::text[], ${kolom('uitkomst')}::text[])
      AS t(casus_id, persoon_id, actie, object_type, object_id, grondslag, uitkomst)`.execute(db);
}

/**
 * The same entries as one statement without parameters, the rows as one JSON literal: it is sent
 * together with COMMIT as one simple query (see closeReadTransaction).
 */
export function insertRegelsAlsTekst(db: Db, regels: LogRegel[]): string {
  const statement =
    sql`INSERT INTO toegangslog (${KOLOMMEN}) SELECT ${KOLOMMEN} FROM json_to_recordset(${literal(JSON.stringify(regels))}::json)
    AS t(gebruiker_id text, gebruiker_naam text, rollen text[], namens text, casus_id uuid, persoon_id uuid, actie text, object_type text,
      object_id text, client_adres text, grondslag text, uitkomst text, request_id text)`.compile(db);
  if (statement.parameters.length > 0) throw new Error('the statement sent with COMMIT must carry no parameters');
  return statement.sql;
}
