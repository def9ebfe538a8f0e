import { Link } from 'react-router';
import { usePaginaTitel } from '../pagina';

export function NietGevondenPagina() {
  usePaginaTitel('Pagina niet gevonden');
  return (
    <>
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">
        Deze pagina bestaat niet. Ga naar de{' '}
        <Link to="/" className="utrecht-link">
          startpagina
        </Link>
        .
      </p>
    </>
  );
}
