import { validatie } from '@vt/platform';

/** A CBS gemeente code as given (trimmed, upper case); '' is null (clears it), absent stays undefined. Checked on form before any database work. */
export function gemeenteCodeVan(field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  const code = value.trim().toUpperCase();
  if (code === '') return null;
  if (!/^GM[0-9]{4}$/.test(code)) throw validatie(field, 'is not a CBS gemeente code (GM followed by 4 digits)');
  return code;
}
