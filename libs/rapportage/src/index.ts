export { RapportageApiModule, RapportageCoreModule } from './rapportage.module.js';
