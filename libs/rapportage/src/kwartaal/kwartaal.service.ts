import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '@vt/database';
import { BegrotingService, type BegrotingsProduct } from '@vt/formatie';
import { isVoorlopig, maandBegin, parsePeriode, zelfdePeriode, type Periode } from './kwartaal.periode.js';
import { leesInvoer, leesRegio, telMaanden, telPerGemeente, type GemeenteRij, type MaandRij } from './kwartaal.sql.js';
import type { KwartaalBegrotingsregel, KwartaalCijfers, KwartaalGemeente, KwartaalMaand, Kwartaalrapportage } from './kwartaal.types.js';

/** How many earlier years the report sets the period against. */
const VORIGE_JAREN = 2;

/** The budgeted products in report order, with their Dutch label and the realised count behind them. */
export const PRODUCTEN: { product: BegrotingsProduct; omschrijving: string; gerealiseerd: (c: KwartaalCijfers) => number }[] = [
  { product: 'ADVIES', omschrijving: 'Adviezen', gerealiseerd: (c) => c.adviezen },
  { product: 'MELDING', omschrijving: 'Meldingen', gerealiseerd: (c) => c.meldingen },
  { product: 'ZORGMELDING_JEUGD', omschrijving: 'Politiezorgmeldingen jeugd', gerealiseerd: (c) => c.zorgmeldingenJeugd },
  { product: 'VEILIGHEIDSBEOORDELING', omschrijving: 'Veiligheidsbeoordelingen', gerealiseerd: (c) => c.veiligheidsbeoordelingen },
  { product: 'ONDERZOEK', omschrijving: 'Onderzoeken (gestart)', gerealiseerd: (c) => c.onderzoekenGestart },
  {
    product: 'VOORWAARDEN_EN_VERVOLG',
    omschrijving: 'Voorwaarden en vervolg (gestart)',
    gerealiseerd: (c) => c.voorwaardenEnVervolgGestart,
  },
  { product: 'CRISIS', omschrijving: 'Crisisinterventies', gerealiseerd: (c) => c.crises },
  { product: 'HUISVERBOD', omschrijving: 'Tijdelijke huisverboden', gerealiseerd: (c) => c.huisverboden },
  { product: 'MONITORING', omschrijving: 'Monitoringcontacten', gerealiseerd: (c) => c.monitoringContacten },
];

const pct = (teller: number, noemer: number): number | null => (noemer > 0 ? Math.round((teller / noemer) * 1000) / 10 : null);
const per100000 = (n: number, inwoners: number | null): number | null => (inwoners ? Math.round((n / inwoners) * 1_000_000) / 10 : null);
const gemiddelde = (waarden: number[]): number | null =>
  waarden.length ? Math.round((waarden.reduce((s, w) => s + w, 0) / waarden.length) * 100) / 100 : null;

