export { RapportageApiModule, RapportageCoreModule } from './rapportage.module.js';
export { KwartaalrapportageService } from './kwartaal/kwartaal.service.js';
