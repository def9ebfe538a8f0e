import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value COPY can write in text format (a JSON column takes its JSON text). */
export type Waarde = string | number | boolean | null | Date | Buffer | readonly (string | number)[];

function escape(value: Waarde): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  // bytea in hex form; COPY's text format needs the backslash doubled.
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * Streams rows into a table with COPY (text format): the bulk path of the generator. PostgreSQL
 * refuses COPY FROM into a table with row-level security, so the rows go to a temporary staging
 * table first and then into the real table with one INSERT, where the policies check every row.
 * Must run inside a transaction that has set the tenant.
 */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Waarde[]>,
): Promise<number> {
  const stage = `stage_${table.replace(/\W/g, '_')}`;
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS ${stage} ON COMMIT DROP AS SELECT ${columns.join(', ')} FROM ${table} WITH NO DATA`);
  const count = await copyInto(client, stage, columns, rows);
  await client.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${stage}`);
  await client.query(`TRUNCATE ${stage}`);
  return count;
}

async function copyInto(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Waarde[]>,
): Promise<number> {
  let count = 0;
  function* lines() {
    let chunk = '';
    for (const row of rows) {
      chunk += row.map(escape).join('\t') + '\n';
      count += 1;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  return count;
}
