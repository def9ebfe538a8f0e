import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { isUuid, validatie } from '@vt/platform';
import type { BereikbaarheidContactInput } from './bereikbaarheidscontact.types.js';

/** A checked link to the on-call shift: ready to be recorded once the advies or melding exists. */
export interface GeldigBereikbaarheidContact {
  dienstId: string;
  medewerkerId: string;
}

/**
 * Checks an out-of-hours contact before anything is written: the shift exists in the region and
 * covers the moment the contact came in, and the medewerker (default: the caller) is on call in it.
 */
export async function vereisBereikbaarheid(
  m: EntityManager,
  input: BereikbaarheidContactInput,
  ontvangenOp: Date,
  userId: string,
): Promise<GeldigBereikbaarheidContact> {
  const dienst = isUuid(input.dienstId)
    ? await kysely(m)
        .selectFrom('bereikbaarheidsdienst')
        .select(['id', 'begin', 'eind'])
        .where('id', '=', input.dienstId)
        .executeTakeFirst()
    : undefined;
  if (!dienst) throw validatie('bereikbaarheid.dienstId', 'is not a shift of the bereikbaarheidsdienst of your region');
  if (ontvangenOp.getTime() < dienst.begin.getTime() || ontvangenOp.getTime() >= dienst.eind.getTime())
    throw validatie('bereikbaarheid.dienstId', 'the shift does not cover ontvangenOp');
  const opDienst = kysely(m)
    .selectFrom('bereikbaarheidsdienst_medewerker as bm')
    .select('bm.medewerker_id')
    .where('bm.dienst_id', '=', dienst.id);
  if (input.medewerkerId) {
    const found = isUuid(input.medewerkerId)
      ? await opDienst.where('bm.medewerker_id', '=', input.medewerkerId).executeTakeFirst()
      : undefined;
    if (!found) throw validatie('bereikbaarheid.medewerkerId', 'is not on call in this shift');
    return { dienstId: dienst.id, medewerkerId: found.medewerker_id };
  }
  const zelf = await opDienst
    .innerJoin('medewerker as md', 'md.id', 'bm.medewerker_id')
    .where('md.gebruiker_id', '=', userId)
    .executeTakeFirst();
  if (!zelf)
    throw validatie('bereikbaarheid.medewerkerId', 'you are not on call in this shift; name the on-call medewerker who took the contact');
  return { dienstId: dienst.id, medewerkerId: zelf.medewerker_id };
}

/** Records the out-of-hours contact with its shift, in the registration's transaction. */
export async function legBereikbaarheidVast(
  m: EntityManager,
  contact: GeldigBereikbaarheidContact,
  ontvangenOp: Date,
  userId: string,
  doel: { meldingId: string } | { adviesId: string },
): Promise<void> {
  await kysely(m)
    .insertInto('bereikbaarheidscontact')
    .values({
      dienst_id: contact.dienstId,
      medewerker_id: contact.medewerkerId,
      melding_id: 'meldingId' in doel ? doel.meldingId : null,
      advies_id: 'adviesId' in doel ? doel.adviesId : null,
      ontvangen_op: ontvangenOp,
      geregistreerd_door: userId,
    })
    .execute();
}
