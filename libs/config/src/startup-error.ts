/** A start-up failure whose message is one line naming the setting (or service) at fault. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Describes a PostgreSQL connection failure without echoing the password in the URL. */
export function describeDatabaseFailure(variable: string, url: string, error: unknown): StartupError {
  const parsed = new URL(url);
  const target = `${decodeURIComponent(parsed.username)}@${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  const code = (error as { code?: string }).code;
  const hint =
    code === 'ECONNREFUSED'
      ? 'is PostgreSQL running? (npm run demo starts one for you)'
      : code === '3D000' || code === '28000' || code === '28P01'
        ? 'run `npm run db:setup && npm run db:migrate && npm run db:seed` first'
        : code === '42P01'
          ? 'run `npm run db:migrate` first'
          : (error as Error).message;
  return new StartupError(`Cannot use PostgreSQL via ${variable} (${target}): ${code ?? (error as Error).message}; ${hint}`);
}
