import { Injectable } from '@nestjs/common';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely } from '@vt/database';
import { ToegangslogService } from '@vt/toegangslog';
import { ValidationCollector, check, nietGevonden, vereisVersie, versieConflict } from '@vt/platform';
import { DocumentService } from '../document/document.service.js';
import type { Document } from '../document/document.types.js';
import { MeldingService } from '../melding/melding.service.js';
import { onbekendePlaatshouders, STANDAARD_SJABLONEN, vul, type Plaatshouder } from './brief-sjablonen.js';
import { renderBrief } from './brief.pdf.js';
import { BriefSoort, type Briefsjabloon, type LegBriefsjabloonVastInput, type MaakBriefInput } from './brief.types.js';

const DATUM = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const ROL: Record<string, string> = {
  SLACHTOFFER: 'slachtoffer',
  PLEGER: 'pleger',
  KIND: 'kind',
  OUDER_VERZORGER: 'ouder/verzorger',
  OVERIG: 'betrokkene',
};

/**
 * Letters from the dossier: the region's own templates (or the built-in ones), filled from the
 * melding and casus, rendered to PDF and stored as a BRIEF document on the casus. A melder who asked
 * to stay anonymous towards the family is never named in a letter that is not addressed to the melder.
 */
@Injectable()
export class BriefService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly meldingen: MeldingService,
    private readonly documenten: DocumentService,
    private readonly log: ToegangslogService,
  ) {}

  sjablonen(): Promise<Briefsjabloon[]> {
    return this.db.run(async (m) => {
      const eigen = await kysely(m).selectFrom('brief_sjabloon').select(['soort', 'titel', 'tekst', 'version']).execute();
      return Object.values(BriefSoort).map((soort) => {
        const rij = eigen.find((e) => e.soort === soort);
        return rij
          ? { soort, titel: rij.titel, tekst: rij.tekst, standaard: false, versie: rij.version }
          : { soort, ...STANDAARD_SJABLONEN[soort], standaard: true, versie: 0 };
      });
    });
  }

  legVast(input: LegBriefsjabloonVastInput): Promise<Briefsjabloon> {
    const v = new ValidationCollector();
    const titel = v.check(() => check.tekst('titel', input.titel));
    const tekst = v.check(() => check.tekst('tekst', input.tekst, { max: 20_000 }));
    const onbekend = tekst ? onbekendePlaatshouders(tekst) : [];
    if (onbekend.length > 0) v.fail('tekst', `unknown placeholder(s): ${onbekend.map((p) => `{{${p}}}`).join(', ')}`);
    v.done();
    return this.db.run(async (m) => {
      const bestaand = await kysely(m)
        .selectFrom('brief_sjabloon')
        .select('version')
        .where('soort', '=', input.soort)
        .forUpdate()
        .executeTakeFirst();
      vereisVersie('The template', bestaand?.version ?? 0, input.versie);
      const door = this.current.actor.userId;
      const rij = bestaand
        ? await kysely(m)
            .updateTable('brief_sjabloon')
            .set((eb) => ({ titel: titel!, tekst: tekst!, gewijzigd_door: door, updated_at: new Date(), version: eb('version', '+', 1) }))
            .where('soort', '=', input.soort)
            .returning('version')
            .executeTakeFirstOrThrow()
        : await kysely(m)
            .insertInto('brief_sjabloon')
            .values({ soort: input.soort, titel: titel!, tekst: tekst!, gewijzigd_door: door })
            .onConflict((oc) => oc.doNothing())
            .returning('version')
            .executeTakeFirst();
      // Two first texts at once: the second finds the first one's row, which is a version conflict.
      if (!rij) throw versieConflict('The template');
      return { soort: input.soort, titel: titel!, tekst: tekst!, standaard: false, versie: rij.version };
    });
  }

  async maak(input: MaakBriefInput): Promise<Document> {
    const aan = input.aan ? check.tekst('aan', input.aan) : '';
    const brief = await this.db.run(async (m) => {
      const melding = await this.meldingen.leesZichtbaar(m, input.meldingId);
      if (!melding) throw nietGevonden('Melding');
      const extra = await kysely(m)
        .selectFrom('melding as md')
        .innerJoin('casus as c', 'c.id', 'md.casus_id')
        .select(['md.melder_anoniem', 'c.nummer as casus_nummer'])
        .where('md.id', '=', melding.id)
        .executeTakeFirstOrThrow();
      const betrokkenen = await kysely(m)
        .selectFrom('melding_betrokkene as mb')
        .innerJoin('persoon as p', 'p.id', 'mb.persoon_id')
        .select(['p.naam', 'mb.rol'])
        .where('mb.melding_id', '=', melding.id)
        .where('mb.beeindigd_op', 'is', null)
        .orderBy('p.naam')
        .execute();
      const regio = await kysely(m)
        .selectFrom('referentie.organisatie')
        .select('naam')
        .where('id', '=', this.current.actor.tenantId!)
        .executeTakeFirstOrThrow();
      const eigen = await kysely(m)
        .selectFrom('brief_sjabloon')
        .select(['titel', 'tekst'])
        .where('soort', '=', input.soort)
        .executeTakeFirst();
      const sjabloon = eigen ?? STANDAARD_SJABLONEN[input.soort];
      // Only the melder's own letter may name them when they asked to stay anonymous.
      const anoniem = extra.melder_anoniem && input.soort !== 'TERUGKOPPELING_MELDER';
      const melder = anoniem
        ? 'een melder die anoniem wil blijven'
        : [melding.melder_naam, melding.melder_functie].filter(Boolean).join(', ');
      const waarden: Record<Plaatshouder, string> = {
        aan,
        datum: DATUM.format(new Date()),
        regio: regio.naam,
        medewerker: this.current.actor.naam,
        'casus.nummer': extra.casus_nummer,
        'melding.nummer': melding.nummer,
        'melding.ontvangstdatum': DATUM.format(new Date(`${melding.ontvangstdatum}T12:00:00Z`)),
        melder,
        'melder.naam': anoniem ? 'melder' : melding.melder_naam,
        betrokkenen: betrokkenen.map((b) => `${b.naam} (${ROL[b.rol] ?? b.rol})`).join(', '),
      };
      await this.log.schrijf(m, { actie: 'READ', objectType: 'Melding', objectId: melding.id, casusId: melding.casus_id });
      return {
        casusId: melding.casus_id,
        meldingId: melding.id,
        nummer: melding.nummer,
        titel: vul(sjabloon.titel, waarden),
        tekst: vul(sjabloon.tekst, waarden),
      };
    });
    const pdf = await renderBrief(brief.titel, brief.tekst, this.current.actor.naam);
    return this.documenten.upload(
      {
        casusId: brief.casusId,
        meldingId: brief.meldingId,
        soort: 'BRIEF',
        titel: brief.titel,
        bestandsnaam: `brief-${input.soort.toLowerCase().replaceAll('_', '-')}-${brief.nummer}.pdf`,
        contentType: 'application/pdf',
        declaredLength: pdf.length,
      },
      [pdf],
    );
  }
}
