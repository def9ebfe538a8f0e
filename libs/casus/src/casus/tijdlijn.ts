import type { EntityManager } from 'typeorm';
import { kysely } from '@vt/database';
import { defineEnum } from '@vt/platform';

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
    HUISVERBOD_BEEINDIGD: 'HUISVERBOD_BEEINDIGD',
    HUISVERBOD_CASUSREGIE_GESTART: 'HUISVERBOD_CASUSREGIE_GESTART',
    HUISVERBOD_CASUSREGIE_BEEINDIGD: 'HUISVERBOD_CASUSREGIE_BEEINDIGD',
    CRISISINTERVENTIE: 'CRISISINTERVENTIE',
    MELDING_AFGESLOTEN: 'MELDING_AFGESLOTEN',
    MELDING_GEWIJZIGD: 'MELDING_GEWIJZIGD',
    PERSOON_GEWIJZIGD: 'PERSOON_GEWIJZIGD',
    DOCUMENT_TOEGEVOEGD: 'DOCUMENT_TOEGEVOEGD',
    DOCUMENT_INGETROKKEN: 'DOCUMENT_INGETROKKEN',
    VOORWAARDE_VASTGELEGD: 'VOORWAARDE_VASTGELEGD',
    VOORWAARDE_BEOORDEELD: 'VOORWAARDE_BEOORDEELD',
    JOURNAALREGEL: 'JOURNAALREGEL',
    CASUS_SAMENGEVOEGD: 'CASUS_SAMENGEVOEGD',
    BEWAARPLICHT: 'BEWAARPLICHT',
    CASUS_GESPLITST: 'CASUS_GESPLITST',
    RADAR_MATCH_ONGEDAAN: 'RADAR_MATCH_ONGEDAAN',
    GESCREEND: 'GESCREEND',
    KENNISGEVING_GEDAAN: 'KENNISGEVING_GEDAAN',
    KENNISGEVING_NIET_GEDAAN: 'KENNISGEVING_NIET_GEDAAN',
    POLITIE_KENNISGEVING_VEREIST: 'POLITIE_KENNISGEVING_VEREIST',
    VERZOEK_TOT_ONDERZOEK: 'VERZOEK_TOT_ONDERZOEK',
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
    HUISVERBOD_BEEINDIGD: 'The end of a tijdelijk huisverbod was recorded (afgelopen, ingetrokken or vernietigd).',
    HUISVERBOD_CASUSREGIE_GESTART: 'Veilig Thuis started the casusregie during a tijdelijk huisverbod.',
    HUISVERBOD_CASUSREGIE_BEEINDIGD: 'The casusregie of a tijdelijk huisverbod ended.',
    CRISISINTERVENTIE: 'A crisisinterventie was registered.',
    MELDING_AFGESLOTEN: 'A melding was closed.',
    MELDING_GEWIJZIGD: 'Recorded data of a melding was corrected or enriched (see wijzigingen).',
    PERSOON_GEWIJZIGD: 'Recorded data of a person of the casus was corrected or enriched (see wijzigingen).',
    DOCUMENT_TOEGEVOEGD: 'A document was added to the dossier.',
    DOCUMENT_INGETROKKEN: 'A document was withdrawn.',
    VOORWAARDE_VASTGELEGD: 'A veiligheidsvoorwaarde was agreed for an onderzoek or V&V.',
    VOORWAARDE_BEOORDEELD: 'A veiligheidsvoorwaarde was checked (nagekomen, niet nagekomen or vervallen).',
    JOURNAALREGEL: 'A journal entry was registered or corrected (the text itself is in the journal).',
    CASUS_SAMENGEVOEGD: 'Two casussen turned out to be one family and were merged.',
    BEWAARPLICHT:
      'A legal hold (bewaarplicht) was set on or lifted from the casus: it is not destroyed after its bewaartermijn while held.',
    CASUS_GESPLITST: 'Meldingen of the casus concern another family and moved to a casus of their own.',
    RADAR_MATCH_ONGEDAAN: 'A betrokkene had been matched to the wrong known person; the match was undone.',
    GESCREEND: 'The melding was screened for acute onveiligheid (acuut: to the crisis team first).',
    KENNISGEVING_GEDAAN: 'A statutory notification (betrokkenen, politie, Raad, college van B&W) was recorded as done.',
    KENNISGEVING_NIET_GEDAAN: 'A statutory notification was recorded as not done, with the reason (e.g. safety).',
    POLITIE_KENNISGEVING_VEREIST: 'A medewerker recorded that the police must be informed, with the reason.',
    VERZOEK_TOT_ONDERZOEK: 'A verzoek tot onderzoek was sent to the Raad voor de Kinderbescherming.',
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
 * Inserts events on the casus timeline, in the caller's transaction. Only the timeline: casework
 * changes go through CasusChangeRecorder, which adds the access-log entry and the deadline recompute.
 */
export async function insertTijdlijn(m: EntityManager, gebeurtenissen: Gebeurtenis[]): Promise<void> {
  if (gebeurtenissen.length === 0) return;
  await kysely(m)
    .insertInto('tijdlijn_gebeurtenis')
    .values(
      gebeurtenissen.map((g) => ({
        casus_id: g.casusId,
        soort: g.soort,
        omschrijving: g.omschrijving,
        object_type: g.objectType,
        object_id: g.objectId,
        door: g.door,
      })),
    )
    .execute();
}
