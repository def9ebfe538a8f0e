export { CasusApiModule, CasusCoreModule } from './casus.module.js';
export * from './classificaties/index.js';
export { Casus, TijdlijnGebeurtenis, CasusStatus } from './casus/casus.types.js';
export { TijdlijnSoort, type Gebeurtenis } from './casus/tijdlijn.js';
export { sluitCasusAlsKlaar } from './casus/casus-afsluiting.js';
export { vereisGemeente } from './casus/gemeente.js';
export { gemeenteCodeVan } from './casus/gemeente.validation.js';
export { CasusChangeRecorder, type CasusWijziging } from './casus/casus-change-recorder.js';
export { CasusLoaders } from './casus/casus.loaders.js';
export { CasusVerhuizingen, type CasusVerhuizer, type Verhuizing } from './casus/casus-verhuizing.js';
export { CasusService } from './casus/casus.service.js';
export { MeldingVolgers, type MeldingVolger } from './melding/melding-volgers.js';
export { Melding } from './melding/melding.types.js';
export { MeldingService } from './melding/melding.service.js';
export { MELDING_COLUMNS, toMelding, type MeldingEnums, type MeldingRow } from './melding/melding.row.js';
export { teamFilter, casusTeamFilter, persoonTeamFilter } from './melding/werk-filter.js';
export {
  markeerGescreend,
  markeerMeldingGewijzigd,
  vergrendelMelding,
  wijsMeldingToe,
  zetMeldingFase,
} from './melding/melding-wijziging.js';
export { Persoon } from './persoon/persoon.types.js';
export { isGeldigBsn } from './persoon/bsn.js';
export { JournaalService } from './journaal/journaal.service.js';
export { Journaalregel, JournaalSoort, JournaalBron, JournaalGrondslag } from './journaal/journaal.types.js';
export { DocumentStoreSweep } from './document/document-store-sweep.js';
export { DocumentStore } from './document/document-store.js';
export { createDocumentStore } from './document/document-store-factory.js';
