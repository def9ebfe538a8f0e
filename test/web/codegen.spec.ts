import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The portal's typed GraphQL client is generated from the committed schemas; a stale copy fails here. */
describe('the portal GraphQL client (apps/web/src/gql)', () => {
  it('is what GraphQL Code Generator makes from apps/api/schema.gql and apps/benchmark/schema.gql today', async () => {
    const out = await mkdtemp(join(tmpdir(), 'vt-codegen-'));
    try {
      const result = spawnSync(process.execPath, ['apps/web/scripts/codegen.mjs', out], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const committed = resolve('apps/web/src/gql');
      for (const client of ['api', 'benchmark']) {
        const files = (await readdir(join(out, client))).sort();
        expect((await readdir(join(committed, client))).sort()).toEqual(files);
        for (const file of files) {
          const fresh = await readFile(join(out, client, file), 'utf8');
          const stored = await readFile(join(committed, client, file), 'utf8');
          // On a difference: npm run web:codegen, and commit apps/web/src/gql.
          expect([`${client}/${file}`, stored]).toEqual([`${client}/${file}`, fresh]);
        }
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
