import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { CurrentActor, type Actor } from '@vt/auth';
import type { EntityManager } from 'typeorm';
import { ReferenceDb, kysely, sql, type Database, type Selectable } from '@vt/database';
import { begrensdeLijst, forbidden, validatie } from '@vt/platform';
import { KENGETALLEN, bronTabellen, uitgesloten, kengetal as zoekKengetal, type KengetalDefinitie } from './kengetallen.js';
import {
  benodigdeKengetallen,
  celSleutel,
  deelperiodes,
  onderdrukteCellen,
  pasOnthullingToe,
  type Onthullingsregels,
} from './onthulling.js';
import { parsePeriode, periodesTussen, type Periode } from './periode.js';
import { kwantiel } from './statistiek.js';
import { AntwoordCache } from './antwoord-cache.js';
import type { Benchmark, Kengetal, KengetalVergelijking, Kostenbron, Trend } from './benchmark.types.js';

/** A stored value with its organisation's code and name (teller and noemer: numeric, as text). */
type WaardeRow = Pick<
  Selectable<Database['benchmark.kengetal_waarde']>,
  'organisatie_id' | 'periode' | 'kengetal' | 'teller' | 'noemer' | 'bron'
> &
  Pick<Selectable<Database['referentie.organisatie']>, 'code' | 'naam'>;

/** What a benchmark answer depends on in the database, read in one statement at the start of every request. */
interface Versie {
  /** Count, sum and max of the ids of the current values of the periods: see versie(). */
  waarden: string;
  /** Hash of the participating organisations with their codes and names. */
  deelnemers: string;
  /** Whether the caller's own region takes part. */
  eigenDeelname: boolean;
}

/** One benchmark() question as the caller asks it, checked. */
interface BenchmarkVraag {
  periode: Periode;
  definities: KengetalDefinitie[];
  landelijk: boolean;
  eigen: string | null;
}

const WEIGERING = 'Your region sees the benchmark once it takes part itself (reciprocity): a functioneel-beheerder can opt in';

/** Most codes one benchmark request may name (the catalogue has fewer); duplicates are answered once. */
export const MAX_KENGETALLEN = 50;

export function toKengetal(k: KengetalDefinitie): Kengetal {
  return {
    code: k.code,
    naam: k.naam,
    definitie: k.definitie,
    teller: k.teller.omschrijving,
    noemer: k.noemer?.omschrijving ?? null,
    factor: k.factor,
    eenheid: k.eenheid,
    richting: k.richting,
    tellerBouwstenen: [...k.teller.bouwstenen],
    noemerBouwstenen: [...(k.noemer?.bouwstenen ?? [])],
    bronTabellen: bronTabellen(k),
    uitgesloten: uitgesloten(k),
    vervallen: k.vervallen ?? null,
  };
}

/**
 * Reads the aggregate snapshots with the benchmark role (which can read nothing else) and applies
 * participation, reciprocity and disclosure control.
 */
@Injectable()
export class BenchmarkService {
  private readonly regels: Onthullingsregels;
  /** Computed answers of benchmark(), keyed on the snapshot version the database reports per request. */
  private readonly antwoorden = new AntwoordCache<Benchmark>();

  constructor(
    private readonly db: ReferenceDb,
    private readonly current: CurrentActor,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.regels = { minAantal: config.BENCHMARK_MIN_AANTAL, afronding: config.BENCHMARK_AFRONDING };
  }

  /**
   * One cheap statement proves which snapshot version is current (and whether the caller takes part);
   * the answer computed for that version, period, code list, caller and disclosure rules is reused, so
   * a finished recomputation is seen by the next request and nothing stale is served.
   */
  async benchmark(periodeCode: string, codes: string[] | null | undefined): Promise<Benchmark> {
    const vraag = this.vraag(periodeCode, codes, this.current.actor);
    const { periode, definities, eigen } = vraag;
    return this.db.read(async (m) => {
      const sleutel = await this.sleutel(m, vraag);
      return this.antwoorden.get(sleutel, async () => {
        const { waarden, onderdrukt } = await this.leesBeschermd(m, [periode.code], definities);
        const inPeriode = waarden.filter((w) => w.periode === periode.code);
        const perKengetal = new Map<string, WaardeRow[]>();
        for (const w of inPeriode) {
          const lijst = perKengetal.get(w.kengetal);
          if (lijst) lijst.push(w);
          else perKengetal.set(w.kengetal, [w]);
        }
        return {
          periode: periode.code,
          deelnemers: new Set(inPeriode.map((w) => w.organisatie_id)).size,
          kengetallen: definities.map((k) => this.vergelijk(k, perKengetal.get(k.code) ?? [], onderdrukt, eigen)),
        };
      });
    });
  }

