import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { validatie } from './errors.js';

/** NUL, C0 controls other than tab/newline/carriage return, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- these are the characters we refuse
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Bidirectional embedding/override (U+202A–202E) and isolate (U+2066–2069) characters: they reorder what exports and terminals show. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** Largest number accepted anywhere: above any count, hours, FTE or euro amount of a region. */
export const MAX_NUMBER = 1e9;
/** Birth dates: people alive now. */
const BIRTH_DATE_FROM = Date.UTC(1900, 0, 1);
/** Every other date: the platform's plausible window, from 2000 to ten years ahead (planning). */
const DATE_FROM = Date.UTC(2000, 0, 1);
const YEARS_AHEAD = 10;
const BIRTH_DATE_FIELDS = new Set(['geboortedatum']);

/** The date window of a field, as [from, to] in epoch ms. */
export function dateWindow(field: string, now = new Date()): [number, number] {
  const to = Date.UTC(now.getUTCFullYear() + YEARS_AHEAD, now.getUTCMonth(), now.getUTCDate() + 1) - 1;
  return BIRTH_DATE_FIELDS.has(field) ? [BIRTH_DATE_FROM, to] : [DATE_FROM, to];
}

/**
 * Checks every argument of every resolver before it runs, so no input reaches the database or an
 * export unchecked: text without control or bidi-override characters, finite numbers of sane
 * magnitude, dates within one plausible window. Field rules (lengths, formats, relations between
 * dates) stay with the resolvers; this pipe refuses what no field may carry, with VALIDATIE.
 */
@Injectable()
export class InputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Only what the client sent: GraphQL arguments and HTTP bodies, queries and path parameters
    // arrive as 'body', 'query' or 'param'. @Parent(), @Info() and @Context() arrive as 'custom': the
    // server built them (walking the resolve info, which holds the whole schema, cost over a second).
    if (metadata.type === 'custom') return value;
    // @Args('input') names the argument; its fields are reported without the prefix, as resolvers do.
    const root = metadata.data && metadata.data !== 'input' ? metadata.data : '';
    checkValue(value, root, root, 0);
    return value;
  }
}

function checkValue(value: unknown, path: string, key: string, depth: number): void {
  if (value === null || value === undefined || depth > 20) return;
  const field = path || key || 'input';
  if (typeof value === 'string') {
    if (CONTROL.test(value)) throw validatie(field, 'must not contain control characters');
    if (BIDI.test(value)) throw validatie(field, 'must not contain bidirectional override characters');
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw validatie(field, 'must be a finite number');
    if (Math.abs(value) > MAX_NUMBER) throw validatie(field, `must be between -${MAX_NUMBER} and ${MAX_NUMBER}`);
  } else if (value instanceof Date) {
    const [from, to] = dateWindow(key);
    const t = value.getTime();
    if (Number.isNaN(t) || t < from || t > to) {
      throw validatie(
        field,
        `must lie between ${new Date(from).toISOString().slice(0, 10)} and ${new Date(to).toISOString().slice(0, 10)}`,
      );
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkValue(item, `${path}[${i}]`, key, depth + 1));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkValue(v, path ? `${path}.${k}` : k, k, depth + 1);
  }
}
