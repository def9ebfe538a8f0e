import type { EntityManager } from 'typeorm';
import { MeldingService, vergrendelMelding, type MeldingRow } from '@vt/casus';
import { nietGevonden, validatie, vereisVersie } from '@vt/platform';
import { datumInNederland, datumVan, type Datum } from '@vt/werkdagen';

export function vandaag(): Datum {
  return datumInNederland(new Date());
}

/** A date input, defaulting to today; never in the future and never before a given date. */
export function datumNietInToekomst(field: string, value: Date | null | undefined, nietVoor?: { datum: Datum; wat: string }): Datum {
  const datum = value ? datumVan(value) : vandaag();
  if (datum > vandaag()) throw validatie(field, 'must not lie in the future');
  if (nietVoor && datum < nietVoor.datum) throw validatie(field, `must not lie before ${nietVoor.wat} (${nietVoor.datum})`);
  return datum;
}

/** The melding to change: visible to the caller, at the version the caller read. */
export async function meldingVoorWijziging(m: EntityManager, meldingen: MeldingService, id: string, versie: number): Promise<MeldingRow> {
  const melding = await meldingen.leesZichtbaar(m, id);
  if (!melding) throw nietGevonden('Melding');
  vereisVersie('The melding', melding.version, versie);
  // Lock it for the rest of the transaction, so two changes cannot both pass the version check.
  const current = await vergrendelMelding(m, id);
  if (current === null) throw nietGevonden('Melding');
  vereisVersie('The melding', current, versie);
  return melding;
}