  /**
   * What benchmark(periodeCode, codes) answers `actor` at this moment depends on, as one string: a new
   * snapshot version, participant list, disclosure rule or caller region gives a new string. Reads the
   * version (one statement) and throws what benchmark() would (VALIDATIE, FORBIDDEN for a region that
   * does not take part), so a caller may serve a stored response for the string only when it returns.
   */
  antwoordSleutel(periodeCode: string, codes: string[] | null | undefined, actor: Actor): Promise<string> {
    const vraag = this.vraag(periodeCode, codes, actor);
    return this.db.read((m) => this.sleutel(m, vraag));
  }

  private vraag(periodeCode: string, codes: string[] | null | undefined, actor: Actor): BenchmarkVraag {
    const periode = parsePeriode(periodeCode);
    return {
      periode,
      definities: this.definities(codes),
      landelijk: actor.rollen.includes('landelijk-analist'),
      eigen: actor.tenantCode ?? null,
    };
  }

  private async sleutel(m: EntityManager, { periode, definities, landelijk, eigen }: BenchmarkVraag): Promise<string> {
    const versie = await this.versie(m, [periode.code, ...deelperiodes(periode.code)], eigen);
    if (!landelijk && !versie.eigenDeelname) throw forbidden(WEIGERING);
    // Everything the answer depends on: eigenRegio differs per caller, so the caller's region is part of it.
    return JSON.stringify([
      periode.code,
      definities.map((k) => k.code),
      eigen,
      this.regels.minAantal,
      this.regels.afronding,
      versie.waarden,
      versie.deelnemers,
    ]);
  }

  /**
   * The snapshot version of `periodes` and the participation, in one statement. The current values
   * change only by a recomputation, which closes a row and inserts one with a higher id (nothing
   * deletes them): every change raises the sum of the current ids or their count, also when
   * recomputations of several regions commit out of id order.
   */
  private async versie(m: EntityManager, periodes: string[], eigen: string | null): Promise<Versie> {
    const { rows } = await sql<Versie>`
      SELECT
        (SELECT count(*) || ':' || coalesce(sum(kw.id), 0) || ':' || coalesce(max(kw.id), 0)
           FROM benchmark.kengetal_waarde kw
          WHERE kw.geldig_tot IS NULL AND kw.periode = any(${periodes}::text[])) AS waarden,
        (SELECT coalesce(md5(string_agg(o.id || '|' || o.code || '|' || o.naam, ';' ORDER BY o.id)), '')
           FROM benchmark.deelname d JOIN referentie.organisatie o ON o.id = d.organisatie_id
          WHERE d.deelnemer) AS deelnemers,
        coalesce((SELECT d.deelnemer
           FROM benchmark.deelname d JOIN referentie.organisatie o ON o.id = d.organisatie_id
          WHERE o.code = ${eigen}), false) AS "eigenDeelname"`.execute(kysely(m));
    return rows[0]!;
  }

  async trend(code: string, van: string, tot: string): Promise<Trend> {
    const [k] = this.definities([code], 'kengetal');
    const periodes = periodesTussen(van, tot).map((p) => p.code);
    const { waarden, onderdrukt } = await this.db.read(async (m) => {
      await this.eisDeelname(m);
      return this.leesBeschermd(m, periodes, [k!]);
    });
    const eigenReeks = waarden.filter((w) => w.kengetal === k!.code && periodes.includes(w.periode));
    const regios = new Map<string, { code: string; naam: string }>();
    for (const w of eigenReeks) regios.set(w.organisatie_id, { code: w.code, naam: w.naam });
    const perPeriode = periodes.map((periode) =>
      this.vergelijk(
        k!,
        eigenReeks.filter((w) => w.periode === periode),
        onderdrukt,
        this.current.actor.tenantCode ?? null,
      ),
    );
    const eigen = this.current.actor.tenantCode;
    return {
      kengetal: toKengetal(k!),
      periodes,
      regios: [...regios.values()]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((r) => ({
          regioCode: r.code,
          regioNaam: r.naam,
          eigenRegio: r.code === eigen,
          punten: perPeriode.map((v, i) => {
            const cel = v.regios.find((x) => x.regioCode === r.code);
            return {
              periode: periodes[i]!,
              waarde: cel?.waarde ?? null,
              teller: cel?.teller ?? null,
              noemer: cel?.noemer ?? null,
              onderdrukt: cel?.onderdrukt ?? false,
              kostenbron: cel?.kostenbron ?? null,
            };
          }),
        })),
      landelijk: perPeriode.map((v, i) => ({ periode: periodes[i]!, ...v.landelijk, kostenbron: null })),
    };
  }

