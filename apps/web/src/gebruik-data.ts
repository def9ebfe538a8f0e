import { useEffect, useState } from 'react';
import { ApiFout } from './graphql';

export type Laadtoestand<T> = { status: 'laden' } | { status: 'klaar'; data: T } | { status: 'fout'; fout: ApiFout };

/** Loads data when the dependencies change; a newer request wins over an older one. */
export function useData<T>(laad: (() => Promise<T>) | null, deps: unknown[]): Laadtoestand<T> | null {
  const [toestand, zetToestand] = useState<Laadtoestand<T> | null>(null);
  useEffect(() => {
    if (!laad) {
      zetToestand(null);
      return;
    }
    let actueel = true;
    zetToestand({ status: 'laden' });
    laad().then(
      (data) => actueel && zetToestand({ status: 'klaar', data }),
      (error: unknown) =>
        actueel && zetToestand({ status: 'fout', fout: error instanceof ApiFout ? error : new ApiFout(String(error), undefined) }),
    );
    return () => {
      actueel = false;
    };
  }, deps);
  return toestand;
}
