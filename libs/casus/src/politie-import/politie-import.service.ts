import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentActor } from '@vt/auth';
import { TenantDb, kysely } from '@vt/database';
import { InstellingenService } from '@vt/instellingen';
import { ApiError, ErrorCode, fieldErrorsOf, isEnumValue } from '@vt/platform';
import { ToegangslogService } from '@vt/toegangslog';
import { datumInNederland } from '@vt/werkdagen';
import { AardGeweld, BetrokkeneRol, DuurGeweld } from '../classificaties/index.js';
import { MeldingService } from '../melding/melding.service.js';
import type { RegistreerMeldingInput } from '../melding/melding.types.js';
import { valideerMelding, type GeldigeMelding } from '../melding/melding.validation.js';
import { bekendePersonen } from '../persoon/persoon.sql.js';
import { screeningsdatum } from '../melding/screeningsdatum.js';
import { leesPolitiebestand, type PolitieRecord, type PolitieSoort } from './politie-import.format.js';
import type { PolitieImportFout, PolitieImportResultaat } from './politie-import.types.js';

const REGISTRATIENUMMER = /^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$/;
const POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;

/** A report that passed every check, ready to store. */
interface GeldigRapport {
  regel: number;
  soort: PolitieSoort;
  registratienummer: string;
  melding: GeldigeMelding;
  postcode: string | null;
  huisnummer: string | null;
  omschrijving: string | null;
}

/**
 * Imports police reports in bulk (CSV or JSON, see README "Police import"): every report is checked
 * before any is stored and every problem is reported with its line; with any problem nothing is
 * stored. Idempotent per police registration number: a number the region already has is skipped.
 * A melding about a household with an open melding received within the region's window (default 14
 * days; same address or a same person) is niet-uniek: linked to that melding, handled
 * administratively, not screened and not counted as a melding. Politiezorgmeldingen jeugd go to
 * their own stream (zorgmelding_jeugd) to be screened there.
 */
