import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Actor } from './actor.js';
import { REGIO_ROLLEN, type Rol } from './rol.js';

export type Action = 'read' | 'create' | 'update' | 'delete' | 'manage';

/**
 * What a permission is about.
 * - Case subjects hold personal data: reachable only with a region role and a tenant.
 * - Bsn and Contactgegevens are field-level subjects: who may see a BSN or a melder's phone/e-mail.
 * - Regio and Benchmark hold no personal data.
 */
export type Subject =
  | 'Organisatie'
  | 'Casus'
  | 'Intake'
  | 'Beoordeling'
  | 'MultidisciplinaireToetsing'
  | 'Interventie'
  | 'Terugkoppeling'
  | 'Toewijzing'
  | 'Dossier'
  | 'Document'
  | 'Journaal'
  | 'Inzage'
  | 'Bsn'
  | 'Contactgegevens'
  | 'Instellingen'
  | 'Toegangslog'
  | 'Tijdregistratie'
  | 'Formatie'
  | 'Begroting'
  | 'Scenario'
  | 'Formatieberekening'
  | 'Bereikbaarheidsrooster'
  | 'Clientrecht'
  | 'Rapportage'
  | 'BenchmarkBeheer'
  | 'Achtergrondtaak'
  | 'Regio'
  | 'Benchmark'
  | 'all';

export const CASE_SUBJECTS: readonly Subject[] = [
  'Organisatie',
  'Casus',
  'Intake',
  'Beoordeling',
  'MultidisciplinaireToetsing',
  'Interventie',
  'Terugkoppeling',
  'Toewijzing',
  'Dossier',
  'Document',
  'Journaal',
  'Inzage',
  'Bsn',
  'Contactgegevens',
  'Instellingen',
  'Toegangslog',
  'Tijdregistratie',
  'Formatie',
  'Begroting',
  'Scenario',
  'Formatieberekening',
  'Bereikbaarheidsrooster',
  'Clientrecht',
  'Rapportage',
];

export type AppAbility = MongoAbility<[Action, Subject]>;

const CASEWORKERS: Rol[] = ['medewerker', 'gedragswetenschapper', 'vertrouwensarts', 'teammanager'];

/** Builds the caller's ability from the roles in the verified token. Deny by default. */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const has = (...rollen: Rol[]) => actor.rollen.some((rol) => rollen.includes(rol));
  const regionMember = Boolean(actor.tenantId) && has(...REGIO_ROLLEN);

  if (regionMember) {
    can('read', 'Organisatie');
    can('read', 'Regio');
    can('read', 'Benchmark');
    can('read', 'Instellingen');
    if (has(...CASEWORKERS, 'administratief-medewerker')) {
      can('read', 'Casus');
      can('create', 'Terugkoppeling');
      can(['read', 'create', 'update'], 'Document');
      // The journal: caseworkers write their contacts; the secretariaat registers the calls and
      // letters it handles (it already registers meldingen and terugkoppelingen).
      can(['read', 'create'], 'Journaal');
    }
    if (has('medewerker', 'administratief-medewerker', 'gedragswetenschapper', 'vertrouwensarts')) can('create', 'Intake');
    // Correcting recorded case data (persons, meldingen, betrokkenen) and reading its history.
    if (has(...CASEWORKERS, 'administratief-medewerker')) can(['read', 'update'], 'Dossier');
    // Inzage and afschrift for a person (AVG art. 15): who may read the dossier, and the functioneel-beheerder and privacyfunctionaris who handle requests.
    if (has(...CASEWORKERS, 'administratief-medewerker', 'functioneel-beheerder', 'privacyfunctionaris')) can('create', 'Inzage');
    if (has(...CASEWORKERS)) {
      can(['create', 'update'], 'Beoordeling');
      can(['create', 'update'], 'Interventie');
    }
    if (has('gedragswetenschapper', 'vertrouwensarts')) can('create', 'MultidisciplinaireToetsing');
    if (has('teammanager')) can('update', 'Toewijzing');
    // Field level: only the roles that need them see a BSN or a melder's contact details.
    if (has('medewerker', 'administratief-medewerker', 'vertrouwensarts')) can('read', 'Bsn');
    if (has('medewerker', 'administratief-medewerker')) can('read', 'Contactgegevens');
    // Everyone books their own hours; the capacity model is open to every region role for what-if work.
    can('create', 'Tijdregistratie');
    can('read', 'Formatieberekening');
    // Everyone must be able to see who is on call; teammanagers and the functioneel-beheerder plan the rooster.
    can('read', 'Bereikbaarheidsrooster');
    if (has('teammanager', 'functioneel-beheerder')) {
      can('read', ['Tijdregistratie', 'Formatie', 'Begroting', 'Scenario']);
      can('update', 'Bereikbaarheidsrooster');
      // The region's own reports (kwartaalrapportage, CBS beleidsinformatie): aggregates of the region, no case content.
      can('read', 'Rapportage');
    }
    // The verzoeken of betrokkenen (AVG) and the klachtenregister: handled by the privacy officer and the functioneel-beheerder.
    if (has('functioneel-beheerder', 'privacyfunctionaris')) can(['read', 'create', 'update'], 'Clientrecht');
    if (has('functioneel-beheerder')) {
      // Participation, freezing periods and recomputing the own region's figures.
      can(['read', 'update', 'create'], 'BenchmarkBeheer');
      // Failed background jobs of the own region: see them and retry them.
      can(['read', 'update'], 'Achtergrondtaak');
      can('update', 'Instellingen');
      can('read', 'Toegangslog');
      // Producing and downloading the CBS delivery file (one pseudonymised row per advies and melding).
      can('create', 'Rapportage');
      can(['update', 'manage'], ['Tijdregistratie', 'Formatie', 'Begroting', 'Scenario']);
    }
  }
  if (has('landelijk-analist')) {
    can('read', 'Regio');
    can('read', 'Benchmark');
    // May recompute every participating region's aggregates; never sees a case.
    can('read', 'BenchmarkBeheer');
    can('create', 'BenchmarkBeheer');
    // Explicit, so no later rule can hand a national analyst a case file.
    cannot('manage', [...CASE_SUBJECTS]);
  }
  return build();
}
