import { spawnSync } from 'node:child_process';

/**
 * The Kysely row types (libs/database/src/db.generated.ts) are generated from the migrated schema.
 * A migration without `npm run db:types` leaves them describing tables that no longer exist; this
 * test regenerates them against the test database (migrated by `npm test`) and fails on any difference.
 */
describe('generated database types', () => {
  it('match the migrated schema', () => {
    const run = spawnSync(process.execPath, ['scripts/db-types.mjs', '--verify'], { env: process.env, encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });
});
