import { Injectable } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ToegangslogService } from '@vt/toegangslog';
import { isUuid, nietGevonden, validatie } from '@vt/platform';
import { DocumentService } from '../document/document.service.js';
import { casusTeamFilter, journaalTeamFilter, persoonTeamFilter, teamFilter, wijzigingTeamFilter } from '../melding/werk-filter.js';
import { afschermingenVan, MELDER_LABEL, redigeer, rolLabel, type Afscherming } from './inzage-redactie.js';
import { renderInzage, type InzageInhoud } from './inzage.pdf.js';
import type { InzageAfschrift } from './inzage.types.js';

/** History fields whose values follow the BSN rule, the contact-details rule, and that name the melder. */
const BSN_VELDEN = new Set(['bsn']);
const CONTACT_VELDEN = new Set(['telefoon', 'email', 'melderTelefoon', 'melderEmail']);
const MELDER_VELDEN = new Set(['melderNaam', 'melderFunctie', 'melderTelefoon', 'melderEmail', 'melderOrganisatie']);

/**
 * Inzage and afschrift for one person (AVG art. 15, issue 16 point 2): everything the caller can see
 * about the person, with everyone else redacted. Other betrokkenen appear as a role label; the melder
 * of a melding that is anonymous or shielded by a recorded decision does not appear at all; contact
 * details of others and the melder never appear. Free texts (summaries, journal entries, history
 * values, document titles) are included with the recorded names, BSNs and contact details of others
 * (and of a shielded melder) replaced by their label. The export is an EXPORT in the access log and
 * is stored as two INZAGE documents (PDF and JSON) on the person's most recent casus.
 */
