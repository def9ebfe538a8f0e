export { FormatieCoreModule, FormatieApiModule } from './formatie.module.js';
export { berekenFormatie, type BerekeningInvoer, type BerekeningUitkomst } from './berekening/formatieberekening.js';
export { fteInPeriode } from './medewerker/fte.js';
export { MedewerkerService } from './medewerker/medewerker.service.js';
export { BegrotingService } from './begroting/begroting.service.js';
export * from './catalogus.js';
export { BegrotingsProduct } from './begroting/begroting.types.js';
