import { selectList, sql, type Db, type Expression, type SqlBool } from '@vt/database';
import { CASUS_COLUMNS, type CasusRow } from './casus.row.js';

const CASUS_SELECT = selectList(CASUS_COLUMNS);

/**
 * Casussen by id under a condition on alias c (the team rule). Behind the casus of every melding
 * read (melding(id) asks for it), so a template: it compiles many times faster than the builder.
 */
export async function casussenMetId(db: Db, ids: readonly string[], voorwaarde: Expression<SqlBool>): Promise<CasusRow[]> {
  const { rows } = await sql<CasusRow>`SELECT ${CASUS_SELECT} FROM casus c WHERE c.id = ANY(${ids}::uuid[]) AND ${voorwaarde}`.execute(db);
  return rows;
}