  private definities(lijst: string[] | null | undefined, field = 'kengetallen'): KengetalDefinitie[] {
    const codes = begrensdeLijst(field, lijst, MAX_KENGETALLEN, { uniek: true });
    if (!codes || codes.length === 0) return [...KENGETALLEN];
    return codes.map((code) => {
      const k = zoekKengetal(code);
      if (!k)
        throw validatie(
          codes.length === 1 && field === 'kengetal' ? field : `${field}[${lijst!.indexOf(code)}]`,
          `unknown kengetal ${code}; see the query kengetallen`,
        );
      return k;
    });
  }

  /**
   * The asked periods and kengetallen plus everything their suppression depends on (the half years
   * and quarters within them, the kengetallen with counts included in theirs), and the cells that
   * disclosure control suppresses across those.
   */
  private async leesBeschermd(
    m: EntityManager,
    periodes: string[],
    definities: KengetalDefinitie[],
  ): Promise<{ waarden: WaardeRow[]; onderdrukt: Set<string> }> {
    const alle = [...new Set(periodes.flatMap((p) => [p, ...deelperiodes(p)]))];
    const waarden = await this.lees(
      m,
      alle,
      benodigdeKengetallen(definities).map((k) => k.code),
    );
    const num = (v: string | null) => (v === null ? null : Number(v));
    const onderdrukt = onderdrukteCellen(
      waarden.map((w) => ({
        id: w.organisatie_id,
        periode: w.periode,
        kengetal: w.kengetal,
        teller: num(w.teller),
        noemer: num(w.noemer),
      })),
      this.regels,
    );
    return { waarden, onderdrukt };
  }

  /** The caller must participate unless they are a landelijk-analist (reciprocity). */
  private async eisDeelname(m: EntityManager): Promise<void> {
    const actor = this.current.actor;
    if (actor.rollen.includes('landelijk-analist')) return;
    const eigen = await kysely(m)
      .selectFrom('benchmark.deelname as d')
      .innerJoin('referentie.organisatie as o', 'o.id', 'd.organisatie_id')
      .select('d.deelnemer')
      .where('o.code', '=', actor.tenantCode ?? null)
      .executeTakeFirst();
    if (!eigen?.deelnemer) throw forbidden(WEIGERING);
  }

  /** Current values of participating organisations. */
  private lees(m: EntityManager, periodes: string[], kengetallen: string[]): Promise<WaardeRow[]> {
    return kysely(m)
      .selectFrom('benchmark.kengetal_waarde as kw')
      .innerJoin('benchmark.deelname as d', (join) => join.onRef('d.organisatie_id', '=', 'kw.organisatie_id').on('d.deelnemer', '=', true))
      .innerJoin('referentie.organisatie as o', 'o.id', 'kw.organisatie_id')
      .select(['kw.organisatie_id', 'o.code', 'o.naam', 'kw.periode', 'kw.kengetal', 'kw.teller', 'kw.noemer', 'kw.bron'])
      .where('kw.geldig_tot', 'is', null)
      .where('kw.periode', '=', sql<string>`any(${periodes}::text[])`)
      .where('kw.kengetal', '=', sql<string>`any(${kengetallen}::text[])`)
      .orderBy('o.code')
      .execute();
  }

  private vergelijk(k: KengetalDefinitie, waarden: WaardeRow[], onderdrukt: Set<string>, eigen: string | null): KengetalVergelijking {
    const num = (v: string | null) => (v === null ? null : Number(v));
    const { cellen, landelijk } = pasOnthullingToe(
      k,
      waarden.map((w) => ({
        id: w.organisatie_id,
        teller: num(w.teller),
        noemer: num(w.noemer),
        onderdrukt: onderdrukt.has(celSleutel(w.organisatie_id, w.periode, w.kengetal)),
      })),
      this.regels,
    );
    const regios = cellen.map((c, i) => ({
      ...c,
      regioCode: waarden[i]!.code,
      regioNaam: waarden[i]!.naam,
      eigenRegio: waarden[i]!.code === eigen,
      kostenbron: (waarden[i]!.bron as Kostenbron | null) ?? null,
    }));
    const gepubliceerd = regios.filter((r) => r.waarde !== null).map((r) => r.waarde!);
    return {
      kengetal: toKengetal(k),
      regios,
      landelijk,
      mediaan: kwantiel(gepubliceerd, 0.5),
      eersteKwartiel: kwantiel(gepubliceerd, 0.25),
      derdeKwartiel: kwantiel(gepubliceerd, 0.75),
    };
  }
}
