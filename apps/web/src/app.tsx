import { lazy, Suspense, useEffect, useRef } from 'react';
import { BrowserRouter, NavLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth, isAnalist } from './auth';
import { Laden } from './components/melding';
import { regioNaam } from './regios';
import type { ReactNode } from 'react';

// Every page is its own chunk, loaded on first visit: the start page does not wait for ECharts or the map.
const AchtergrondtakenPagina = lazy(() => import('./pages/achtergrondtaken').then((m) => ({ default: m.AchtergrondtakenPagina })));
const BenchmarkPagina = lazy(() => import('./pages/benchmark').then((m) => ({ default: m.BenchmarkPagina })));
const InloggenPagina = lazy(() => import('./pages/inloggen').then((m) => ({ default: m.InloggenPagina })));
const InloggenTerugPagina = lazy(() => import('./pages/inloggen').then((m) => ({ default: m.InloggenTerugPagina })));
const RapportagesPagina = lazy(() => import('./pages/rapportages').then((m) => ({ default: m.RapportagesPagina })));
const StartPagina = lazy(() => import('./pages/start').then((m) => ({ default: m.StartPagina })));
const SturingPagina = lazy(() => import('./pages/sturing').then((m) => ({ default: m.SturingPagina })));
const NietGevondenPagina = lazy(() => import('./pages/niet-gevonden').then((m) => ({ default: m.NietGevondenPagina })));

function Kader({ children }: { children: ReactNode }) {
  const { sessie, meldAf } = useAuth();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const eerste = useRef(true);
  // After a navigation, move focus to the main content (as a full page load would start there).
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="vt-kop">
        <div className="vt-breed vt-kop__binnen">
          <p className="vt-logo">
            <NavLink to="/" className="vt-logo__link">
              Portaal Veilig Thuis
            </NavLink>
          </p>
          {sessie && (
            <p className="vt-gebruiker">
              <span>
                {sessie.naam} ·{' '}
                {isAnalist(sessie) ? 'Landelijk analist' : `${sessie.rollen.join(', ')} · ${regioNaam(sessie.regio) ?? sessie.regio}`}
              </span>{' '}
              <button type="button" className="utrecht-button utrecht-button--subtle vt-uitloggen" onClick={() => void meldAf()}>
                Uitloggen
              </button>
            </p>
          )}
        </div>
        {sessie && (
          <nav aria-label="Hoofdmenu" className="vt-nav">
            <ul className="vt-breed vt-nav__lijst">
              <li>
                <NavLink to="/" end className="vt-nav__link">
                  Start
                </NavLink>
              </li>
              <li>
                <NavLink to="/benchmark" className="vt-nav__link">
                  Benchmark
                </NavLink>
              </li>
              {!isAnalist(sessie) && (
                <li>
                  <NavLink to="/rapportages" className="vt-nav__link">
                    Rapportages
                  </NavLink>
                </li>
              )}
              {sessie.rollen.some((r) => r === 'teammanager' || r === 'functioneel-beheerder') && (
                <li>
                  <NavLink to="/sturing" className="vt-nav__link">
                    Sturing
                  </NavLink>
                </li>
              )}
              {sessie.rollen.includes('functioneel-beheerder') && (
                <li>
                  <NavLink to="/achtergrondtaken" className="vt-nav__link">
                    Achtergrondtaken
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" tabIndex={-1} ref={main} className="vt-breed vt-inhoud">
        {/* While a page's chunk loads: a status message screen readers announce (role=status). */}
        <Suspense fallback={<Laden wat="De pagina" />}>{children}</Suspense>
      </main>
      <footer className="vt-voet">
        <div className="vt-breed">
          <p className="utrecht-paragraph">
            Portaal van het Veilig Thuis-platform. De cijfers komen uit de GraphQL-API van het platform; de benchmark bevat alleen
            geaggregeerde cijfers.
          </p>
        </div>
      </footer>
    </>
  );
}

function Beveiligd({ children }: { children: ReactNode }) {
  const { sessie } = useAuth();
  const location = useLocation();
  if (!sessie) return <Navigate to="/inloggen" replace state={{ terug: location.pathname + location.search }} />;
  return children;
}

export function App() {
  return (
    <BrowserRouter>
      <Kader>
        <Routes>
          <Route path="/inloggen" element={<InloggenPagina />} />
          <Route path="/inloggen/terug" element={<InloggenTerugPagina />} />
          <Route
            path="/"
            element={
              <Beveiligd>
                <StartPagina />
              </Beveiligd>
            }
          />
          <Route
            path="/benchmark"
            element={
              <Beveiligd>
                <BenchmarkPagina />
              </Beveiligd>
            }
          />
          <Route
            path="/rapportages"
            element={
              <Beveiligd>
                <RapportagesPagina />
              </Beveiligd>
            }
          />
          <Route
            path="/sturing"
            element={
              <Beveiligd>
                <SturingPagina />
              </Beveiligd>
            }
          />
          <Route
            path="/achtergrondtaken"
            element={
              <Beveiligd>
                <AchtergrondtakenPagina />
              </Beveiligd>
            }
          />
          <Route path="*" element={<NietGevondenPagina />} />
        </Routes>
      </Kader>
    </BrowserRouter>
  );
}
