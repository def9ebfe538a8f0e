export { type Datum, isDatum, plusDagen, plusMaanden, dagenTussen, weekdag, datumInNederland, datumVan } from './datum.js';
export { wettelijkeFeestdagen, type Feestdag } from './feestdagen.js';
export { WerkdagKalender, type KalenderAanpassing } from './werkdag-kalender.js';
