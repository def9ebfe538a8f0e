// Uses only Node built-ins: it runs before dependencies exist.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Checks Node's version and installs the locked dependencies when they are missing. */
export function ensureInstalled() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    process.stderr.write(`Node.js ${process.versions.node} is too old: install Node.js 20.19 or newer (22 or 24 LTS recommended).\n`);
    process.exit(1);
  }
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/@nestjs/core') && existsSync('node_modules/@vt/api')) return;
  process.stdout.write('Installing dependencies (npm ci)...\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('npm ci failed: see the messages above.\n');
    process.exit(1);
  }
}
