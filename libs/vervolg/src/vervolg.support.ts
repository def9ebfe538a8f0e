import type { EntityManager } from 'typeorm';
import { MeldingService, type MeldingRow } from '@vt/casus';
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
  await m.query(`SELECT 1 FROM melding WHERE id = $1 FOR UPDATE`, [id]);
  const [current] = (await m.query(`SELECT version FROM melding WHERE id = $1`, [id])) as { version: number }[];
  vereisVersie('The melding', current!.version, versie);
  return melding;
}

/** Closes the casus when none of its meldingen is still in progress. */
export async function sluitCasusAlsKlaar(m: EntityManager, casusId: string): Promise<void> {
  await m.query(
    `UPDATE casus SET status = 'GESLOTEN', gesloten_op = now(), updated_at = now(), version = version + 1
     WHERE id = $1 AND status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM melding WHERE casus_id = $1 AND fase <> 'AFGESLOTEN')`,
    [casusId],
  );
}
