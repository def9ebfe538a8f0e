export { RapportageApiModule, RapportageCoreModule } from './rapportage.module.js';
export { publicatieAantal } from './cbs/cbs-publicatie.js';
export { CSV_KOLOMMEN, leesCsv, type CbsLeveringRij } from './cbs/cbs-csv.js';
export { cellenUitLevering, controleerLevering, type CbsManifest, type LeveringControle } from './cbs/cbs-manifest.js';
export { CbsService } from './cbs/cbs.service.js';
export { KwartaalrapportageService } from './kwartaal/kwartaal.service.js';
export { SturingService } from './sturing/sturing.service.js';
export { telWachtlijsten, type WachtlijstRij } from './kwartaal/kwartaal.sql.js';
