import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Actor } from './actor.js';
import { REGIO_ROLLEN, type Rol } from './rol.js';

export type Action = 'read' | 'create' | 'update' | 'delete' | 'manage';

/**
 * What a permission is about. Case subjects hold personal data and are reachable only with a
 * region role and a tenant; aggregate subjects (Regio, Benchmark) hold no personal data.
 */
export type Subject = 'Organisatie' | 'Regio' | 'Benchmark' | 'Casus' | 'Toegangslog' | 'all';

export const CASE_SUBJECTS: readonly Subject[] = ['Organisatie', 'Casus', 'Toegangslog'];

export type AppAbility = MongoAbility<[Action, Subject]>;

function hasRole(actor: Actor, ...rollen: Rol[]): boolean {
  return actor.rollen.some((rol) => rollen.includes(rol));
}

/** Builds the caller's ability from the roles in the verified token. Deny by default. */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const regionMember = Boolean(actor.tenantId) && hasRole(actor, ...REGIO_ROLLEN);

  if (regionMember) {
    can('read', 'Organisatie');
    can('read', 'Regio');
    can('read', 'Benchmark');
    if (hasRole(actor, 'medewerker', 'gedragswetenschapper', 'vertrouwensarts', 'teammanager', 'administratief-medewerker')) {
      can(['read', 'create', 'update'], 'Casus');
    }
    if (hasRole(actor, 'functioneel-beheerder')) can('read', 'Toegangslog');
  }
  if (hasRole(actor, 'landelijk-analist')) {
    can('read', 'Regio');
    can('read', 'Benchmark');
    // Explicit, so no later rule can hand a national analyst a case file.
    cannot('manage', [...CASE_SUBJECTS]);
  }
  return build();
}
