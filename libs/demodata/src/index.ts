export { genereerRegio, type RegioInvoer } from './regio-generator.js';
export { KOLOMMEN, type Rij, type Tabel, type TabelNaam } from './tabellen.js';
export { laadDemodata, type LaadOpties, type LaadResultaat } from './laad.js';
export { Rng, regioSeed } from './rng.js';
export { profielVoor, type RegioProfiel } from './profiel.js';
