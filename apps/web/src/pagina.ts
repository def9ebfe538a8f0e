import { useEffect } from 'react';

/** Sets the document title, so screen reader users hear where a navigation landed. */
export function usePaginaTitel(titel: string): void {
  useEffect(() => {
    document.title = `${titel} – Portaal Veilig Thuis`;
  }, [titel]);
}
