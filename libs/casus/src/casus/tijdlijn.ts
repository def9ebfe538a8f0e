import type { EntityManager } from 'typeorm';
import { schrijfOutbox } from '@vt/database';
import { QUEUE, defineEnum } from '@vt/platform';

export const TijdlijnSoort = defineEnum(
  {
    MELDING_ONTVANGEN: 'MELDING_ONTVANGEN',
    ADVIES_OMGEZET: 'ADVIES_OMGEZET',
    TOEGEWEZEN: 'TOEGEWEZEN',
    BESLUIT_VOORGESTELD: 'BESLUIT_VOORGESTELD',
    MULTIDISCIPLINAIR_GETOETST: 'MULTIDISCIPLINAIR_GETOETST',
    BESLUIT_VASTGESTELD: 'BESLUIT_VASTGESTELD',
    BESLUIT_AFGEWEZEN: 'BESLUIT_AFGEWEZEN',
    INTERVENTIE_GESTART: 'INTERVENTIE_GESTART',
    PLANNEN_VASTGELEGD: 'PLANNEN_VASTGELEGD',
    INTERVENTIE_AFGESLOTEN: 'INTERVENTIE_AFGESLOTEN',
    OVERDRACHT_GEREGISTREERD: 'OVERDRACHT_GEREGISTREERD',
    OVERDRACHT_GEPLAND: 'OVERDRACHT_GEPLAND',
    OVERDRACHT_UITGEVOERD: 'OVERDRACHT_UITGEVOERD',
    MONITORING_UITGEVOERD: 'MONITORING_UITGEVOERD',
    TERUGKOPPELING: 'TERUGKOPPELING',
    HUISVERBOD: 'HUISVERBOD',
    HUISVERBOD_VERLENGD: 'HUISVERBOD_VERLENGD',
    CRISISINTERVENTIE: 'CRISISINTERVENTIE',
    MELDING_AFGESLOTEN: 'MELDING_AFGESLOTEN',
  } as const,
  'TijdlijnSoort',
  'Kind of event on the timeline of a casus.',
  {
    MELDING_ONTVANGEN: 'A melding was received and linked to the casus.',
    ADVIES_OMGEZET: 'An advies was converted into this melding.',
    TOEGEWEZEN: 'Work was assigned to a medewerker or team.',
    BESLUIT_VOORGESTELD: 'A besluit of the veiligheidsbeoordeling was proposed.',
    MULTIDISCIPLINAIR_GETOETST: 'A gedragswetenschapper or vertrouwensarts reviewed the besluit.',
    BESLUIT_VASTGESTELD: 'A colleague confirmed the besluit (intercollegiale toetsing).',
    BESLUIT_AFGEWEZEN: 'A colleague did not confirm the besluit.',
    INTERVENTIE_GESTART: 'An onderzoek or V&V started.',
    PLANNEN_VASTGELEGD: 'Veiligheidsplan or herstelplan recorded.',
    INTERVENTIE_AFGESLOTEN: 'An onderzoek or V&V was closed.',
    OVERDRACHT_GEREGISTREERD: 'An overdracht to a partner was registered.',
    OVERDRACHT_GEPLAND: 'A date for the overdracht was agreed.',
    OVERDRACHT_UITGEVOERD: 'The casus was handed over.',
    MONITORING_UITGEVOERD: 'A monitoring contact took place.',
    TERUGKOPPELING: 'The melder was informed.',
    HUISVERBOD: 'A tijdelijk huisverbod was registered.',
    HUISVERBOD_VERLENGD: 'A tijdelijk huisverbod was extended.',
    CRISISINTERVENTIE: 'A crisisinterventie was registered.',
    MELDING_AFGESLOTEN: 'A melding was closed.',
  },
);
export type TijdlijnSoort = (typeof TijdlijnSoort)[keyof typeof TijdlijnSoort];

export interface Gebeurtenis {
  casusId: string;
  soort: TijdlijnSoort;
  omschrijving: string;
  objectType: string;
  objectId: string;
  door: string;
}

/**
 * Writes events on the casus timeline in the same transaction as the change. Every such change can
 * move a deadline, so it also asks (through the outbox) for the region's deadline tasks to be
 * recomputed for that casus; the relay coalesces bursts into one job.
 */
export async function schrijfTijdlijn(m: EntityManager, ...gebeurtenissen: Gebeurtenis[]): Promise<void> {
  if (gebeurtenissen.length === 0) return;
  await m.query(
    `INSERT INTO tijdlijn_gebeurtenis (casus_id, soort, omschrijving, object_type, object_id, door)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[])`,
    [
      gebeurtenissen.map((g) => g.casusId),
      gebeurtenissen.map((g) => g.soort),
      gebeurtenissen.map((g) => g.omschrijving),
      gebeurtenissen.map((g) => g.objectType),
      gebeurtenissen.map((g) => g.objectId),
      gebeurtenissen.map((g) => g.door),
    ],
  );
  for (const casusId of new Set(gebeurtenissen.map((g) => g.casusId))) await schrijfOutbox(m, QUEUE.DEADLINES, 'herbereken', { casusId });
}
