import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** nest-cli.json describes the monorepo for Nest tooling: it must name every Nest app and lib there is, and nothing else. */
describe('nest-cli.json', () => {
  it('lists exactly the apps and libs of the repository, each with its own tsconfig', () => {
    const config = JSON.parse(readFileSync('nest-cli.json', 'utf8')) as {
      projects: Record<string, { type: string; root: string; compilerOptions: { tsConfigPath: string } }>;
    };
    const folders = (base: string) =>
      readdirSync(base)
        .filter((name) => statSync(join(base, name)).isDirectory())
        .map((name) => `${base}/${name}`);
    const listed = Object.values(config.projects);
    // apps/web is the portal (React + Vite), not a Nest project: Vite builds it. apps/dev-idp is the
    // demo's development OpenID provider (plain oidc-provider), not a Nest project either.
    const nest = [...folders('apps'), ...folders('libs')].filter((folder) => folder !== 'apps/web' && folder !== 'apps/dev-idp');
    expect(listed.map((p) => p.root).sort()).toEqual(nest.sort());
    for (const project of listed) {
      expect(project.type).toBe(project.root.startsWith('apps/') ? 'application' : 'library');
      expect(statSync(project.compilerOptions.tsConfigPath).isFile()).toBe(true);
    }
  });
});
