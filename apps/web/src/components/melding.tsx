import type { ReactNode } from 'react';
import type { ApiFout } from '../graphql';

/** A notice in the NL Design System alert style; role=alert for errors, status otherwise. */
export function Melding({ soort, titel, children }: { soort: 'info' | 'warning' | 'error' | 'ok'; titel: string; children?: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${soort} vt-melding`} role={soort === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph vt-melding__titel">
          <strong>{titel}</strong>
        </p>
        {children}
      </div>
    </div>
  );
}

/** Shows what the API refused or failed with, in its own words. */
export function ApiFoutMelding({ fout, titel }: { fout: ApiFout; titel?: string }) {
  const kop = titel ?? (fout.geweigerd ? 'Geen toegang' : 'Er ging iets mis');
  return (
    <Melding soort="error" titel={kop}>
      {/* The platform's messages are English (the API's language for developers). */}
      <p className="utrecht-paragraph" data-testid="api-fout" lang="en">
        {fout.message}
      </p>
      {fout.code && <p className="utrecht-paragraph vt-klein">Foutcode: {fout.code}</p>}
    </Melding>
  );
}

export function Laden({ wat }: { wat: string }) {
  return (
    <p className="utrecht-paragraph" role="status">
      {wat} wordt geladen…
    </p>
  );
}