/** The figures of one or more consecutive months: flows summed, stocks from the last month. */
export function cijfersVan(rijen: MaandRij[], verzuim: number[]): KwartaalCijfers {
  const som = (k: keyof MaandRij) => rijen.reduce((s, r) => s + Number(r[k]), 0);
  const laatste = (k: keyof MaandRij) => Number(rijen.at(-1)?.[k] ?? 0);
  const ozAf = som('oz_af');
  const vvAf = som('vv_af');
  const beoordelingen = som('beoordelingen');
  return {
    adviezen: som('adviezen'),
    adviezenChat: som('adviezen_chat'),
    meldingen: som('meldingen'),
    zorgmeldingenJeugd: som('zorgmeldingen'),
    meldingenInclusiefZorgmeldingen: som('meldingen') + som('zorgmeldingen_zonder_melding'),
    veiligheidsbeoordelingen: beoordelingen,
    beoordelingenBinnenTermijn: som('binnen_termijn'),
    percentageBeoordelingenBinnenTermijn: pct(som('binnen_termijn'), beoordelingen),
    besluitGeenVervolgstappen: som('geen_vervolgstappen'),
    besluitOverdracht: som('overdracht'),
    besluitOnderzoek: som('onderzoek'),
    besluitVoorwaardenEnVervolg: som('voorwaarden_en_vervolg'),
    besluitRegionaalMaatwerk: som('regionaal_maatwerk'),
    crises: som('crises'),
    huisverboden: som('huisverboden'),
    huisverbodenVerlengd: som('huisverboden_verlengd'),
    onderzoekenGestart: som('oz_gestart'),
    voorwaardenEnVervolgGestart: som('vv_gestart'),
    onderzoekenAfgesloten: ozAf,
    percentageOnderzoekenBinnen10WekenNaStart: pct(som('oz_tijdig_start'), ozAf),
    percentageOnderzoekenBinnen10WekenNaMelding: pct(som('oz_tijdig_melding'), ozAf),
    voorwaardenEnVervolgAfgesloten: vvAf,
    percentageVoorwaardenEnVervolgBinnen10WekenNaStart: pct(som('vv_tijdig_start'), vvAf),
    percentageVoorwaardenEnVervolgBinnen10WekenNaMelding: pct(som('vv_tijdig_melding'), vvAf),
    wachtlijstBeoordeling: laatste('wacht_beoordeling'),
    wachtlijstStart: laatste('wacht_start'),
    wachtlijstOverdracht: laatste('wacht_overdracht'),
    monitoringContacten: som('monitoring'),
    monitoringDrieMaandenGezin: pct(som('mon3_gezin_voldoende'), som('mon3_gezin')),
    monitoringDrieMaandenProfessional: pct(som('mon3_prof_voldoende'), som('mon3_prof')),
    monitoringTwaalfMaandenGezin: pct(som('mon12_gezin_voldoende'), som('mon12_gezin')),
    monitoringTwaalfMaandenProfessional: pct(som('mon12_prof_voldoende'), som('mon12_prof')),
    monitoringScores: som('mon3_gezin') + som('mon3_prof') + som('mon12_gezin') + som('mon12_prof'),
    klachtenOntvangen: som('klachten_ontvangen'),
    klachtenAfgesloten: som('klachten_afgesloten'),
    klachtenGegrond: som('klachten_gegrond'),
    ziekteverzuim: gemiddelde(verzuim),
  };
}

/**
 * Realised against budgeted volume per product: per month (begroot null where the month has no
 * begroting) and over all months given (begroot null when none has one).
 */
export function begrotingsregels(
  maanden: KwartaalMaand[],
  totaal: KwartaalCijfers,
  begroting: { maand: string; product: string; volume: string }[],
): KwartaalBegrotingsregel[] {
  return PRODUCTEN.map(({ product, omschrijving, gerealiseerd }) => {
    const perMaand = maanden.map((mc) => {
      const volumes = begroting.filter((b) => b.maand.startsWith(mc.maand) && b.product === product);
      return { maand: mc.maand, begroot: volumes.length ? Number(volumes[0]!.volume) : null, gerealiseerd: gerealiseerd(mc.cijfers) };
    });
    const begroot = perMaand.some((p) => p.begroot !== null) ? perMaand.reduce((s, p) => s + (p.begroot ?? 0), 0) : null;
    const realisatie = gerealiseerd(totaal);
    return { product, omschrijving, begroot, gerealiseerd: realisatie, percentage: begroot ? pct(realisatie, begroot) : null, perMaand };
  });
}

function gemeente(r: GemeenteRij): KwartaalGemeente {
  const adviezen = Number(r.adviezen);
  const meldingen = Number(r.meldingen);
  return {
    gemeenteCode: r.gemeente_code,
    naam: r.naam ?? (r.gemeente_code ? r.gemeente_code : 'Onbekend'),
    inRegio: r.in_regio,
    inwoners: r.inwoners,
    peildatum: r.peildatum,
    adviezen,
    meldingen,
    zorgmeldingenJeugd: Number(r.zorgmeldingen),
    adviezenPer100000: per100000(adviezen, r.inwoners),
    meldingenPer100000: per100000(meldingen, r.inwoners),
  };
}

/**
 * The kwartaalrapportage: everything in one tenant transaction (row-level security scopes it to
 * the caller's region), a handful of set-based statements whatever the period's length, and only
 * the data's own dates in the result, so the same period on the same data gives the same report.
 */
@Injectable()
export class KwartaalrapportageService {
  constructor(
    private readonly db: TenantDb,
    private readonly begrotingen: BegrotingService,
  ) {}

