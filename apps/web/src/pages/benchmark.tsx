import { lazy, Suspense, useId, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { isAnalist, useAuth } from '../auth';
import { Grafiek, type GrafiekOpties } from '../components/grafiek';
import { ApiFoutMelding, Laden, Melding } from '../components/melding';
import { benchmarkCsv, type Vergelijking } from '../csv';
import { useData } from '../gebruik-data';
import type { TrendQuery } from '../gql/benchmark/graphql';
import { bewaar, vraag } from '../graphql';
import { PERIODE_PATROON, toon, trendBegin } from '../periode';
import { BenchmarkQuery, KengetallenQuery, TrendQuery as TrendDocument } from '../queries/benchmark';
import { usePaginaTitel } from '../pagina';
import { Tabelvak } from '../components/tabelvak';

// The map (boundaries, topojson-client, ECharts' map chart) is a chunk of its own, loaded with the figures.
const Regiokaart = lazy(() => import('../kaart/regiokaart').then((m) => ({ default: m.Regiokaart })));

const EIGEN = '#b3372b';
const ANDER = '#4c7aa6';
const STANDAARD_KENGETAL = 'FTE_PER_1000_MELDINGEN';

const RICHTING: Record<string, string> = {
  HOGER: 'Hoger is beter.',
  LAGER: 'Lager is beter.',
  NEUTRAAL: 'Hoger of lager is niet beter of slechter: het kengetal beschrijft hoe een regio werkt.',
};

/** The national benchmark: per kengetal a bar chart, a trend, the numbers and a CSV file. */
export function BenchmarkPagina() {
  usePaginaTitel('Benchmark');
  const { config, sessie } = useAuth();
  const [params, zetParams] = useSearchParams();
  const periode = params.get('periode') ?? String(new Date().getFullYear());
  const kengetal = params.get('kengetal') ?? STANDAARD_KENGETAL;
  const [invoer, zetInvoer] = useState({ periode, kengetal });
  const [invoerFout, zetInvoerFout] = useState<string | null>(null);
  const token = sessie?.token;
  const url = config.benchmarkGraphqlUrl;

  const catalogus = useData(() => vraag(url, KengetallenQuery, {}, token), [url, token]);
  const benchmark = useData(() => vraag(url, BenchmarkQuery, { periode, kengetallen: [kengetal] }, token), [url, token, periode, kengetal]);
  const trend = useData(
    () => vraag(url, TrendDocument, { kengetal, van: trendBegin(periode), tot: periode }, token),
    [url, token, periode, kengetal],
  );

  function toepassen(event: FormEvent) {
    event.preventDefault();
    if (!PERIODE_PATROON.test(invoer.periode)) {
      zetInvoerFout('Vul een periode in als 2025 (jaar), 2025-H1 (halfjaar) of 2025-Q2 (kwartaal).');
      return;
    }
    zetInvoerFout(null);
    zetParams({ periode: invoer.periode, kengetal: invoer.kengetal });
  }

  const kengetallen = catalogus?.status === 'klaar' ? catalogus.data.kengetallen : [];
  return (
    <>
      <h1 className="utrecht-heading-1">Landelijke benchmark</h1>
      <p className="utrecht-paragraph">
        Kengetallen van alle deelnemende Veilig Thuis-regio’s, met het landelijke cijfer en de middelste helft van de regio’s
        (kwartielband). {isAnalist(sessie) ? 'U ziet alle deelnemende regio’s.' : 'Uw eigen regio is gemarkeerd.'} Kleine aantallen zijn
        onderdrukt om te voorkomen dat personen herkenbaar worden; aantallen zijn afgerond op vijftallen.
      </p>

      <form className="utrecht-form vt-filter" onSubmit={toepassen} aria-label="Periode en kengetal kiezen" noValidate>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="periode">
            Periode
          </label>
          <p className="utrecht-form-field-description" id="periode-uitleg">
            Een jaar (2025), halfjaar (2025-H1) of kwartaal (2025-Q2).
          </p>
          <input
            id="periode"
            name="periode"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={invoer.periode}
            aria-describedby={invoerFout ? 'periode-uitleg periode-fout' : 'periode-uitleg'}
            aria-invalid={invoerFout ? true : undefined}
            onChange={(e) => zetInvoer({ ...invoer, periode: e.target.value.trim() })}
          />
          {invoerFout && (
            <p className="utrecht-form-field-error-message" id="periode-fout">
              {invoerFout}
            </p>
          )}
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="kengetal">
            Kengetal
          </label>
          <select
            id="kengetal"
            name="kengetal"
            className="utrecht-select utrecht-select--html-select"
            value={invoer.kengetal}
            onChange={(e) => zetInvoer({ ...invoer, kengetal: e.target.value })}
          >
            {kengetallen.length === 0 && <option value={invoer.kengetal}>{invoer.kengetal}</option>}
            {kengetallen.map((k) => (
              <option key={k.code} value={k.code}>
                {k.naam}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Toon
        </button>
      </form>

      {benchmark?.status === 'laden' && <Laden wat="De benchmark" />}
      {benchmark?.status === 'fout' && <ApiFoutMelding fout={benchmark.fout} titel="De benchmark is niet beschikbaar" />}
      {benchmark?.status === 'klaar' &&
        (benchmark.data.benchmark.kengetallen[0] ? (
          <KengetalWeergave
            periode={benchmark.data.benchmark.periode}
            deelnemers={benchmark.data.benchmark.deelnemers}
            v={benchmark.data.benchmark.kengetallen[0]}
            trend={trend?.status === 'klaar' ? trend.data.trend : null}
            trendFout={trend?.status === 'fout' ? trend.fout.message : null}
          />
        ) : (
          <Melding soort="info" titel="Geen gegevens">
            <p className="utrecht-paragraph">Voor deze periode en dit kengetal zijn geen cijfers.</p>
          </Melding>
        ))}
    </>
  );
}

function KengetalWeergave({
  periode,
  deelnemers,
  v,
  trend,
  trendFout,
}: {
  periode: string;
  deelnemers: number;
  v: Vergelijking;
  trend: TrendQuery['trend'] | null;
  trendFout: string | null;
}) {
  const k = v.kengetal;
  const beschrijvingId = useId();
  const trendBeschrijvingId = useId();
  const eigen = v.regios.find((r) => r.eigenRegio);
  const gepubliceerd = v.regios.filter((r) => r.waarde !== null);
  const hoogste = gepubliceerd.reduce<(typeof gepubliceerd)[number] | null>((a, r) => (!a || r.waarde! > a.waarde! ? r : a), null);
  const laagste = gepubliceerd.reduce<(typeof gepubliceerd)[number] | null>((a, r) => (!a || r.waarde! < a.waarde! ? r : a), null);
  const aantalOnderdrukt = v.regios.filter((r) => r.onderdrukt).length;

  const staaf: GrafiekOpties = useMemo(() => {
    const regios = [...v.regios].reverse(); // top to bottom in code order
    return {
      grid: { left: 190, right: 40, top: 30, bottom: 30 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (w: number | null) => (w === null ? 'onderdrukt of geen waarde' : toon(w)),
      },
      xAxis: { type: 'value', name: k.eenheid, nameLocation: 'middle', nameGap: 24 },
      yAxis: {
        type: 'category',
        // A suppressed region has no bar (never a bar of 0): its axis label says so.
        data: regios.map((r) => `${r.regioNaam}${r.eigenRegio ? ' (eigen regio)' : ''}${r.onderdrukt ? ' – onderdrukt' : ''}`),
        axisLabel: { color: '#1a1a1a', fontSize: 12 },
      },
      series: [
        {
          type: 'bar',
          name: k.naam,
          data: regios.map((r) => ({ value: r.waarde, itemStyle: { color: r.eigenRegio ? EIGEN : ANDER } })),
          markLine:
            v.landelijk.waarde !== null
              ? {
                  symbol: 'none',
                  lineStyle: { color: '#1a1a1a', type: 'solid', width: 2 },
                  label: { formatter: `Landelijk ${toon(v.landelijk.waarde)}`, color: '#1a1a1a' },
                  data: [{ xAxis: v.landelijk.waarde }],
                }
              : undefined,
          markArea:
            v.eersteKwartiel !== null && v.derdeKwartiel !== null
              ? {
                  itemStyle: { color: 'rgba(21, 66, 115, 0.12)' },
                  label: { show: false },
                  data: [[{ xAxis: v.eersteKwartiel }, { xAxis: v.derdeKwartiel }]],
                }
              : undefined,
        },
      ],
    };
  }, [v, k]);

  const lijnen: GrafiekOpties | null = useMemo(() => {
    if (!trend) return null;
    const reeks = (punten: { periode: string; waarde: number | null }[]) =>
      trend.periodes.map((p) => punten.find((x) => x.periode === p)?.waarde ?? null);
    const eigenReeks = trend.regios.find((r) => r.eigenRegio);
    const anderen = trend.regios.filter((r) => !r.eigenRegio);
    return {
      grid: { left: 60, right: 30, top: 40, bottom: 40 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['Landelijk', ...(eigenReeks ? [`${eigenReeks.regioNaam} (eigen regio)`] : [])] },
      xAxis: { type: 'category', data: trend.periodes },
      yAxis: { type: 'value', name: k.eenheid },
      series: [
        ...anderen.map((r) => ({
          type: 'line',
          name: r.regioNaam,
          data: reeks(r.punten),
          lineStyle: { color: '#b5c4d3', width: 1 },
          itemStyle: { color: '#b5c4d3' },
          symbol: 'none',
          silent: true,
        })),
        {
          type: 'line',
          name: 'Landelijk',
          data: reeks(trend.landelijk),
          lineStyle: { color: '#1a1a1a', width: 3 },
          itemStyle: { color: '#1a1a1a' },
        },
        ...(eigenReeks
          ? [
              {
                type: 'line',
                name: `${eigenReeks.regioNaam} (eigen regio)`,
                data: reeks(eigenReeks.punten),
                lineStyle: { color: EIGEN, width: 3, type: 'dashed' },
                itemStyle: { color: EIGEN },
              },
            ]
          : []),
      ],
    };
  }, [trend, k]);

  const eigenTrend = trend?.regios.find((r) => r.eigenRegio);

  return (
    <section aria-labelledby="kengetal-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="kengetal-kop">
        {k.naam} <span className="vt-periode">({periode})</span>
      </h2>
      <details className="vt-definitie">
        <summary>Definitie van dit kengetal</summary>
        <dl className="vt-dl">
          <dt>Definitie</dt>
          <dd>{k.definitie}</dd>
          <dt>Teller</dt>
          <dd>{k.teller}</dd>
          <dt>Noemer</dt>
          <dd>{k.noemer ?? 'geen (een aantal)'}</dd>
          <dt>Eenheid</dt>
          <dd>{k.eenheid}</dd>
          <dt>Berekening</dt>
          <dd>waarde = teller / noemer × {toon(k.factor)}</dd>
          <dt>Richting</dt>
          <dd>{RICHTING[k.richting]}</dd>
          <dt>Code</dt>
          <dd>
            <code className="utrecht-code">{k.code}</code>
          </dd>
        </dl>
      </details>

      <h3 className="utrecht-heading-3">Per regio</h3>
      <p className="utrecht-paragraph" id={beschrijvingId}>
        {v.regios.length} deelnemende regio’s ({deelnemers} met cijfers in deze periode). Landelijk:{' '}
        {toon(v.landelijk.waarde, v.landelijk.onderdrukt)} {k.eenheid}. De middelste helft van de regio’s ligt tussen{' '}
        {toon(v.eersteKwartiel)} en {toon(v.derdeKwartiel)} (kwartielband, grijsblauw gearceerd); mediaan {toon(v.mediaan)}.
        {hoogste &&
          laagste &&
          ` Hoogste: ${hoogste.regioNaam} (${toon(hoogste.waarde)}); laagste: ${laagste.regioNaam} (${toon(laagste.waarde)}).`}
        {eigen && ` Uw regio ${eigen.regioNaam}: ${toon(eigen.waarde, eigen.onderdrukt)} (rode staaf).`}
        {aantalOnderdrukt > 0 && ` ${aantalOnderdrukt} regio’s zijn onderdrukt: zij hebben geen staaf.`} Alle getallen staan in de tabel
        hieronder.
      </p>
      <div className="vt-naast">
        <Grafiek
          opties={staaf}
          label={`Staafdiagram ${k.naam} per regio, ${periode}`}
          beschrijvingId={beschrijvingId}
          hoogte={Math.max(260, v.regios.length * 26 + 70)}
          testId="staafdiagram"
        />
        <Suspense fallback={<Laden wat="De kaart" />}>
          <Regiokaart v={v} periode={periode} />
        </Suspense>
      </div>

      <h3 className="utrecht-heading-3">Verloop</h3>
      {trendFout && (
        <Melding soort="warning" titel="Het verloop is niet beschikbaar">
          <p className="utrecht-paragraph">{trendFout}</p>
        </Melding>
      )}
      {!trend && !trendFout && <Laden wat="Het verloop" />}
      {trend && lijnen && (
        <>
          <p className="utrecht-paragraph" id={trendBeschrijvingId}>
            Lijndiagram van {trend.periodes[0]} tot en met {trend.periodes.at(-1)}: het landelijke cijfer (zwarte lijn)
            {eigenTrend ? ` en uw regio ${eigenTrend.regioNaam} (rode stippellijn)` : ''}, met de andere regio’s als lichte lijnen. De tabel
            eronder geeft de waarden.
          </p>
          <Grafiek
            opties={lijnen}
            label={`Lijndiagram ${k.naam} over de periodes`}
            beschrijvingId={trendBeschrijvingId}
            hoogte={320}
            testId="trend"
          />
          <Tabelvak>
            <table className="utrecht-table vt-tabel" data-testid="trend-tabel">
              <caption className="utrecht-table__caption">Verloop van {k.naam}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Periode
                  </th>
                  <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                    Landelijk
                  </th>
                  {eigenTrend && (
                    <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                      {eigenTrend.regioNaam}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {trend.periodes.map((p) => {
                  const l = trend.landelijk.find((x) => x.periode === p);
                  const e = eigenTrend?.punten.find((x) => x.periode === p);
                  return (
                    <tr className="utrecht-table__row" key={p}>
                      <th className="utrecht-table__header-cell" scope="row">
                        {p}
                      </th>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(l?.waarde, l?.onderdrukt)}</td>
                      {eigenTrend && <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(e?.waarde, e?.onderdrukt)}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Tabelvak>
        </>
      )}

      <h3 className="utrecht-heading-3">Cijfers</h3>
      <p className="utrecht-paragraph">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            bewaar(new Blob([benchmarkCsv(periode, v)], { type: 'text/csv;charset=utf-8' }), `benchmark-${k.code}-${periode}.csv`)
          }
        >
          Download als CSV
        </button>
      </p>
      <Tabelvak>
        <table className="utrecht-table vt-tabel" data-testid="benchmark-tabel">
          <caption className="utrecht-table__caption">
            {k.naam} per regio, {periode}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                Regio
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                Teller
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                Noemer
              </th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                Waarde ({k.eenheid})
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {v.regios.map((r) => (
              <tr
                className={`utrecht-table__row${r.eigenRegio ? ' vt-eigen-regio' : ''}`}
                key={r.regioCode}
                data-regio={r.regioCode}
                data-eigen={r.eigenRegio || undefined}
              >
                <th className="utrecht-table__header-cell" scope="row">
                  {r.regioNaam}
                  {r.eigenRegio && <strong> (eigen regio)</strong>}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(r.teller, r.onderdrukt)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(r.noemer, r.onderdrukt)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(r.waarde, r.onderdrukt)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                Landelijk
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(v.landelijk.teller, v.landelijk.onderdrukt)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(v.landelijk.noemer, v.landelijk.onderdrukt)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(v.landelijk.waarde, v.landelijk.onderdrukt)}</td>
            </tr>
          </tfoot>
        </table>
      </Tabelvak>
    </section>
  );
}
