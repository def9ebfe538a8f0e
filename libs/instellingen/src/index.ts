export { InstellingenApiModule, InstellingenCoreModule } from './instellingen.module.js';
export { InstellingenService, type Instellingen } from './instellingen.service.js';
