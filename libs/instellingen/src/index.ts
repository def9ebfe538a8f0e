export { InstellingenApiModule, InstellingenCoreModule } from './instellingen.module.js';
export { InstellingenService, STANDAARD_INSTELLINGEN } from './instellingen.service.js';
export type { Instellingen } from './instellingen.sql.js';
