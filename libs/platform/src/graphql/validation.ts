import { fieldErrorsOf, validatieFouten, validatie, type FieldError } from './errors.js';

/** Input checks that throw VALIDATIE naming the field; they run before any database work. */
export const check = {
  tekst(field: string, value: string | null | undefined, { min = 1, max = 200 } = {}): string {
    const trimmed = (value ?? '').trim();
    // InputPipe already refused control and bidi characters in every input; names and short
    // text (one line in lists and exports) refuse tabs and line breaks too, long text keeps them.
    // eslint-disable-next-line no-control-regex -- these are the characters we refuse
    if (max <= 200 && /[\t\n\r\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(trimmed)) {
      throw validatie(field, 'must be one line without control or bidirectional override characters');
    }
    if (trimmed.length < min || trimmed.length > max)
      throw validatie(field, min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`);
    return trimmed;
  },

  optioneleTekst(field: string, value: string | null | undefined, max = 10_000): string | null {
    if (value === null || value === undefined || value.trim() === '') return null;
    return check.tekst(field, value, { min: 1, max });
  },

  telefoon(field: string, value: string | null | undefined): string | null {
    const text = check.optioneleTekst(field, value, 30);
    if (text !== null && !/^\+?[0-9 ()-]{6,30}$/.test(text)) throw validatie(field, 'is not a phone number');
    return text;
  },

  email(field: string, value: string | null | undefined): string | null {
    const text = check.optioneleTekst(field, value, 254);
    if (text !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) throw validatie(field, 'is not an e-mail address');
    return text;
  },

  nietLeeg<T>(field: string, values: readonly T[] | null | undefined, max = 50): T[] {
    if (!values || values.length === 0) throw validatie(field, 'must contain at least one value');
    if (values.length > max) throw validatie(field, `must contain at most ${max} values`);
    return [...new Set(values)];
  },

  geheel(field: string, value: number, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max) throw validatie(field, `must be a whole number from ${min} to ${max}`);
    return value;
  },
};

/**
 * A list argument or list input field: more than `max` entries is VALIDATIE naming the field,
 * checked before any other work so an oversized request costs nothing; with `uniek` duplicates
 * (equal values, or equal `sleutel`) are dropped, first occurrence kept. Null stays null.
 */
export function begrensdeLijst<T>(
  field: string,
  values: readonly T[] | null | undefined,
  max: number,
  { uniek = false, sleutel }: { uniek?: boolean; sleutel?: (value: T) => unknown } = {},
): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > max) throw validatie(field, `must contain at most ${max} values`);
  if (!uniek) return [...values];
  const seen = new Set<unknown>();
  return values.filter((v) => {
    const k = sleutel ? sleutel(v) : v;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Collects the failures of independent checks so one call reports every invalid field at once
 * (a client fixes a form in one round trip). `check(() => ...)` runs one check and returns its value,
 * or undefined when it failed; `done()` throws one VALIDATIE listing all failures. Checks that depend
 * on an earlier value run only when that value is there. Anything but VALIDATIE passes through.
 */
export class ValidationCollector {
  private readonly fouten: FieldError[] = [];

  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      const fouten = fieldErrorsOf(error);
      if (fouten.length === 0) throw error;
      this.fouten.push(...fouten);
      return undefined;
    }
  }

  /** Records a failure found without a check function. */
  fail(field: string, message: string): void {
    this.fouten.push({ field, message });
  }

  get failed(): boolean {
    return this.fouten.length > 0;
  }

  /** Throws VALIDATIE with every recorded failure; returns when there was none. */
  done(): void {
    if (this.fouten.length > 0) throw validatieFouten(this.fouten);
  }
}
