import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH names another binary. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!path || !existsSync(path)) throw new Error('No Chromium found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return path;
}

/**
 * A headless Chromium. Playwright gives every launch a fresh temporary profile; the flags keep it
 * from reaching the network on its own.
 */
export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage'],
  });
}
