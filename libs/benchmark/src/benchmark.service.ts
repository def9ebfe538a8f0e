import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@vt/config';
import { CurrentActor } from '@vt/auth';
import { ReferenceDb, rows } from '@vt/database';
import { forbidden, validatie } from '@vt/platform';
import { KENGETALLEN, kengetal as zoekKengetal, type KengetalDefinitie } from './kengetallen.js';
import { pasOnthullingToe, type Onthullingsregels } from './onthulling.js';
import { parsePeriode, periodesTussen } from './periode.js';
import { kwantiel } from './statistiek.js';
import type { Benchmark, Kengetal, KengetalVergelijking, Trend } from './benchmark.types.js';

interface WaardeRow {
  organisatie_id: string;
  code: string;
  naam: string;
  periode: string;
  kengetal: string;
  teller: string | null;
  noemer: string | null;
}

export function toKengetal(k: KengetalDefinitie): Kengetal {
  return { code: k.code, naam: k.naam, definitie: k.definitie, teller: k.teller.omschrijving, noemer: k.noemer?.omschrijving ?? null, factor: k.factor, eenheid: k.eenheid, richting: k.richting };
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
    const waarden = await this.lees([periode.code], definities.map((k) => k.code));
    const deelnemers = new Set(waarden.map((w) => w.organisatie_id)).size;
    return { periode: periode.code, deelnemers, kengetallen: definities.map((k) => this.vergelijk(k, waarden.filter((w) => w.kengetal === k.code))) };
  }

  async trend(code: string, van: string, tot: string): Promise<Trend> {
    const [k] = this.definities([code], 'kengetal');
    const periodes = periodesTussen(van, tot).map((p) => p.code);
    const waarden = await this.lees(periodes, [k!.code]);
    const regios = new Map<string, { code: string; naam: string }>();
    for (const w of waarden) regios.set(w.organisatie_id, { code: w.code, naam: w.naam });
    const perPeriode = periodes.map((periode) => this.vergelijk(k!, waarden.filter((w) => w.periode === periode)));
    const eigen = this.current.actor.tenantCode;
    return {
      kengetal: toKengetal(k!),
      periodes,
      regios: [...regios.values()].sort((a, b) => a.code.localeCompare(b.code)).map((r) => ({
        regioCode: r.code,
        regioNaam: r.naam,
        eigenRegio: r.code === eigen,
        punten: perPeriode.map((v, i) => {
          const cel = v.regios.find((x) => x.regioCode === r.code);
          return { periode: periodes[i]!, waarde: cel?.waarde ?? null, teller: cel?.teller ?? null, noemer: cel?.noemer ?? null, onderdrukt: cel?.onderdrukt ?? false };
        }),
      })),
      landelijk: perPeriode.map((v, i) => ({ periode: periodes[i]!, ...v.landelijk })),
    };
  }

  private definities(codes: string[] | null | undefined, field = 'kengetallen'): KengetalDefinitie[] {
    if (!codes || codes.length === 0) return [...KENGETALLEN];
    return codes.map((code, i) => {
      const k = zoekKengetal(code);
      if (!k) throw validatie(codes.length === 1 && field === 'kengetal' ? field : `${field}[${i}]`, `unknown kengetal ${code}; see the query kengetallen`);
      return k;
    });
  }

  /** Current values of participating organisations; the caller must participate unless they are a landelijk-analist. */
  private async lees(periodes: string[], kengetallen: string[]): Promise<WaardeRow[]> {
    const actor = this.current.actor;
    const landelijk = actor.rollen.includes('landelijk-analist');
    return this.db.read(async (m) => {
      if (!landelijk) {
        const [eigen] = await rows<{ deelnemer: boolean }>(m, `SELECT d.deelnemer FROM benchmark.deelname d JOIN referentie.organisatie o ON o.id = d.organisatie_id WHERE o.code = $1`, [actor.tenantCode]);
        if (!eigen?.deelnemer) throw forbidden('Your region sees the benchmark once it takes part itself (reciprocity): a functioneel-beheerder can opt in');
      }
      return rows<WaardeRow>(
        m,
        `SELECT kw.organisatie_id, o.code, o.naam, kw.periode, kw.kengetal, kw.teller, kw.noemer
         FROM benchmark.kengetal_waarde kw
         JOIN benchmark.deelname d ON d.organisatie_id = kw.organisatie_id AND d.deelnemer
         JOIN referentie.organisatie o ON o.id = kw.organisatie_id
         WHERE kw.geldig_tot IS NULL AND kw.periode = ANY($1::text[]) AND kw.kengetal = ANY($2::text[])
         ORDER BY o.code`,
        [periodes, kengetallen],
      );
    });
  }

  private vergelijk(k: KengetalDefinitie, waarden: WaardeRow[]): KengetalVergelijking {
    const num = (v: string | null) => (v === null ? null : Number(v));
    const { cellen, landelijk } = pasOnthullingToe(k, waarden.map((w) => ({ id: w.organisatie_id, teller: num(w.teller), noemer: num(w.noemer) })), this.regels);
    const eigen = this.current.actor.tenantCode;
    const regios = cellen.map((c, i) => ({ ...c, regioCode: waarden[i]!.code, regioNaam: waarden[i]!.naam, eigenRegio: waarden[i]!.code === eigen }));
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
