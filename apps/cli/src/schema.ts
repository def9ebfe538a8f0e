import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { StartupError } from '@vt/config';

const run = promisify(execFile);

/**
 * Writes the SDL an app serves, exactly as the running app builds it, to `file`. Each app is built
 * in a child process that imports only that app: in one process (this CLI imports many libs) Nest's
 * global type registry would leak the other app's types into the schema as orphans.
 */
export async function writeSchemaOf(app: 'api' | 'benchmark', file: string): Promise<void> {
  const script = fileURLToPath(new URL('./print-schema.js', import.meta.url));
  try {
    await run(process.execPath, [script, app, file], { env: { ...process.env, LOG_LEVEL: 'warn' }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new StartupError(`${app}: ${String((error as { stderr?: string }).stderr ?? '').trim() || (error as Error).message}`);
  }
}
