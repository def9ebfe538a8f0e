import { useState } from 'react';
import { useAuth } from '../auth';
import { ApiFoutMelding, Laden, Melding } from '../components/melding';
import { useData } from '../gebruik-data';
import type { JobQueue, MislukteJobsQuery } from '../gql/api/graphql';
import { ApiFout, vraag } from '../graphql';
import { usePaginaTitel } from '../pagina';
import { HerstartJobMutation, MislukteJobsQuery as MislukteJobsDocument, WachtrijenQuery } from '../queries/api';
import { Tabelvak } from '../components/tabelvak';

/** The queues in a fixed order, with the names the page shows. */
const WACHTRIJEN: [JobQueue, string][] = [
  ['DEADLINES', 'Termijnbewaking'],
  ['BENCHMARK', 'Benchmark'],
  ['BEWAARTERMIJN', 'Bewaartermijn'],
];
const wachtrijNaam = (queue: string) => WACHTRIJEN.find(([q]) => q === queue)?.[1] ?? queue;
const tijdstip = (iso: string) => new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
const alsFout = (error: unknown) => (error instanceof ApiFout ? error : new ApiFout(String(error), undefined));

/**
 * Job administration for the functioneel beheerder: how many background jobs of the own region each
 * queue holds, and the failed ones with a retry. The API shows only the own region's jobs, no job data.
 */
export function AchtergrondtakenPagina() {
  usePaginaTitel('Achtergrondtaken');
  const [versie, zetVersie] = useState(0);
  const vernieuw = () => zetVersie((v) => v + 1);
  return (
    <>
      <h1 className="utrecht-heading-1">Achtergrondtaken</h1>
      <p className="utrecht-paragraph">
        De taken die het platform op de achtergrond uitvoert voor uw regio: termijnbewaking, benchmarkberekeningen en het vernietigen van
        gegevens na de bewaartermijn. U ziet alleen de taken van uw eigen regio, zonder hun inhoud. Een mislukte taak kunt u opnieuw laten
        proberen.
      </p>
      <p className="utrecht-paragraph vt-knoppen">
        <button type="button" className="utrecht-button utrecht-button--secondary-action vt-knop" onClick={vernieuw}>
          Vernieuwen
        </button>
      </p>
      <Standen versie={versie} />
      {WACHTRIJEN.map(([queue, naam]) => (
        <MislukteTaken key={queue} queue={queue} naam={naam} versie={versie} vernieuw={vernieuw} />
      ))}
    </>
  );
}

