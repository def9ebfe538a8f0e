import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../auth';
import { Grafiek, type GrafiekOpties } from '../components/grafiek';
import { ApiFoutMelding, Laden, Melding } from '../components/melding';
import { useData } from '../gebruik-data';
import type { SturingsinformatieQuery, WerkSoort } from '../gql/api/graphql';
import { vraag } from '../graphql';
import { usePaginaTitel } from '../pagina';
import { toon } from '../periode';
import { SturingsinformatieQuery as SturingDocument } from '../queries/api';
import { Tabelvak } from '../components/tabelvak';

type Sturing = SturingsinformatieQuery['sturingsinformatie'];

const SOORTEN: Record<WerkSoort, string> = {
  ACUUT_BEOORDELEN: 'Acuut beoordelen',
  BEOORDELEN: 'Veiligheidsbeoordeling',
  HUISVERBOD_EINDE: 'Einde huisverbod',
  INTERVENTIE_AFRONDEN: 'Onderzoek of V&V afronden',
  INTERVENTIE_STARTEN: 'Onderzoek of V&V starten',
  KENNISGEVING: 'Kennisgeving',
  MAATWERK_AFRONDEN: 'Regionaal maatwerk afronden',
  MONITORING: 'Monitoring',
  OVERDRACHT_PLANNEN: 'Overdracht plannen',
  OVERDRACHT_UITVOEREN: 'Overdracht uitvoeren',
  SCREENEN: 'Screenen',
  TERUGKOPPELING: 'Terugkoppeling',
  TERUGKOPPELING_NA_ONDERZOEK: 'Terugkoppeling na onderzoek',
  TOETSEN: 'Toetsen',
  VERZOEK_AFHANDELEN: 'Verzoek afhandelen',
};

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const BLAUW = '#154273';
// At least 3:1 against the white background (WCAG 1.4.11 non-text contrast).
const LICHTBLAUW = '#6b8cb3';
// Distinguishable on white and for common colour-vision deficiencies (Okabe-Ito); lines also differ in symbol.
const TEAM_KLEUREN = ['#154273', '#d55e00', '#009e73', '#cc79a7', '#0072b2', '#8a6d00', '#56595c'];
const SYMBOLEN = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'];

/** "2026-03" as "mrt 2026". */
function maandNaam(maand: string): string {
  return `${MAANDEN[Number(maand.slice(5, 7)) - 1] ?? maand} ${maand.slice(0, 4)}`;
}

