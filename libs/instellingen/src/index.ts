export { InstellingenModule } from './instellingen.module.js';
export { InstellingenService, type Instellingen } from './instellingen.service.js';