function Standen({ versie }: { versie: number }) {
  const { config, sessie } = useAuth();
  const data = useData(() => vraag(config.apiGraphqlUrl, WachtrijenQuery, {}, sessie?.token), [config, sessie, versie]);
  return (
    <section aria-labelledby="wachtrijen-kop" className="vt-sectie">
      <h2 className="utrecht-heading-2" id="wachtrijen-kop">
        Wachtrijen
      </h2>
      {data?.status === 'laden' && <Laden wat="De stand van de wachtrijen" />}
      {data?.status === 'fout' && <ApiFoutMelding fout={data.fout} titel="De stand van de wachtrijen is niet beschikbaar" />}
      {data?.status === 'klaar' && (
        <Tabelvak>
          <table className="utrecht-table vt-tabel" data-testid="wachtrijen">
            <caption className="utrecht-table__caption">
              Aantal taken van uw regio per wachtrij (geteld over de nieuwste 1.000 taken per toestand)
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Wachtrij', 'Wachtend', 'Actief', 'Uitgesteld', 'Mislukt', 'Voltooid (laatste 24 uur)'].map((kop, i) => (
                  <th key={kop} scope="col" className={`utrecht-table__header-cell${i ? ' utrecht-table__header-cell--numeric' : ''}`}>
                    {kop}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.data.wachtrijen.map((w) => (
                <tr className="utrecht-table__row" key={w.queue} data-queue={w.queue}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {wachtrijNaam(w.queue)}
                  </th>
                  {[w.wachtend, w.actief, w.uitgesteld, w.mislukt, w.voltooidLaatste24Uur].map((aantal, i) => (
                    <td key={i} className="utrecht-table__cell utrecht-table__cell--numeric">
                      {aantal}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}
    </section>
  );
}

function MislukteTaken({ queue, naam, versie, vernieuw }: { queue: JobQueue; naam: string; versie: number; vernieuw(): void }) {
  const { config, sessie } = useAuth();
  const data = useData(() => vraag(config.apiGraphqlUrl, MislukteJobsDocument, { queue }, sessie?.token), [config, sessie, queue, versie]);
  const [bericht, zetBericht] = useState<string | null>(null);
  const [fout, zetFout] = useState<ApiFout | null>(null);
  const [bezig, zetBezig] = useState<string | null>(null);
  const kop = `mislukt-${queue.toLowerCase()}-kop`;

  function probeerOpnieuw(id: string) {
    zetBezig(id);
    zetFout(null);
    zetBericht(null);
    vraag(config.apiGraphqlUrl, HerstartJobMutation, { queue, id }, sessie?.token)
      .then(() => {
        zetBericht(`Taak ${id} wordt opnieuw geprobeerd.`);
        vernieuw();
      })
      .catch((error: unknown) => zetFout(alsFout(error)))
      .finally(() => zetBezig(null));
  }

  return (
    <section aria-labelledby={kop} className="vt-sectie" data-testid={`mislukt-${queue}`}>
      <h2 className="utrecht-heading-2" id={kop}>
        Mislukte taken: {naam}
      </h2>
      {bericht && <Melding soort="ok" titel={bericht} />}
      {fout && <ApiFoutMelding fout={fout} titel="Opnieuw proberen mislukt" />}
      {data?.status === 'laden' && <Laden wat={`De lijst mislukte taken van ${naam}`} />}
      {data?.status === 'fout' && <ApiFoutMelding fout={data.fout} titel={`De mislukte taken van ${naam} zijn niet beschikbaar`} />}
      {data?.status === 'klaar' && data.data.mislukteJobs.length === 0 && (
        <p className="utrecht-paragraph">Er zijn geen mislukte taken van uw regio in deze wachtrij.</p>
      )}
      {data?.status === 'klaar' && data.data.mislukteJobs.length > 0 && (
        <MislukteTabel naam={naam} jobs={data.data.mislukteJobs} bezig={bezig} probeerOpnieuw={probeerOpnieuw} />
      )}
    </section>
  );
}

function MislukteTabel({
  naam,
  jobs,
  bezig,
  probeerOpnieuw,
}: {
  naam: string;
  jobs: MislukteJobsQuery['mislukteJobs'];
  bezig: string | null;
  probeerOpnieuw(id: string): void;
}) {
  return (
    <Tabelvak>
      <table className="utrecht-table vt-tabel">
        <caption className="utrecht-table__caption">Mislukte taken van uw regio in de wachtrij {naam}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Taak', 'Soort', 'Pogingen', 'Laatste fout', 'Aangemaakt op', 'Actie'].map((kop) => (
              <th key={kop} scope="col" className="utrecht-table__header-cell">
                {kop}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {jobs.map((job) => (
            <tr className="utrecht-table__row" key={job.id}>
              <th className="utrecht-table__header-cell" scope="row">
                {job.id}
              </th>
              <td className="utrecht-table__cell">{job.naam}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{job.pogingen}</td>
              {/* The error text is the platform's own (English, one line, no stack). */}
              <td className="utrecht-table__cell" lang="en">
                {job.laatsteFout ?? '–'}
              </td>
              <td className="utrecht-table__cell">{tijdstip(job.aangemaaktOp)}</td>
              <td className="utrecht-table__cell">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action vt-knop"
                  aria-label={`Opnieuw proberen: taak ${job.id}`}
                  disabled={bezig !== null}
                  onClick={() => probeerOpnieuw(job.id)}
                >
                  Opnieuw proberen
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelvak>
  );
}