@Injectable()
export class InzageService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly log: ToegangslogService,
    private readonly documenten: DocumentService,
  ) {}

  async maak(persoonId: string, verzoekId: string | null = null): Promise<InzageAfschrift> {
    if (verzoekId !== null && !isUuid(verzoekId)) throw validatie('verzoekId', 'is not an id');
    const { inhoud, casusId } = await this.verzamel(persoonId, verzoekId);
    const json = JSON.stringify(inhoud, null, 2);
    const pdf = await renderInzage(inhoud, this.current.actor.naam);
    const datum = inhoud.gemaaktOp.slice(0, 10);
    const pdfDoc = await this.documenten.upload(
      {
        casusId,
        meldingId: null,
        persoonId,
        verzoekId,
        soort: 'INZAGE',
        titel: `Inzage en afschrift ${datum}`,
        bestandsnaam: `inzage-${datum}.pdf`,
        contentType: 'application/pdf',
        declaredLength: pdf.length,
      },
      [pdf],
    );
    const bytes = Buffer.from(json, 'utf8');
    const jsonDoc = await this.documenten.upload(
      {
        casusId,
        meldingId: null,
        persoonId,
        verzoekId,
        soort: 'INZAGE',
        titel: `Inzage en afschrift ${datum} (JSON)`,
        bestandsnaam: `inzage-${datum}.json`,
        contentType: 'text/plain',
        declaredLength: bytes.length,
      },
      [bytes],
    );
    return {
      documentId: pdfDoc.id,
      jsonDocumentId: jsonDoc.id,
      casusId,
      json,
      aantalMeldingen: inhoud.meldingen.length,
      aantalCasussen: inhoud.casussen.length,
      aantalJournaalregels: inhoud.journaal.length,
      aantalDocumenten: inhoud.documenten.length,
      aantalWijzigingen: inhoud.wijzigingen.length,
    };
  }

  /** Reads and redacts everything in one transaction, with the EXPORT entry in the access log. */
  private verzamel(persoonId: string, verzoekId: string | null): Promise<{ inhoud: InzageInhoud; casusId: string }> {
    const actor = this.current.actor;
    const ability = this.current.ability;
    return this.db.run(async (m) => {
      const db = kysely(m);
      const instellingen = await this.instellingen.lees(m);
      const persoon = isUuid(persoonId)
        ? await db
            .selectFrom('persoon as p')
            .select([
              'p.id',
              'p.naam',
              'p.bsn',
              'p.geboortedatum',
              'p.geslacht',
              'p.woonplaats',
              'p.gemeente_code',
              'p.telefoon',
              'p.email',
            ])
            .where('p.id', '=', persoonId)
            .where(persoonTeamFilter(instellingen, actor))
            .executeTakeFirst()
        : undefined;
      if (!persoon) throw nietGevonden('Persoon');
      if (verzoekId !== null) {
        const verzoek = await db
          .selectFrom('verzoek')
          .select('id')
          .where('id', '=', verzoekId)
          .where('persoon_id', '=', persoon.id)
          .where('soort', 'in', ['INZAGE', 'AFSCHRIFT'])
          .executeTakeFirst();
        if (!verzoek) throw validatie('verzoekId', 'is not an inzage or afschrift request about this person');
      }

      const casussen = await db
        .selectFrom('casus_betrokkene as cb')
        .innerJoin('casus as c', 'c.id', 'cb.casus_id')
        .select(['c.id', 'c.nummer', 'c.status', 'c.created_at', 'cb.sinds', 'cb.beeindigd_op'])
        .where('cb.persoon_id', '=', persoon.id)
        .where(casusTeamFilter(instellingen, actor))
        .orderBy('c.created_at', 'desc')
        .orderBy('c.id', 'desc')
        .execute();
      // The documents go on the most recent casus that still lives (a merged one lives on in another).
      const doel = casussen.find((c) => c.status !== 'SAMENGEVOEGD') ?? casussen[0];
      if (!doel) throw nietGevonden('Persoon');
      const casusIds = casussen.map((c) => c.id);

      const meldingen = await db
        .selectFrom('melding_betrokkene as mb')
        .innerJoin('melding as m', 'm.id', 'mb.melding_id')
        .select([
          'm.id',
          'm.casus_id',
          'm.nummer',
          'm.ontvangstdatum',
          'm.classificatie',
          'm.fase',
          'm.samenvatting',
          'm.afweging_toelichting',
          'm.melder_naam',
          'm.melder_functie',
          'm.melder_organisatie',
          'm.melder_telefoon',
          'm.melder_email',
          'm.melder_anoniem',
          'm.melder_afgeschermd',
          'mb.rol',
          'mb.beeindigd_op',
        ])
        .where('mb.persoon_id', '=', persoon.id)
        .where(teamFilter(instellingen, actor))
        .orderBy('m.ontvangstdatum')
        .orderBy('m.nummer')
        .execute();
      const meldingIds = meldingen.map((md) => md.id);

      // Everyone else in the person's meldingen and casussen: what must not appear.
      const anderen = meldingIds.length
        ? await db
            .selectFrom('melding_betrokkene as mb')
            .innerJoin('persoon as p', 'p.id', 'mb.persoon_id')
            .select(['mb.melding_id', 'mb.rol', 'p.id', 'p.naam', 'p.bsn', 'p.telefoon', 'p.email'])
            .where('mb.melding_id', 'in', meldingIds)
            .where('mb.persoon_id', '!=', persoon.id)
            .execute()
        : [];
      const casusAnderen = casusIds.length
        ? await db
            .selectFrom('casus_betrokkene as cb')
            .innerJoin('persoon as p', 'p.id', 'cb.persoon_id')
            .select(['cb.casus_id', 'p.id', 'p.naam', 'p.bsn', 'p.telefoon', 'p.email'])
            .where('cb.casus_id', 'in', casusIds)
            .where('cb.persoon_id', '!=', persoon.id)
            .execute()
        : [];
      const labelVan = new Map<string, string>();
      for (const a of anderen) if (!labelVan.has(a.id)) labelVan.set(a.id, rolLabel(a.rol));
      const afschermingen: Afscherming[] = [];
      for (const a of [...anderen, ...casusAnderen])
        afschermingen.push(...afschermingenVan(a, labelVan.get(a.id) ?? '[betrokkene]', persoon.naam));
      const melderAf = (md: (typeof meldingen)[number]) => md.melder_anoniem || md.melder_afgeschermd;
      for (const md of meldingen) {
        // A melder's contact details are never part of someone else's inzage; a shielded melder's name neither.
        for (const waarde of [md.melder_telefoon, md.melder_email]) if (waarde) afschermingen.push({ tekst: waarde, label: MELDER_LABEL });
        if (melderAf(md)) {
          afschermingen.push(
            ...afschermingenVan({ naam: md.melder_naam, bsn: null, telefoon: null, email: null }, MELDER_LABEL, persoon.naam),
          );
          if (md.melder_functie) afschermingen.push({ tekst: md.melder_functie, label: MELDER_LABEL });
        }
      }
      const rood = (tekst: string | null) => (tekst === null ? null : redigeer(tekst, afschermingen));

      const journaal = casusIds.length
        ? await db
            .selectFrom('journaalregel as j')
            .innerJoin('journaalregel_betrokkene as jb', 'jb.journaalregel_id', 'j.id')
            .select(['j.id', 'j.soort', 'j.contact_op', 'j.tekst', 'j.auteur_naam', 'j.reden'])
            .where('jb.persoon_id', '=', persoon.id)
            .where('j.casus_id', 'in', casusIds)
            // The current version only: a corrected entry is replaced by its correction.
            .where(({ not, exists, selectFrom }) =>
              not(exists(selectFrom('journaalregel as v').select('v.id').whereRef('v.vervangt_id', '=', 'j.id'))),
            )
            .where(journaalTeamFilter(instellingen, actor))
            .orderBy('j.contact_op')
            .orderBy('j.id')
            .execute()
        : [];

      const documenten = casusIds.length
        ? await db
            .selectFrom('document as d')
            .select(['d.titel', 'd.soort', 'd.created_at', 'd.status'])
            .where('d.casus_id', 'in', casusIds)
            .where('d.status', '!=', 'UPLOADEN')
            .where((eb) => eb.or([eb('d.melding_id', 'is', null), eb('d.melding_id', 'in', meldingIds.length ? meldingIds : [persoon.id])]))
            .orderBy('d.created_at')
            .orderBy('d.id')
            .execute()
        : [];

      const wijzigingen = await db
        .selectFrom('wijziging as w')
        .select(['w.object_type', 'w.object_id', 'w.persoon_id', 'w.veld', 'w.oud', 'w.nieuw', 'w.reden', 'w.door_naam', 'w.op'])
        .where((eb) =>
          eb.or([
            eb.and([eb('w.object_type', '=', 'Persoon'), eb('w.persoon_id', '=', persoon.id)]),
            // Changes of the person's meldingen, but not of another betrokkene's part in them.
            ...(meldingIds.length
              ? [
                  eb.and([
                    eb('w.object_type', '=', 'Melding'),
                    eb('w.object_id', 'in', meldingIds),
                    eb.or([eb('w.persoon_id', 'is', null), eb('w.persoon_id', '=', persoon.id)]),
                  ]),
                ]
              : []),
          ]),
        )
        .where(wijzigingTeamFilter(instellingen, actor))
        .orderBy('w.op')
        .execute();

      const bsn = ability.can('read', 'Bsn');
      const contact = ability.can('read', 'Contactgegevens');
      const melderAfVoorMelding = new Map(meldingen.map((md) => [md.id, melderAf(md)]));
      const waarde = (v: unknown): unknown => (typeof v === 'string' ? redigeer(v, afschermingen) : v);
      const inhoud: InzageInhoud = {
        gemaaktOp: new Date().toISOString(),
        gemaaktDoor: actor.naam,
        toelichting:
          'Afschrift van wat het Veilig Thuis-platform over deze persoon vastlegt. Andere betrokkenen staan er alleen met hun rol in; een melder die anoniem wil blijven of van wie is vastgelegd dat bekendmaking iemand in gevaar brengt, staat er niet in. In vrije teksten zijn de vastgelegde namen, BSN en contactgegevens van anderen vervangen door een label. De inhoud van geüploade documenten is niet opgenomen.',
        persoon: {
          naam: persoon.naam,
          geboortedatum: persoon.geboortedatum,
          bsn: bsn ? persoon.bsn : null,
          geslacht: persoon.geslacht,
          woonplaats: persoon.woonplaats,
          gemeenteCode: persoon.gemeente_code,
          telefoon: contact ? persoon.telefoon : null,
          email: contact ? persoon.email : null,
        },
        meldingen: meldingen.map((md) => ({
          nummer: md.nummer,
          ontvangstdatum: md.ontvangstdatum,
          classificatie: md.classificatie,
          fase: md.fase,
          eigenRol: md.rol,
          betrokkenheidBeeindigd: md.beeindigd_op !== null,
          samenvatting: rood(md.samenvatting),
          afwegingToelichting: rood(md.afweging_toelichting),
          melder: melderAf(md) ? null : { naam: md.melder_naam, functie: md.melder_functie, organisatie: md.melder_organisatie },
          melderAfgeschermd: melderAf(md),
          andereBetrokkenen: anderen.filter((a) => a.melding_id === md.id).map((a) => rolLabel(a.rol)),
        })),
        casussen: casussen.map((c) => ({
          nummer: c.nummer,
          status: c.status,
          betrokkeneSinds: c.sinds.toISOString(),
          betrokkenheidBeeindigd: c.beeindigd_op !== null,
          andereBetrokkenen: casusAnderen.filter((a) => a.casus_id === c.id).map((a) => labelVan.get(a.id) ?? '[betrokkene]'),
        })),
        journaal: journaal.map((j) => ({
          soort: j.soort,
          contactOp: j.contact_op.toISOString(),
          tekst: redigeer(j.tekst, afschermingen),
          auteur: j.auteur_naam,
          correctieReden: rood(j.reden),
        })),
        documenten: documenten.map((d) => ({
          titel: redigeer(d.titel, afschermingen),
          soort: d.soort,
          datum: d.created_at.toISOString(),
          status: d.status,
        })),
        wijzigingen: wijzigingen
          .filter((w) => !(w.object_type === 'Melding' && MELDER_VELDEN.has(w.veld) && melderAfVoorMelding.get(w.object_id)))
          .filter((w) => !(w.object_type === 'Melding' && CONTACT_VELDEN.has(w.veld)))
          .map((w) => {
            const zichtbaar = (!BSN_VELDEN.has(w.veld) || bsn) && (!CONTACT_VELDEN.has(w.veld) || contact);
            return {
              op: w.op.toISOString(),
              over: w.object_type,
              veld: w.veld,
              oud: zichtbaar ? waarde(w.oud) : null,
              nieuw: zichtbaar ? waarde(w.nieuw) : null,
              reden: rood(w.reden),
              door: w.door_naam,
            };
          }),
      };
      await this.log.schrijf(m, { actie: 'EXPORT', objectType: 'Persoon', objectId: persoon.id, persoonId: persoon.id, casusId: doel.id });
      return { inhoud, casusId: doel.id };
    });
  }
}
