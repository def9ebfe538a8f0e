import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { CurrentActor } from '@vt/auth';
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
import { parsePeriode, periodesTussen } from './periode.js';
import { kwantiel } from './statistiek.js';
import type { Benchmark, Kengetal, KengetalVergelijking, Kostenbron, Trend } from './benchmark.types.js';

/** A stored value with its organisation's code and name (teller and noemer: numeric, as text). */
type WaardeRow = Pick<
  Selectable<Database['benchmark.kengetal_waarde']>,
  'organisatie_id' | 'periode' | 'kengetal' | 'teller' | 'noemer' | 'bron'
> &
  Pick<Selectable<Database['referentie.organisatie']>, 'code' | 'naam'>;

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

  constructor(
    private readonly db: ReferenceDb,
    private readonly current: CurrentActor,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.regels = { minAantal: config.BENCHMARK_MIN_AANTAL, afronding: config.BENCHMARK_AFRONDING };
  }

  async benchmark(periodeCode: string, codes: string[] | null | undefined): Promise<Benchmark> {
    const periode = parsePeriode(periodeCode);
    const definities = this.definities(codes);
    const { waarden, onderdrukt } = await this.leesBeschermd([periode.code], definities);
    const inPeriode = waarden.filter((w) => w.periode === periode.code);
    const deelnemers = new Set(inPeriode.map((w) => w.organisatie_id)).size;
    return {
      periode: periode.code,
      deelnemers,
      kengetallen: definities.map((k) =>
        this.vergelijk(
          k,
          inPeriode.filter((w) => w.kengetal === k.code),
          onderdrukt,
        ),
      ),
    };
  }

  async trend(code: string, van: string, tot: string): Promise<Trend> {
    const [k] = this.definities([code], 'kengetal');
    const periodes = periodesTussen(van, tot).map((p) => p.code);
    const { waarden, onderdrukt } = await this.leesBeschermd(periodes, [k!]);
    const eigenReeks = waarden.filter((w) => w.kengetal === k!.code && periodes.includes(w.periode));
    const regios = new Map<string, { code: string; naam: string }>();
    for (const w of eigenReeks) regios.set(w.organisatie_id, { code: w.code, naam: w.naam });
    const perPeriode = periodes.map((periode) =>
      this.vergelijk(
        k!,
        eigenReeks.filter((w) => w.periode === periode),
        onderdrukt,
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
    periodes: string[],
    definities: KengetalDefinitie[],
  ): Promise<{ waarden: WaardeRow[]; onderdrukt: Set<string> }> {
    const alle = [...new Set(periodes.flatMap((p) => [p, ...deelperiodes(p)]))];
    const waarden = await this.lees(
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

  /** Current values of participating organisations; the caller must participate unless they are a landelijk-analist. */
  private async lees(periodes: string[], kengetallen: string[]): Promise<WaardeRow[]> {
    const actor = this.current.actor;
    const landelijk = actor.rollen.includes('landelijk-analist');
    return this.db.read(async (m) => {
      const db = kysely(m);
      if (!landelijk) {
        const eigen = await db
          .selectFrom('benchmark.deelname as d')
          .innerJoin('referentie.organisatie as o', 'o.id', 'd.organisatie_id')
          .select('d.deelnemer')
          .where('o.code', '=', actor.tenantCode ?? null)
          .executeTakeFirst();
        if (!eigen?.deelnemer)
          throw forbidden('Your region sees the benchmark once it takes part itself (reciprocity): a functioneel-beheerder can opt in');
      }
      return db
        .selectFrom('benchmark.kengetal_waarde as kw')
        .innerJoin('benchmark.deelname as d', (join) =>
          join.onRef('d.organisatie_id', '=', 'kw.organisatie_id').on('d.deelnemer', '=', true),
        )
        .innerJoin('referentie.organisatie as o', 'o.id', 'kw.organisatie_id')
        .select(['kw.organisatie_id', 'o.code', 'o.naam', 'kw.periode', 'kw.kengetal', 'kw.teller', 'kw.noemer', 'kw.bron'])
        .where('kw.geldig_tot', 'is', null)
        .where('kw.periode', '=', sql<string>`any(${periodes}::text[])`)
        .where('kw.kengetal', '=', sql<string>`any(${kengetallen}::text[])`)
        .orderBy('o.code')
        .execute();
    });
  }

  private vergelijk(k: KengetalDefinitie, waarden: WaardeRow[], onderdrukt: Set<string>): KengetalVergelijking {
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
    const eigen = this.current.actor.tenantCode;
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
