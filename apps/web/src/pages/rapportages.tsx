import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../auth';
import { ApiFoutMelding, Laden, Melding } from '../components/melding';
import { useData } from '../gebruik-data';
import type { CbsBeleidsinformatieQuery, KwartaalrapportageQuery } from '../gql/api/graphql';
import { ApiFout, download, vraag } from '../graphql';
import { usePaginaTitel } from '../pagina';
import { toon, vorigHalfjaar, vorigKwartaal } from '../periode';
import { CbsBeleidsinformatieQuery as CbsDocument, KwartaalrapportageQuery as KwartaalDocument } from '../queries/api';
import { Tabelvak } from '../components/tabelvak';

const KWARTAAL_PATROON = /^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;
const HALFJAAR_PATROON = /^[0-9]{4}-H[12]$/;

/** The region's own reports: the kwartaalrapportage and the CBS beleidsinformatie, to view and download. */
export function RapportagesPagina() {
  usePaginaTitel('Rapportages');
  const [params, zetParams] = useSearchParams();
  const periode = params.get('periode') ?? vorigKwartaal();
  const halfjaar = params.get('halfjaar') ?? vorigHalfjaar();
  const kies = (sleutel: string, waarde: string) => {
    const volgende = new URLSearchParams(params);
    volgende.set(sleutel, waarde);
    zetParams(volgende);
  };
  return (
    <>
      <h1 className="utrecht-heading-1">Rapportages</h1>
      <p className="utrecht-paragraph">
        De rapportages van uw eigen regio, berekend uit de actuele gegevens. Bekijken en downloaden kan voor teammanagers en functioneel
        beheerders; de CBS-levering alleen voor functioneel beheerders.
      </p>
      <Kwartaal periode={periode} kies={(p) => kies('periode', p)} />
      <Cbs halfjaar={halfjaar} kies={(h) => kies('halfjaar', h)} />
    </>
  );
}

function PeriodeKeuze({
  id,
  label,
  uitleg,
  waarde,
  patroon,
  kies,
}: {
  id: string;
  label: string;
  uitleg: string;
  waarde: string;
  patroon: RegExp;
  kies(v: string): void;
}) {
  const [invoer, zetInvoer] = useState(waarde);
  const [fout, zetFout] = useState(false);
  function toepassen(event: FormEvent) {
    event.preventDefault();
    if (!patroon.test(invoer)) return zetFout(true);
    zetFout(false);
    kies(invoer);
  }
  return (
    <form className="utrecht-form vt-filter" onSubmit={toepassen} noValidate aria-label={label}>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
        <p className="utrecht-form-field-description" id={`${id}-uitleg`}>
          {uitleg}
        </p>
        <input
          id={id}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={invoer}
          aria-invalid={fout || undefined}
          aria-describedby={fout ? `${id}-uitleg ${id}-fout` : `${id}-uitleg`}
          onChange={(e) => zetInvoer(e.target.value.trim())}
        />
        {fout && (
          <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
            Deze periode is niet geldig. {uitleg}
          </p>
        )}
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        Toon
      </button>
    </form>
  );
}

function DownloadKnop({ url, naam, children }: { url: string; naam: string; children: string }) {
  const { sessie } = useAuth();
  const [fout, zetFout] = useState<ApiFout | null>(null);
  const [bezig, zetBezig] = useState(false);
  return (
    <>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action vt-knop"
        disabled={bezig}
        onClick={() => {
          zetBezig(true);
          zetFout(null);
          download(url, sessie?.token, naam)
            .catch((error: unknown) => zetFout(error instanceof ApiFout ? error : new ApiFout(String(error), undefined)))
            .finally(() => zetBezig(false));
        }}
      >
        {children}
      </button>
      {fout && <ApiFoutMelding fout={fout} titel="Downloaden mislukt" />}
    </>
  );
}

function Kwartaal({ periode, kies }: { periode: string; kies(p: string): void }) {
  const { config, sessie } = useAuth();
  const data = useData(() => vraag(config.apiGraphqlUrl, KwartaalDocument, { periode }, sessie?.token), [config, sessie, periode]);
  return (
    <section aria-labelledby="kwartaal-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="kwartaal-kop">
        Kwartaalrapportage
      </h2>
      <PeriodeKeuze
        id="kwartaal-periode"
        label="Periode van de kwartaalrapportage"
        uitleg="Een maand (2026-03), kwartaal (2026-Q1) of jaar (2026)."
        waarde={periode}
        patroon={KWARTAAL_PATROON}
        kies={kies}
      />
      {data?.status === 'laden' && <Laden wat="De kwartaalrapportage" />}
      {data?.status === 'fout' && <ApiFoutMelding fout={data.fout} titel="De kwartaalrapportage is niet beschikbaar" />}
      {data?.status === 'klaar' && <KwartaalWeergave r={data.data.kwartaalrapportage} />}
    </section>
  );
}

