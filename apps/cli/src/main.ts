import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, StartupError, loadConfigOrExit } from '@vt/config';
import { commands } from './commands.js';

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(`Usage: node apps/cli/dist/main.js <command>\nCommands: ${Object.keys(commands).join(', ')}\n`);
  process.exit(64);
}
try {
  const { values } = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: false, strict: true });
  await command.run(loadConfigOrExit(), values as Record<string, string | boolean | string[] | undefined>);
} catch (error) {
  const known =
    error instanceof ConfigError || error instanceof StartupError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  process.stderr.write(`${name} failed: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
  process.exit(1);
}