@Injectable()
export class PolitieImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly current: CurrentActor,
    private readonly instellingen: InstellingenService,
    private readonly meldingen: MeldingService,
    private readonly log: ToegangslogService,
  ) {}

  importeer(inhoud: string, type: 'csv' | 'json'): Promise<PolitieImportResultaat> {
    const records = leesPolitiebestand(inhoud, type);
    const fouten: PolitieImportFout[] = [];
    const rapporten = this.controleer(records, fouten);
    // A BSN is a lookup key: a role that may not search by BSN may not send one (before any database work).
    if (!this.current.ability.can('read', 'Bsn') && records.some((r) => r.personen.some((p) => p.bsn !== ''))) {
      throw new ApiError(
        ErrorCode.FORBIDDEN,
        'bsn: your role may not use a BSN (only medewerker, administratief-medewerker and vertrouwensarts may)',
        {
          field: 'bsn',
        },
      );
    }
    return this.db.run(async (m) => {
      await this.controleerGemeenten(m, rapporten, fouten);
      if (fouten.length > 0) return leeg(fouten);

      // Idempotent: numbers already in the region (as melding or zorgmelding) are skipped.
      const nummers = rapporten.map((r) => r.registratienummer);
      const bekend = new Set(
        [
          ...(await kysely(m)
            .selectFrom('melding')
            .select('politie_registratienummer as n')
            .where('politie_registratienummer', 'in', nummers)
            .execute()),
          ...(await kysely(m)
            .selectFrom('zorgmelding_jeugd')
            .select('politie_registratienummer as n')
            .where('politie_registratienummer', 'in', nummers)
            .execute()),
        ].map((r) => r.n),
      );
      const nieuw = rapporten.filter((r) => !bekend.has(r.registratienummer));
      // In order of receipt, so a later report about the same household finds the earlier one.
      nieuw.sort((a, b) => a.melding.ontvangenOp.getTime() - b.melding.ontvangenOp.getTime() || a.regel - b.regel);

      const venster = (await this.instellingen.lees(m)).nietUniekVensterDagen;
      const resultaat: PolitieImportResultaat = {
        meldingen: 0,
        nietUniek: 0,
        zorgmeldingenJeugd: 0,
        alBekend: rapporten.length - nieuw.length,
        fouten: [],
      };
      for (const rapport of nieuw) {
        if (rapport.soort === 'ZORGMELDING_JEUGD') {
          await this.slaZorgmeldingOp(m, rapport);
          resultaat.zorgmeldingenJeugd += 1;
          continue;
        }
        const nietUniekVan = await this.openMeldingVanHuishouden(m, rapport, venster);
        await this.meldingen.registreerIn(
          m,
          { ...rapport.melding, politie: nietUniekVan ? 'NIET_UNIEK' : 'UNIEK' },
          {
            registratienummer: rapport.registratienummer,
            postcode: rapport.postcode,
            huisnummer: rapport.huisnummer,
            nietUniekVan,
            samenvatting: rapport.omschrijving,
          },
        );
        if (nietUniekVan) resultaat.nietUniek += 1;
        else resultaat.meldingen += 1;
      }
      return resultaat;
    });
  }

  /** Checks every report without the database; collects every problem with its line. */
  private controleer(records: PolitieRecord[], fouten: PolitieImportFout[]): GeldigRapport[] {
    const fout = (regel: number, veld: string, melding: string) => fouten.push({ regel, veld, melding });
    const gezien = new Map<string, number>();
    const geldig: GeldigRapport[] = [];
    for (const r of records) {
      const voor = fouten.length;
      for (const a of r.afwijkingen) fout(a.regel, a.veld, `differs from the first row of report ${r.registratienummer} (line ${r.regel})`);
      if (r.soort !== 'MELDING' && r.soort !== 'ZORGMELDING_JEUGD') fout(r.regel, 'soort', 'must be MELDING or ZORGMELDING_JEUGD');
      if (!REGISTRATIENUMMER.test(r.registratienummer))
        fout(r.regel, 'registratienummer', 'is required: letters and digits (also . / -), at most 40 characters');
      else if (gezien.has(r.registratienummer))
        fout(r.regel, 'registratienummer', `appears twice in the file (also line ${gezien.get(r.registratienummer)})`);
      else gezien.set(r.registratienummer, r.regel);
      const ontvangenOp = leesDatum(r.datum);
      if (!ontvangenOp) fout(r.regel, 'datum', 'must be a date (YYYY-MM-DD) or a date and time (ISO 8601)');
      if (r.gemeente === '') fout(r.regel, 'gemeente', "is required: the CBS code of the household's gemeente (e.g. GM0599)");
      const postcode = r.postcode.replace(/\s+/g, '').toUpperCase();
      if (postcode !== '' && !POSTCODE.test(postcode)) fout(r.regel, 'postcode', 'must be a Dutch postcode (1234AB)');
      if (r.huisnummer.length > 10) fout(r.regel, 'huisnummer', 'must be at most 10 characters');
      if (r.eenheid === '') fout(r.regel, 'eenheid', 'is required: the police unit that reports');
      const jeugd = r.soort === 'ZORGMELDING_JEUGD';
      if (!jeugd && r.aard.length === 0) fout(r.regel, 'aard', 'is required: one or more of ' + Object.keys(AardGeweld).join(', '));
      r.aard.forEach((a) => {
        if (!isEnumValue(AardGeweld, a)) fout(r.regel, 'aard', `unknown value "${a}"`);
      });
      if (r.duur !== '' && !isEnumValue(DuurGeweld, r.duur)) fout(r.regel, 'duur', `unknown value "${r.duur}"`);
      if (r.omschrijving.length > 10_000) fout(r.regel, 'omschrijving', 'must be at most 10000 characters');
      if (r.personen.length === 0) fout(r.regel, 'personen', 'must name at least one person');
      r.personen.forEach((p) => {
        if (!isEnumValue(BetrokkeneRol, p.rol)) fout(p.regel, `${p.pad}rol`, `must be one of ${Object.keys(BetrokkeneRol).join(', ')}`);
        if (p.geboortedatum !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(p.geboortedatum))
          fout(p.regel, `${p.pad}geboortedatum`, 'must be a date YYYY-MM-DD');
      });
      if (jeugd && !r.personen.some((p) => p.rol === 'KIND')) fout(r.regel, 'rol', 'a zorgmelding jeugd names at least one KIND');
      if (fouten.length > voor || !ontvangenOp) continue;

      // The same rules as registreerMelding, field names translated back to the file's.
      const input: RegistreerMeldingInput = {
        ontvangenOp,
        melder: { naam: r.eenheid, organisatie: 'POLITIE', telefoon: r.telefoon || null, email: r.email || null },
        betrokkenen: r.personen.map((p) => ({
          naam: p.naam,
          geboortedatum: p.geboortedatum ? new Date(`${p.geboortedatum}T00:00:00Z`) : null,
          bsn: p.bsn || null,
          rol: p.rol as BetrokkeneRol,
        })),
        aardGeweld: (r.aard.length ? r.aard : ['ONBEKEND']) as AardGeweld[],
        duurGeweld: (r.duur || 'ONBEKEND') as DuurGeweld,
        politie: 'UNIEK',
        gemeenteCode: r.gemeente,
      };
      try {
        const melding = valideerMelding(input, new Date(), { afwegingskaderVerplicht: false });
        geldig.push({
          regel: r.regel,
          soort: r.soort as PolitieSoort,
          registratienummer: r.registratienummer,
          melding,
          postcode: postcode || null,
          huisnummer: r.huisnummer || null,
          omschrijving: r.omschrijving || null,
        });
      } catch (error) {
        const velden = fieldErrorsOf(error);
        if (velden.length === 0) throw error;
        for (const v of velden) {
          const persoon = /^betrokkenen\[(\d+)\]\.?(.*)$/.exec(v.field);
          if (persoon) {
            const p = r.personen[Number(persoon[1])]!;
            fout(p.regel, `${p.pad}${persoon[2] || 'naam'}`, v.message);
          } else fout(r.regel, BESTANDSVELD[v.field] ?? v.field, v.message);
        }
      }
    }
    return geldig;
  }

  private async controleerGemeenten(m: EntityManager, rapporten: GeldigRapport[], fouten: PolitieImportFout[]): Promise<void> {
    const codes = [...new Set(rapporten.map((r) => r.melding.gemeenteCode!))];
    if (codes.length === 0) return;
    const bestaand = new Set(
      (await kysely(m).selectFrom('referentie.gemeente').select('code').where('code', 'in', codes).execute()).map((g) => g.code),
    );
    for (const r of rapporten) {
      if (!bestaand.has(r.melding.gemeenteCode!))
        fouten.push({ regel: r.regel, veld: 'gemeente', melding: 'is not a known CBS gemeente code' });
    }
    fouten.sort((a, b) => a.regel - b.regel);
  }

  /**
   * The open melding about the same household received within the window before this one: same
   * address (postcode + huisnummer), or a betrokkene the radarfunctie knows. Null when unique.
   */
  private async openMeldingVanHuishouden(m: EntityManager, rapport: GeldigRapport, vensterDagen: number): Promise<string | null> {
    const tot = rapport.melding.ontvangenOp;
    const van = new Date(tot.getTime() - vensterDagen * 86_400_000);
    const db = kysely(m);
    const open = db
      .selectFrom('melding as o')
      .select('o.id')
      .where('o.fase', '!=', 'AFGESLOTEN')
      .where('o.niet_uniek_van', 'is', null)
      .where('o.ontvangen_op', '>=', van)
      .where('o.ontvangen_op', '<=', tot)
      .orderBy('o.ontvangen_op', 'desc')
      .limit(1);
    if (rapport.postcode && rapport.huisnummer) {
      const opAdres = await open
        .where('o.postcode', '=', rapport.postcode)
        .where('o.huisnummer', '=', rapport.huisnummer)
        .executeTakeFirst();
      if (opAdres) return opAdres.id;
    }
    const personen = (await bekendePersonen(db, rapport.melding.betrokkenen)).map((p) => p.id);
    if (personen.length === 0) return null;
    const metPersoon = await open
      .where('o.id', 'in', (eb) =>
        eb
          .selectFrom('melding_betrokkene')
          .select('melding_id')
          .where('persoon_id', '=', eb.fn.any(eb.val(personen))),
      )
      .executeTakeFirst();
    return metPersoon?.id ?? null;
  }

  private async slaZorgmeldingOp(m: EntityManager, rapport: GeldigRapport): Promise<void> {
    const kalender = await this.instellingen.kalender(m);
    const ontvangstdatum = datumInNederland(rapport.melding.ontvangenOp);
    const { id } = await kysely(m)
      .insertInto('zorgmelding_jeugd')
      .values({
        politie_registratienummer: rapport.registratienummer,
        ontvangen_op: rapport.melding.ontvangenOp,
        ontvangstdatum,
        uiterlijke_screeningsdatum: screeningsdatum(kalender, ontvangstdatum),
        gemeente_code: rapport.melding.gemeenteCode!,
        aantal_kinderen: rapport.melding.betrokkenen.filter((b) => b.rol === 'KIND').length,
        // Until the screening decides: forwarded (then erased) or turned into a melding.
        gegevens: JSON.stringify({
          melder: rapport.melding.melder,
          betrokkenen: rapport.melding.betrokkenen,
          aardGeweld: rapport.melding.aardGeweld,
          duurGeweld: rapport.melding.duurGeweld,
          postcode: rapport.postcode,
          huisnummer: rapport.huisnummer,
          omschrijving: rapport.omschrijving,
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.log.schrijf(m, { actie: 'CREATE', objectType: 'ZorgmeldingJeugd', objectId: id, casusId: null });
  }
}

/** Field names of registreerMelding's validation, as the file names them. */
const BESTANDSVELD: Record<string, string> = {
  ontvangenOp: 'datum',
  melder: 'telefoon',
  'melder.naam': 'eenheid',
  'melder.telefoon': 'telefoon',
  'melder.email': 'email',
  aardGeweld: 'aard',
  gemeenteCode: 'gemeente',
  betrokkenen: 'personen',
};

function leeg(fouten: PolitieImportFout[]): PolitieImportResultaat {
  return { meldingen: 0, nietUniek: 0, zorgmeldingenJeugd: 0, alBekend: 0, fouten };
}

/** A date (taken as noon in the Netherlands, so the day is right in any season) or an ISO date-time. */
function leesDatum(value: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T12:00:00+01:00`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}
