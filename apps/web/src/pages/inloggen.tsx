import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { sessieUitToken, sessieVanPlatform, userManager, useAuth } from '../auth';
import { ApiFoutMelding, Melding } from '../components/melding';
import { ApiFout } from '../graphql';
import { usePaginaTitel } from '../pagina';
import { REGIOS, ROLLEN } from '../regios';

export function InloggenPagina() {
  usePaginaTitel('Inloggen');
  const { config, meldAan } = useAuth();
  const navigate = useNavigate();
  const terug = (useLocation().state as { terug?: string } | null)?.terug ?? '/';
  const [rol, zetRol] = useState('landelijk-analist');
  const [regio, zetRegio] = useState('VT18');
  const [naam, zetNaam] = useState('ontwikkelaar');
  const [team, zetTeam] = useState('');
  const [fout, zetFout] = useState<ApiFout | null>(null);
  const [bezig, zetBezig] = useState(false);
  const manager = userManager(config);
  const landelijk = rol === 'landelijk-analist';

  async function ontwikkelLogin(event: FormEvent) {
    event.preventDefault();
    zetBezig(true);
    zetFout(null);
    try {
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          rol,
          naam,
          ...(landelijk ? {} : { regio }),
          ...(landelijk || team.trim() === '' ? {} : { team: team.trim() }),
        }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        token?: string;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (!response.ok || !body.token)
        throw new ApiFout(
          body.errors?.[0]?.message ?? `Inloggen mislukt (HTTP ${response.status}).`,
          body.errors?.[0]?.extensions?.code,
          response.status,
        );
      meldAan(sessieUitToken(body.token, 'dev'));
      navigate(terug, { replace: true });
    } catch (error) {
      zetFout(error instanceof ApiFout ? error : new ApiFout(String(error), undefined));
    } finally {
      zetBezig(false);
    }
  }

  return (
    <>
      <h1 className="utrecht-heading-1">Inloggen</h1>
      {manager && (
        <section aria-labelledby="oidc-kop" className="vt-sectie">
          <h2 className="utrecht-heading-2" id="oidc-kop">
            Inloggen met uw organisatieaccount
          </h2>
          <p className="utrecht-paragraph">U wordt doorgestuurd naar de inlogpagina van uw organisatie en daarna teruggebracht.</p>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void manager.signinRedirect({ state: terug })}
          >
            Inloggen
          </button>
        </section>
      )}
      {!manager && !config.devLogin && (
        <Melding soort="warning" titel="Inloggen is niet ingesteld">
          <p className="utrecht-paragraph">Er is geen OpenID Connect-provider ingesteld (OIDC_ISSUER en OIDC_CLIENT_ID).</p>
        </Melding>
      )}
      {config.devLogin && (
        <section aria-labelledby="dev-kop" className="vt-sectie vt-ontwikkeling">
          <h2 className="utrecht-heading-2" id="dev-kop">
            Ontwikkellogin – alleen voor ontwikkeling
          </h2>
          <Melding soort="warning" titel="Alleen voor ontwikkeling">
            <p className="utrecht-paragraph">
              Deze login geeft iedereen elk token dat <code className="utrecht-code">npm run token</code> ook geeft. Hij bestaat alleen als
              de ontwikkelsleutel is ingesteld en het platform niet in productie draait.
            </p>
          </Melding>
          <form className="utrecht-form" onSubmit={ontwikkelLogin}>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="rol">
                Rol
              </label>
              <select id="rol" className="utrecht-select utrecht-select--html-select" value={rol} onChange={(e) => zetRol(e.target.value)}>
                {ROLLEN.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="regio">
                Regio
              </label>
              <p className="utrecht-form-field-description" id="regio-uitleg">
                {landelijk ? 'Een landelijk analist hoort bij geen regio.' : 'De regio waarvoor u inlogt.'}
              </p>
              <select
                id="regio"
                className="utrecht-select utrecht-select--html-select"
                value={regio}
                disabled={landelijk}
                aria-describedby="regio-uitleg"
                onChange={(e) => zetRegio(e.target.value)}
              >
                {REGIOS.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.code} {r.naam}
                  </option>
                ))}
              </select>
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="team">
                Team (optioneel)
              </label>
              <p className="utrecht-form-field-description" id="team-uitleg">
                Voor een teammanager: het team waarvan u de sturingsinformatie ziet, bijvoorbeeld Team Noord.
              </p>
              <input
                id="team"
                className="utrecht-textbox utrecht-textbox--html-input"
                value={team}
                disabled={landelijk}
                autoComplete="off"
                aria-describedby="team-uitleg"
                onChange={(e) => zetTeam(e.target.value)}
              />
            </div>
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="naam">
                Naam
              </label>
              <input
                id="naam"
                className="utrecht-textbox utrecht-textbox--html-input"
                value={naam}
                autoComplete="off"
                onChange={(e) => zetNaam(e.target.value)}
              />
            </div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
              Inloggen als ontwikkelaar
            </button>
          </form>
          {fout && <ApiFoutMelding fout={fout} titel="Inloggen mislukt" />}
        </section>
      )}
    </>
  );
}

/** Where the OpenID provider sends the browser back with the authorization code. */
export function InloggenTerugPagina() {
  usePaginaTitel('Inloggen');
  const { config, meldAan } = useAuth();
  const navigate = useNavigate();
  const [fout, zetFout] = useState<string | null>(null);
  const gestart = useRef(false);
  useEffect(() => {
    const manager = userManager(config);
    if (!manager || gestart.current) return;
    gestart.current = true;
    manager
      .signinRedirectCallback()
      .then(async (user) => {
        meldAan(await sessieVanPlatform(user.access_token, user.expires_at));
        navigate(typeof user.state === 'string' ? user.state : '/', { replace: true });
      })
      .catch((error: unknown) => zetFout(error instanceof Error ? error.message : String(error)));
  }, [config, meldAan, navigate]);
  return (
    <>
      <h1 className="utrecht-heading-1">Inloggen</h1>
      {fout ? (
        <Melding soort="error" titel="Inloggen mislukt">
          <p className="utrecht-paragraph">{fout}</p>
        </Melding>
      ) : (
        <p className="utrecht-paragraph" role="status">
          U wordt ingelogd…
        </p>
      )}
    </>
  );
}
