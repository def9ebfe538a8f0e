import { existsSync } from 'node:fs';

/** Stops with one clear line when Node is too old or dependencies are not installed. */
export function checkPrerequisites() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node.js ${process.versions.node} is too old: install Node.js 20.19 or newer (22 or 24 LTS recommended).`);
  }
  if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/@nestjs/core')) {
    fail('Dependencies are not installed: run `npm ci` first.');
  }
}

export function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
