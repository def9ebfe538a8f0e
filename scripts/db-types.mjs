// `npm run db:types [-- --verify]`: writes libs/database/src/db.generated.ts, the Kysely row types,
// from the migrated database named by DATABASE_OWNER_URL (kysely-codegen). Text columns with a
// CHECK (col = ANY (ARRAY[...])) constraint get the literal union of the allowed values, so the
// database's own constraint is the one source of those types. --verify fails when the committed
// file differs from what the schema gives (the staleness test runs it).
import { Cli } from 'kysely-codegen';
import pg from 'pg';

const OUT_FILE = 'libs/database/src/db.generated.ts';
const url = process.env.DATABASE_OWNER_URL;
if (!url) {
  console.error('DATABASE_OWNER_URL is not set: point it at a migrated database (npm run db:migrate)');
  process.exit(2);
}
const verify = process.argv.includes('--verify');

/** `table.column` -> TypeScript type, from single-column CHECK ... = ANY (ARRAY[...]) constraints. */
async function checkedUnions() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT n.nspname AS schema, c.relname AS tabel, a.attname AS kolom, NOT a.attnotnull AS nullable, a.atthasdef AS has_default,
             pg_get_constraintdef(k.oid) AS definitie
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'c' AND cardinality(k.conkey) = 1 AND n.nspname IN ('public', 'referentie', 'benchmark')
      ORDER BY 1, 2, 3`);
    const columns = {};
    for (const row of rows) {
      const match = /^CHECK \(\(\w+ = ANY \(ARRAY\[(.+)\]\)\)\)$/.exec(row.definitie);
      if (!match) continue;
      const values = [...match[1].matchAll(/'([^']*)'::text/g)].map((m) => `"${m[1]}"`);
      const key = row.schema === 'public' ? `${row.tabel}.${row.kolom}` : `${row.schema}.${row.tabel}.${row.kolom}`;
      const type = values.join(' | ') + (row.nullable ? ' | null' : '');
      columns[key] = row.has_default ? `Generated<${type}>` : type;
    }
    return columns;
  } finally {
    await client.end();
  }
}

try {
  const columns = await checkedUnions();
  await new Cli().generate({
    dialect: 'postgres',
    url,
    outFile: OUT_FILE,
    dateParser: 'string',
    numericParser: 'string',
    defaultSchemas: ['public'],
    excludePattern: 'public.schema_migrations',
    overrides: { columns },
    typeOnlyImports: true,
    logLevel: verify ? 'error' : 'warn',
    verify,
  });
  if (!verify) console.log(`wrote ${OUT_FILE}`);
} catch (error) {
  console.error(verify ? `${OUT_FILE} is stale: run npm run db:types against a migrated database` : error);
  process.exit(1);
}