  /** Validates the period (VALIDATIE before any database work) and computes the report. */
  bereken(code: string, nu: Date = new Date()): Promise<Kwartaalrapportage> {
    const periode = parsePeriode(code, nu);
    return this.db.run((m) => this.berekenIn(m, periode, isVoorlopig(periode, nu)));
  }

  private async berekenIn(m: EntityManager, periode: Periode, voorlopig: boolean): Promise<Kwartaalrapportage> {
    const perioden = [periode, ...Array.from({ length: VORIGE_JAREN }, (_, i) => zelfdePeriode(periode, periode.jaar - 1 - i))];
    const alleMaanden = perioden.flatMap((p) => p.maanden.map((mnd) => maandBegin(p.jaar, mnd)));
    const regio = await leesRegio(m);
    const rijen = await telMaanden(m, alleMaanden);
    const { begroting, verzuim } = await leesInvoer(m, alleMaanden);
    const gemeenteRijen = await telPerGemeente(m, periode.van, periode.tot, `${periode.jaar}-01-01`);
    const jaarbegroting = await this.begrotingen.bereken(m, periode.jaar);

    const verzuimVan = (maanden: string[]) => verzuim.filter((v) => maanden.includes(v.maand)).map((v) => Number(v.percentage));
    const maandenVan = (p: Periode): KwartaalMaand[] =>
      p.maanden.map((mnd) => {
        const begin = maandBegin(p.jaar, mnd);
        return {
          maand: begin.slice(0, 7),
          cijfers: cijfersVan(
            rijen.filter((r) => r.maand === begin),
            verzuimVan([begin]),
          ),
        };
      });
    const totaalVan = (p: Periode): KwartaalCijfers => {
      const begins = p.maanden.map((mnd) => maandBegin(p.jaar, mnd));
      return cijfersVan(
        rijen.filter((r) => begins.includes(r.maand)),
        verzuimVan(begins),
      );
    };

    const maanden = maandenVan(periode);
    const totaal = totaalVan(periode);
    const regels = begrotingsregels(maanden, totaal, begroting);
    const gemeenten = gemeenteRijen.map(gemeente);
    const inRegio = gemeenten.filter((g) => g.inRegio);
    const regioInwoners = inRegio.every((g) => g.inwoners !== null) && inRegio.length ? inRegio.reduce((s, g) => s + g.inwoners!, 0) : null;
    const peildata = [...new Set(inRegio.map((g) => g.peildatum).filter((p): p is string => p !== null))].sort();
    const regioTotaal: KwartaalGemeente = {
      gemeenteCode: null,
      naam: regio.naam,
      inRegio: true,
      inwoners: regioInwoners,
      peildatum: peildata.length === 1 ? peildata[0]! : peildata.length ? `${peildata[0]} t/m ${peildata.at(-1)}` : null,
      adviezen: totaal.adviezen,
      meldingen: totaal.meldingen,
      zorgmeldingenJeugd: totaal.zorgmeldingenJeugd,
      adviezenPer100000: per100000(totaal.adviezen, regioInwoners),
      meldingenPer100000: per100000(totaal.meldingen, regioInwoners),
    };

    return {
      periode: periode.code,
      soort: periode.soort,
      van: periode.van,
      tot: periode.tot,
      regioCode: regio.code,
      regioNaam: regio.naam,
      voorlopig,
      maanden,
      totaal,
      vorigeJaren: perioden.slice(1).map((p) => ({ jaar: p.jaar, periode: p.code, maanden: maandenVan(p), totaal: totaalVan(p) })),
      begroting: regels,
      kosten: {
        jaar: periode.jaar,
        begroteKosten: jaarbegroting.totaleKosten,
        gerealiseerdeKosten: jaarbegroting.gerealiseerdeKosten,
        begroteInkomsten: jaarbegroting.totaleInkomsten,
        gerealiseerdeInkomsten: jaarbegroting.gerealiseerdeInkomsten,
      },
      gemeenten,
      regioTotaal,
      ziekteverzuim: verzuim
        .filter((v) => v.maand.startsWith(String(periode.jaar)) && maanden.some((mc) => v.maand.startsWith(mc.maand)))
        .map((v) => ({ maand: v.maand.slice(0, 7), team: v.team, percentage: Number(v.percentage) })),
    };
  }
}