function KwartaalWeergave({ r }: { r: KwartaalrapportageQuery['kwartaalrapportage'] }) {
  const t = r.totaal;
  const rijen: [string, string][] = [
    ['Meldingen', toon(t.meldingen)],
    ['Adviezen', toon(t.adviezen)],
    ['Veiligheidsbeoordelingen', toon(t.veiligheidsbeoordelingen)],
    ['Waarvan binnen 5 werkdagen', `${toon(t.beoordelingenBinnenTermijn)} (${toon(t.percentageBeoordelingenBinnenTermijn)}%)`],
    ['Onderzoeken gestart', toon(t.onderzoekenGestart)],
    ['Onderzoeken afgesloten', toon(t.onderzoekenAfgesloten)],
    ['Crisisinterventies', toon(t.crises)],
    ['Huisverboden', toon(t.huisverboden)],
    ['Wachtlijst veiligheidsbeoordeling (laatste dag)', toon(t.wachtlijstBeoordeling)],
    ['Wachtlijst start onderzoek of V&V (laatste dag)', toon(t.wachtlijstStart)],
    ['Wachtlijst overdracht (laatste dag)', toon(t.wachtlijstOverdracht)],
  ];
  return (
    <div data-testid="kwartaalrapportage">
      <p className="utrecht-paragraph">
        <strong>
          {r.regioNaam} ({r.regioCode})
        </strong>
        , {r.periode}: {r.van} tot en met {r.tot}.{r.voorlopig && ' De periode loopt nog: de cijfers zijn voorlopig.'}
      </p>
      <p className="utrecht-paragraph vt-knoppen">
        <DownloadKnop url={`/rapportages/kwartaal/${encodeURIComponent(r.periode)}.pdf`} naam={`kwartaalrapportage-${r.periode}.pdf`}>
          Download PDF
        </DownloadKnop>
        <DownloadKnop url={`/rapportages/kwartaal/${encodeURIComponent(r.periode)}.xlsx`} naam={`kwartaalrapportage-${r.periode}.xlsx`}>
          Download Excel (XLSX)
        </DownloadKnop>
      </p>
      <Tabelvak>
        <table className="utrecht-table vt-tabel">
          <caption className="utrecht-table__caption">Totalen over {r.periode}</caption>
          <tbody className="utrecht-table__body">
            {rijen.map(([label, waarde]) => (
              <tr className="utrecht-table__row" key={label}>
                <th className="utrecht-table__header-cell" scope="row">
                  {label}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{waarde}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
      <Tabelvak>
        <table className="utrecht-table vt-tabel">
          <caption className="utrecht-table__caption">Per maand</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {['Maand', 'Meldingen', 'Adviezen', 'Veiligheidsbeoordelingen', '% binnen 5 werkdagen', 'Wachtlijst beoordeling'].map(
                (kop, i) => (
                  <th key={kop} scope="col" className={`utrecht-table__header-cell${i ? ' utrecht-table__header-cell--numeric' : ''}`}>
                    {kop}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {r.maanden.map((m) => (
              <tr className="utrecht-table__row" key={m.maand}>
                <th className="utrecht-table__header-cell" scope="row">
                  {m.maand}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(m.cijfers.meldingen)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(m.cijfers.adviezen)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(m.cijfers.veiligheidsbeoordelingen)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(m.cijfers.percentageBeoordelingenBinnenTermijn)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(m.cijfers.wachtlijstBeoordeling)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelvak>
      <details className="vt-definitie">
        <summary>Per gemeente ({r.gemeenten.length})</summary>
        <Tabelvak>
          <table className="utrecht-table vt-tabel">
            <caption className="utrecht-table__caption">Meldingen en adviezen per gemeente, per 100.000 inwoners</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Gemeente', 'Inwoners', 'Meldingen', 'Per 100.000', 'Adviezen', 'Per 100.000'].map((kop, i) => (
                  <th key={i} scope="col" className={`utrecht-table__header-cell${i ? ' utrecht-table__header-cell--numeric' : ''}`}>
                    {kop}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {r.gemeenten.map((g) => (
                <tr className="utrecht-table__row" key={g.gemeenteCode ?? g.naam}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {g.naam}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(g.inwoners)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(g.meldingen)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(g.meldingenPer100000)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(g.adviezen)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(g.adviezenPer100000)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      </details>
    </div>
  );
}

function Cbs({ halfjaar, kies }: { halfjaar: string; kies(h: string): void }) {
  const { config, sessie } = useAuth();
  const data = useData(() => vraag(config.apiGraphqlUrl, CbsDocument, { halfjaar }, sessie?.token), [config, sessie, halfjaar]);
  return (
    <section aria-labelledby="cbs-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="cbs-kop">
        CBS-beleidsinformatie
      </h2>
      <PeriodeKeuze
        id="cbs-halfjaar"
        label="Halfjaar van de CBS-beleidsinformatie"
        uitleg="Een halfjaar: 2026-H1 (januari–juni) of 2026-H2 (juli–december)."
        waarde={halfjaar}
        patroon={HALFJAAR_PATROON}
        kies={kies}
      />
      {data?.status === 'laden' && <Laden wat="De CBS-beleidsinformatie" />}
      {data?.status === 'fout' && <ApiFoutMelding fout={data.fout} titel="De CBS-beleidsinformatie is niet beschikbaar" />}
      {data?.status === 'klaar' && <CbsWeergave c={data.data.cbsBeleidsinformatie} />}
    </section>
  );
}

function CbsWeergave({ c }: { c: CbsBeleidsinformatieQuery['cbsBeleidsinformatie'] }) {
  return (
    <div data-testid="cbs">
      <p className="utrecht-paragraph">
        {c.regio}, {c.halfjaar}: {c.van} tot en met {c.tot}.{c.voorlopig && ' Het halfjaar loopt nog: de cijfers zijn voorlopig.'} De
        tabellen geven exacte aantallen voor gebruik binnen de regio; de kolom ‘Publicatie’ is de vorm die buiten de regio getoond mag
        worden (afgerond, 1 tot 4 onderdrukt).
      </p>
      <p className="utrecht-paragraph vt-knoppen">
        <DownloadKnop url={`/rapportages/cbs/${encodeURIComponent(c.halfjaar)}/levering.csv`} naam={`cbs-levering-${c.halfjaar}.csv`}>
          Download CBS-levering (CSV)
        </DownloadKnop>
        <DownloadKnop
          url={`/rapportages/cbs/${encodeURIComponent(c.halfjaar)}/manifest.json`}
          naam={`cbs-levering-${c.halfjaar}.manifest.json`}
        >
          Download manifest (JSON)
        </DownloadKnop>
      </p>
      {c.tabellen.map((t) => {
        const regio = t.cellen.filter((cel) => cel.gemeenteCode === null);
        return (
          <details className="vt-definitie" key={t.code}>
            <summary>
              {t.code} {t.titel} ({regio.length} cellen voor de regio)
            </summary>
            <p className="utrecht-paragraph">{t.omschrijving}</p>
            <Tabelvak>
              <table className="utrecht-table vt-tabel">
                <caption className="utrecht-table__caption">
                  {t.code} {t.titel}, hele regio
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {['Onderwerp', 'Categorie', 'Aantal', 'Publicatie'].map((kop, i) => (
                      <th
                        key={kop}
                        scope="col"
                        className={`utrecht-table__header-cell${i > 1 ? ' utrecht-table__header-cell--numeric' : ''}`}
                      >
                        {kop}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {regio.map((cel) => (
                    <tr className="utrecht-table__row" key={`${cel.onderwerp}-${cel.categorie}`}>
                      <td className="utrecht-table__cell">{cel.onderwerp}</td>
                      <td className="utrecht-table__cell">{cel.categorie}</td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">{toon(cel.aantal)}</td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        {toon(cel.publicatieAantal, cel.publicatieAantal === null)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Tabelvak>
          </details>
        );
      })}
      {c.tabellen.length === 0 && (
        <Melding soort="info" titel="Geen tabellen">
          <p className="utrecht-paragraph">Voor dit halfjaar zijn geen cijfers.</p>
        </Melding>
      )}
    </div>
  );
}