/** "A", "A en B", "A, B en C". */
function lijst(namen: string[]): string {
  return namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

function teamNaam(team: string | null | undefined): string {
  return team ?? 'Geen team (niet toegewezen)';
}

function Kop({ koppen, numeriekVanaf = 1 }: { koppen: string[]; numeriekVanaf?: number }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {koppen.map((kop, i) => (
          <th
            key={kop}
            scope="col"
            className={`utrecht-table__header-cell${i >= numeriekVanaf ? ' utrecht-table__header-cell--numeric' : ''}`}
          >
            {kop}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function Getal({ children }: { children: number | null | undefined }) {
  return <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(children)}</td>;
}

/** The region's management view: open work, caseload and wachtlijsten now, and a year's month figures. */
export function SturingPagina() {
  usePaginaTitel('Sturing');
  const { config, sessie } = useAuth();
  const [params, zetParams] = useSearchParams();
  const ditJaar = new Date().getFullYear();
  const jaarParam = Number(params.get('jaar'));
  const jaar = Number.isInteger(jaarParam) && jaarParam >= 2000 && jaarParam <= ditJaar ? jaarParam : ditJaar;
  const jaren = Array.from({ length: Math.min(10, ditJaar - 1999) }, (_, i) => ditJaar - i);
  const [keuze, zetKeuze] = useState(String(jaar));
  const data = useData(() => vraag(config.apiGraphqlUrl, SturingDocument, { jaar }, sessie?.token), [config, sessie, jaar]);

  return (
    <>
      <h1 className="utrecht-heading-1">Sturing</h1>
      <p className="utrecht-paragraph">
        Sturingsinformatie van uw regio voor teammanagers en functioneel beheerders: het openstaande werk, de wachtlijsten en de caseload
        van nu, en per maand van een jaar de veiligheidsbeoordelingen binnen 5 werkdagen en de productie tegen de begroting.
      </p>
      <form
        className="utrecht-form vt-filter"
        aria-label="Jaar kiezen"
        onSubmit={(event) => {
          event.preventDefault();
          zetParams({ jaar: keuze });
        }}
      >
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="sturing-jaar">
            Jaar
          </label>
          <select
            id="sturing-jaar"
            name="jaar"
            className="utrecht-select utrecht-select--html-select"
            value={keuze}
            onChange={(e) => zetKeuze(e.target.value)}
          >
            {jaren.map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Toon
        </button>
      </form>
      {data?.status === 'laden' && <Laden wat="De sturingsinformatie" />}
      {data?.status === 'fout' && data.fout.code === 'TEAM_ONTBREEKT' && (
        <Melding soort="warning" titel="Geen team bij uw account">
          <p className="utrecht-paragraph" data-testid="team-ontbreekt">
            Een teammanager ziet alleen de sturingsinformatie van de eigen teams, maar bij uw account is geen team bekend. Vraag de
            beheerder van uw organisatie om uw team aan uw account toe te voegen.
          </p>
        </Melding>
      )}
      {data?.status === 'fout' && <ApiFoutMelding fout={data.fout} titel="De sturingsinformatie is niet beschikbaar" />}
      {data?.status === 'klaar' && <SturingWeergave s={data.data.sturingsinformatie} />}
    </>
  );
}

function SturingWeergave({ s }: { s: Sturing }) {
  return (
    <div data-testid="sturing">
      <p className="utrecht-paragraph">
        <strong>
          {s.regioNaam} ({s.regioCode})
        </strong>
        . Het werk, de wachtlijsten en de caseload zijn van vandaag ({s.peildatum}); de maandcijfers van {s.jaar}.
      </p>
      {s.bereik === 'TEAMS' ? (
        <Melding soort="info" titel={s.eigenTeams.length === 1 ? 'Alleen uw team' : 'Alleen uw teams'}>
          <p className="utrecht-paragraph" data-testid="bereik">
            U ziet als teammanager de cijfers van {lijst(s.eigenTeams)} en van werk dat nog aan geen team is toegewezen. De productie tegen
            de begroting is een cijfer van de hele regio.
          </p>
        </Melding>
      ) : (
        <p className="utrecht-paragraph" data-testid="bereik">
          U ziet de hele regio, met de cijfers per team.
        </p>
      )}
      {s.teamBeperkt && (
        <Melding soort="info" titel="Alleen uw team">
          <p className="utrecht-paragraph" data-testid="team-beperkt">
            U ziet alleen uw eigen team en niet-toegewezen werk.
          </p>
        </Melding>
      )}
      <Nu s={s} />
      <PerTeam s={s} />
      {s.maanden && <Beoordelingen s={s} maanden={s.maanden} />}
      <Productie s={s} />
    </div>
  );
}

function Nu({ s }: { s: Sturing }) {
  return (
    <section aria-labelledby="nu-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="nu-kop">
        Nu
      </h2>
      <Tabelvak>
        <table className="utrecht-table vt-tabel" data-testid="werkvoorraad-tabel">
          <caption className="utrecht-table__caption">Openstaand werk en taken per team en soort</caption>
          <Kop koppen={['Team', 'Soort werk', 'Open', 'Taken binnenkort', 'Taken verlopen']} numeriekVanaf={2} />
          <tbody className="utrecht-table__body">
            {s.werkvoorraad.map((w) => (
              <tr className="utrecht-table__row" key={`${w.team ?? ''}-${w.soort}`}>
                <td className="utrecht-table__cell">{teamNaam(w.team)}</td>
                <th className="utrecht-table__header-cell" scope="row">
                  {SOORTEN[w.soort] ?? w.soort}
                </th>
                <Getal>{w.open}</Getal>
                <Getal>{w.takenBinnenkort}</Getal>
                <Getal>{w.takenVerlopen}</Getal>
              </tr>
            ))}
            {s.werkvoorraad.length === 0 && (
              <tr className="utrecht-table__row">
                <td className="utrecht-table__cell" colSpan={5}>
                  Geen openstaand werk.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </Tabelvak>
      {s.wachtlijsten && (
        <Tabelvak>
          <table className="utrecht-table vt-tabel" data-testid="wachtlijsten-tabel">
            <caption className="utrecht-table__caption">Wachtlijsten van de hele regio aan het eind van {s.wachtlijsten.peildatum}</caption>
            <tbody className="utrecht-table__body">
              {(
                [
                  ['Wachtlijst veiligheidsbeoordeling (termijn verstreken)', s.wachtlijsten!.beoordeling],
                  ['Wachtlijst start onderzoek of V&V', s.wachtlijsten!.start],
                  ['Wachtlijst overdracht (geen datum afgesproken)', s.wachtlijsten!.overdracht],
                ] as const
              ).map(([label, waarde]) => (
                <tr className="utrecht-table__row" key={label}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {label}
                  </th>
                  <Getal>{waarde}</Getal>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}
      <Tabelvak>
        <table className="utrecht-table vt-tabel" data-testid="caseload-tabel">
          <caption className="utrecht-table__caption">Caseload per medewerker: open meldingen en lopende onderzoeken en V&V</caption>
          <Kop koppen={['Team', 'Medewerker', 'Open meldingen', 'Onderzoeken en V&V']} numeriekVanaf={2} />
          <tbody className="utrecht-table__body">
            {s.caseload.map((c) => (
              <tr className="utrecht-table__row" key={`${c.team ?? ''}-${c.medewerker ?? ''}`}>
                <td className="utrecht-table__cell">{teamNaam(c.team)}</td>
                <th className="utrecht-table__header-cell" scope="row">
                  {c.medewerker === null || c.medewerker === undefined ? 'Niet toegewezen' : (c.naam ?? c.medewerker)}
                </th>
                <Getal>{c.meldingen}</Getal>
                <Getal>{c.interventies}</Getal>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
    </section>
  );
}

function Beoordelingen({ s, maanden }: { s: Sturing; maanden: NonNullable<Sturing['maanden']> }) {
  const opties: GrafiekOpties = useMemo(
    () => ({
      grid: { left: 50, right: 30, top: 30, bottom: 30 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? 'geen beoordelingen' : `${toon(v)}%`) },
      xAxis: { type: 'category', data: maanden.map((m) => maandNaam(m.maand)), axisLabel: { color: '#1a1a1a' } },
      yAxis: { type: 'value', min: 0, max: 100, name: '%', axisLabel: { color: '#1a1a1a' } },
      series: [
        {
          type: 'line',
          name: '% binnen 5 werkdagen',
          data: maanden.map((m) => m.cijfers.percentageBeoordelingenBinnenTermijn ?? null),
          connectNulls: false,
          lineStyle: { color: BLAUW, width: 3 },
          itemStyle: { color: BLAUW },
          symbolSize: 8,
        },
      ],
    }),
    [s],
  );
  const metCijfer = maanden.filter((m) => m.cijfers.percentageBeoordelingenBinnenTermijn !== null);
  const laatste = metCijfer.at(-1);
  return (
    <section aria-labelledby="beoordeling-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="beoordeling-kop">
        Veiligheidsbeoordelingen binnen 5 werkdagen in {s.jaar}: hele regio
      </h2>
      <p className="utrecht-paragraph" id="beoordeling-beschrijving">
        Lijndiagram van het percentage veiligheidsbeoordelingen dat binnen 5 werkdagen is vastgesteld, per maand van {s.jaar}
        {metCijfer.length === 0
          ? ': er zijn in dit jaar geen beoordelingen vastgesteld.'
          : ` (${metCijfer.length} maanden met beoordelingen; laatste: ${maandNaam(laatste!.maand)}, ${toon(
              laatste!.cijfers.percentageBeoordelingenBinnenTermijn,
            )}%).`}{' '}
        De tabel eronder geeft alle getallen, ook de wachtlijsten aan het eind van elke maand.
      </p>
      <Grafiek
        opties={opties}
        label={`Lijndiagram percentage veiligheidsbeoordelingen binnen 5 werkdagen per maand, hele regio, ${s.jaar}`}
        beschrijvingId="beoordeling-beschrijving"
        hoogte={280}
        testId="beoordeling-grafiek"
      />
      <Tabelvak>
        <table className="utrecht-table vt-tabel" data-testid="maanden-tabel">
          <caption className="utrecht-table__caption">Veiligheidsbeoordelingen en wachtlijsten per maand, hele regio, {s.jaar}</caption>
          <Kop
            koppen={[
              'Maand',
              'Veiligheidsbeoordelingen',
              'Binnen 5 werkdagen',
              '% binnen 5 werkdagen',
              'Wachtlijst beoordeling',
              'Wachtlijst start',
              'Wachtlijst overdracht',
            ]}
          />
          <tbody className="utrecht-table__body">
            {maanden.map((m) => (
              <tr className="utrecht-table__row" key={m.maand} data-maand={m.maand}>
                <th className="utrecht-table__header-cell" scope="row" style={{ whiteSpace: 'nowrap' }}>
                  {maandNaam(m.maand)}
                </th>
                <Getal>{m.cijfers.veiligheidsbeoordelingen}</Getal>
                <Getal>{m.cijfers.beoordelingenBinnenTermijn}</Getal>
                <Getal>{m.cijfers.percentageBeoordelingenBinnenTermijn}</Getal>
                <Getal>{m.cijfers.wachtlijstBeoordeling}</Getal>
                <Getal>{m.cijfers.wachtlijstStart}</Getal>
                <Getal>{m.cijfers.wachtlijstOverdracht}</Getal>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
    </section>
  );
}

function Productie({ s }: { s: Sturing }) {
  const [product, zetProduct] = useState(s.productie[0]?.product ?? '');
  const regel = s.productie.find((p) => p.product === product) ?? s.productie[0];
  const opties: GrafiekOpties | null = useMemo(
    () =>
      regel
        ? {
            grid: { left: 50, right: 30, top: 40, bottom: 30 },
            legend: { top: 0, textStyle: { color: '#1a1a1a' } },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: regel.perMaand.map((m) => maandNaam(m.maand)), axisLabel: { color: '#1a1a1a' } },
            yAxis: { type: 'value', axisLabel: { color: '#1a1a1a' } },
            series: [
              { type: 'bar', name: 'Begroot', data: regel.perMaand.map((m) => m.begroot ?? null), itemStyle: { color: LICHTBLAUW } },
              { type: 'bar', name: 'Gerealiseerd', data: regel.perMaand.map((m) => m.gerealiseerd), itemStyle: { color: BLAUW } },
            ],
          }
        : null,
    [regel],
  );
  return (
    <section aria-labelledby="productie-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="productie-kop">
        Productie tegen begroting in {s.jaar}: regiocijfer
      </h2>
      <p className="utrecht-paragraph" data-testid="regiocijfer">
        De begroting is er per regio, niet per team: deze cijfers gaan over de hele regio
        {s.bereik === 'TEAMS' ? ', ook al ziet u verder alleen de cijfers van uw eigen team' : ''}.
      </p>
      <Tabelvak>
        <table className="utrecht-table vt-tabel" data-testid="productie-tabel">
          <caption className="utrecht-table__caption">Productie tegen begroting per product, hele regio, {s.jaar} tot nu</caption>
          <Kop koppen={['Product', 'Begroot', 'Gerealiseerd', '% van begroting']} />
          <tbody className="utrecht-table__body">
            {s.productie.map((p) => (
              <tr className="utrecht-table__row" key={p.product}>
                <th className="utrecht-table__header-cell" scope="row">
                  {p.omschrijving}
                </th>
                <Getal>{p.begroot}</Getal>
                <Getal>{p.gerealiseerd}</Getal>
                <Getal>{p.percentage}</Getal>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
      {regel && opties && (
        <>
          <div className="utrecht-form-field vt-filter">
            <label className="utrecht-form-label" htmlFor="productie-product">
              Product in de grafiek
            </label>
            <select
              id="productie-product"
              className="utrecht-select utrecht-select--html-select"
              value={regel.product}
              onChange={(e) => zetProduct(e.target.value as typeof product)}
            >
              {s.productie.map((p) => (
                <option key={p.product} value={p.product}>
                  {p.omschrijving}
                </option>
              ))}
            </select>
          </div>
          <p className="utrecht-paragraph" id="productie-beschrijving">
            Staafdiagram per maand van {s.jaar}: begroot (lichtblauw) en gerealiseerd (donkerblauw) voor {regel.omschrijving}.{' '}
            {regel.begroot === null || regel.begroot === undefined
              ? `Tot nu ${toon(regel.gerealiseerd)} gerealiseerd; voor dit product is geen begroting per maand vastgelegd.`
              : `Tot nu ${toon(regel.gerealiseerd)} gerealiseerd tegen ${toon(regel.begroot)} begroot (${toon(regel.percentage)}%).`}{' '}
            De tabel eronder geeft de getallen per maand.
          </p>
          <Grafiek
            opties={opties}
            label={`Staafdiagram productie tegen begroting per maand, ${regel.omschrijving}, ${s.jaar}`}
            beschrijvingId="productie-beschrijving"
            hoogte={300}
            testId="productie-grafiek"
          />
          <Tabelvak>
            <table className="utrecht-table vt-tabel" data-testid="productie-maand-tabel">
              <caption className="utrecht-table__caption">
                {regel.omschrijving}: begroot en gerealiseerd per maand, {s.jaar}
              </caption>
              <Kop koppen={['Maand', 'Begroot', 'Gerealiseerd']} />
              <tbody className="utrecht-table__body">
                {regel.perMaand.map((m) => (
                  <tr className="utrecht-table__row" key={m.maand}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {maandNaam(m.maand)}
                    </th>
                    <Getal>{m.begroot}</Getal>
                    <Getal>{m.gerealiseerd}</Getal>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelvak>
        </>
      )}
      {s.productie.length === 0 && (
        <Melding soort="info" titel="Geen begroting">
          <p className="utrecht-paragraph">Voor dit jaar is geen begroting per maand vastgelegd.</p>
        </Melding>
      )}
    </section>
  );
}

/** Per team within the caller's scope: the wachtlijsten now and the % veiligheidsbeoordelingen within 5 werkdagen per month. */
function PerTeam({ s }: { s: Sturing }) {
  const maanden = s.teams[0]?.maanden.map((m) => m.maand) ?? [];
  const opties: GrafiekOpties = useMemo(
    () => ({
      grid: { left: 50, right: 30, top: 50, bottom: 30 },
      legend: { top: 0, textStyle: { color: '#1a1a1a' } },
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? 'geen beoordelingen' : `${toon(v)}%`) },
      xAxis: { type: 'category', data: maanden.map(maandNaam), axisLabel: { color: '#1a1a1a' } },
      yAxis: { type: 'value', min: 0, max: 100, name: '%', axisLabel: { color: '#1a1a1a' } },
      series: s.teams.map((t, i) => ({
        type: 'line',
        name: teamNaam(t.team),
        data: t.maanden.map((m) => m.percentageBeoordelingenBinnenTermijn ?? null),
        connectNulls: false,
        lineStyle: { color: TEAM_KLEUREN[i % TEAM_KLEUREN.length], width: 2 },
        itemStyle: { color: TEAM_KLEUREN[i % TEAM_KLEUREN.length] },
        symbol: SYMBOLEN[i % SYMBOLEN.length],
        symbolSize: 8,
      })),
    }),
    [s, maanden],
  );
  const wie = s.bereik === 'TEAMS' ? `uw team${s.eigenTeams.length === 1 ? '' : 's'} (${lijst(s.eigenTeams)})` : 'elk team van de regio';
  return (
    <section aria-labelledby="team-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="team-kop">
        Per team
      </h2>
      <Tabelvak>
        <table className="utrecht-table vt-tabel" data-testid="team-wachtlijsten-tabel">
          <caption className="utrecht-table__caption">Wachtlijsten per team aan het eind van {s.peildatum}</caption>
          <Kop koppen={['Team', 'Wachtlijst veiligheidsbeoordeling', 'Wachtlijst start', 'Wachtlijst overdracht']} />
          <tbody className="utrecht-table__body">
            {s.teams.map((t) => (
              <tr className="utrecht-table__row" key={t.team ?? ''} data-team={t.team ?? ''}>
                <th className="utrecht-table__header-cell" scope="row">
                  {teamNaam(t.team)}
                </th>
                <Getal>{t.wachtlijsten.beoordeling}</Getal>
                <Getal>{t.wachtlijsten.start}</Getal>
                <Getal>{t.wachtlijsten.overdracht}</Getal>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
      {s.teams.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Veiligheidsbeoordelingen binnen 5 werkdagen per team in {s.jaar}</h3>
          <p className="utrecht-paragraph" id="team-beschrijving">
            Lijndiagram met per team een lijn (eigen kleur en eigen symbool) van het percentage veiligheidsbeoordelingen dat binnen 5
            werkdagen is vastgesteld, per maand van {s.jaar}, voor {wie}. Een maand zonder beoordelingen heeft geen punt. De tabel eronder
            geeft per team en maand het aantal beoordelingen, het percentage en de wachtlijsten.
          </p>
          <Grafiek
            opties={opties}
            label={`Lijndiagram percentage veiligheidsbeoordelingen binnen 5 werkdagen per team per maand, ${s.jaar}`}
            beschrijvingId="team-beschrijving"
            hoogte={300}
            testId="team-grafiek"
          />
          <Tabelvak>
            <table className="utrecht-table vt-tabel" data-testid="team-maanden-tabel">
              <caption className="utrecht-table__caption">Per team en maand: veiligheidsbeoordelingen en wachtlijsten, {s.jaar}</caption>
              <Kop
                koppen={[
                  'Team',
                  'Maand',
                  'Meldingen',
                  'Veiligheidsbeoordelingen',
                  '% binnen 5 werkdagen',
                  'Wachtlijst beoordeling',
                  'Wachtlijst start',
                  'Wachtlijst overdracht',
                ]}
                numeriekVanaf={2}
              />
              <tbody className="utrecht-table__body">
                {s.teams.flatMap((t) =>
                  t.maanden.map((m) => (
                    <tr className="utrecht-table__row" key={`${t.team ?? ''}-${m.maand}`} data-team={t.team ?? ''} data-maand={m.maand}>
                      <td className="utrecht-table__cell">{teamNaam(t.team)}</td>
                      <th className="utrecht-table__header-cell" scope="row" style={{ whiteSpace: 'nowrap' }}>
                        {maandNaam(m.maand)}
                      </th>
                      <Getal>{m.meldingen}</Getal>
                      <Getal>{m.veiligheidsbeoordelingen}</Getal>
                      <Getal>{m.percentageBeoordelingenBinnenTermijn}</Getal>
                      <Getal>{m.wachtlijstBeoordeling}</Getal>
                      <Getal>{m.wachtlijstStart}</Getal>
                      <Getal>{m.wachtlijstOverdracht}</Getal>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </Tabelvak>
        </>
      )}
    </section>
  );
}
