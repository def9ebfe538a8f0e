import { validatieFouten, type FieldError } from '@vt/platform';
import type { WijzigInstellingenInput } from './instellingen.types.js';

/** The allowed range of each optional term and norm of WijzigInstellingenInput (the table's CHECKs say the same). */
export const INSTELLING_GRENZEN = {
  beoordelingWerkdagen: [1, 20],
  interventieStartWerkdagen: [1, 20],
  interventieWeken: [1, 26],
  terugkoppelingWerkdagen: [1, 30],
  signaalWerkdagen: [0, 20],
  normBeoordelingTijdigPct: [0, 100],
  normInterventieTijdigPct: [0, 100],
  normMonitoringVoldoendePct: [0, 100],
} as const satisfies Partial<Record<keyof WijzigInstellingenInput, readonly [number, number]>>;

/** Refuses a term or norm out of range with VALIDATIE naming every such field, before anything is written. */
export function valideerInstellingen(input: WijzigInstellingenInput): void {
  const fouten: FieldError[] = [];
  for (const [veld, [min, max]] of Object.entries(INSTELLING_GRENZEN) as [keyof typeof INSTELLING_GRENZEN, readonly [number, number]][]) {
    const waarde = input[veld];
    if (waarde != null && (waarde < min || waarde > max)) fouten.push({ field: veld, message: `must be between ${min} and ${max}` });
  }
  if (fouten.length > 0) throw validatieFouten(fouten);
}
