import { validatie } from '@vt/platform';

/** A CBS gemeente code as given (trimmed, upper case); '' is null (clears it), absent stays undefined. Checked on form before any database work. */
export function gemeenteCodeVan(field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  const code = value.trim().toUpperCase();
  if (code === '') return null;
  if (!/^GM[0-9]{4}$/.test(code)) throw validatie(field, 'is not a CBS gemeente code (GM followed by 4 digits)');
  return code;
}

/**
 * The gemeente of a new melding or advies: required, because the reports to the gemeenten and to
 * CBS count per gemeente. GraphQL already refuses a missing field; '' (or only spaces) is VALIDATIE here.
 */
export function vereisteGemeenteCode(field: string, value: string | null | undefined): string {
  const code = gemeenteCodeVan(field, value);
  if (!code) throw validatie(field, 'is required: the CBS code of the gemeente (e.g. GM0363)');
  return code;
}
