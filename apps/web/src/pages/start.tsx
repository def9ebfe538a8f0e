import { Link } from 'react-router';
import { isAnalist, useAuth } from '../auth';
import { usePaginaTitel } from '../pagina';
import { regioNaam } from '../regios';

export function StartPagina() {
  usePaginaTitel('Start');
  const { sessie } = useAuth();
  const analist = isAnalist(sessie);
  return (
    <>
      <h1 className="utrecht-heading-1">Welkom{sessie ? `, ${sessie.naam}` : ''}</h1>
      <p className="utrecht-paragraph">
        {analist
          ? 'U bent ingelogd als landelijk analist van het Landelijk Netwerk Veilig Thuis. U ziet de geaggregeerde cijfers van alle deelnemende regio’s.'
          : `U bent ingelogd voor ${regioNaam(sessie?.regio) ?? sessie?.regio ?? 'uw regio'}.`}
      </p>
      <h2 className="utrecht-heading-2">Wat u hier kunt doen</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <Link to="/benchmark" className="utrecht-link">
            Landelijke benchmark
          </Link>
          : kengetallen per regio met het landelijke cijfer, het verloop over de tijd, de cijfers als tabel en als CSV-bestand.
        </li>
        {!analist && (
          <li className="utrecht-unordered-list__item">
            <Link to="/rapportages" className="utrecht-link">
              Rapportages
            </Link>
            : de kwartaalrapportage (PDF, Excel) en de CBS-beleidsinformatie per halfjaar (CSV), voor teammanagers en functioneel
            beheerders.
          </li>
        )}
        {sessie?.rollen.some((r) => r === 'teammanager' || r === 'functioneel-beheerder') && (
          <li className="utrecht-unordered-list__item">
            <Link to="/sturing" className="utrecht-link">
              Sturing
            </Link>
            : het openstaande werk, de wachtlijsten en de caseload van uw regio, en per maand de beoordelingen binnen 5 werkdagen en de
            productie tegen de begroting.
          </li>
        )}
      </ul>
    </>
  );
}
