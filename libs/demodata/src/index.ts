export { genereerRegio, type RegioInvoer, type Tabel } from './regio-generator.js';
export { laadDemodata, type LaadOpties, type LaadResultaat } from './laad.js';
export { Rng, regioSeed } from './rng.js';
export { profielVoor, type RegioProfiel } from './profiel.js';
