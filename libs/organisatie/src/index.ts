export { OrganisatieApiModule, OrganisatieCoreModule } from './organisatie.module.js';
export { OrganisatieService } from './organisatie.service.js';
export { Organisatie, Regio, Gemeente } from './organisatie.types.js';
export { OrganisatieResolver, RegioResolver } from './organisatie.resolver.js';
export { seedReferenceData, type SeedSummary } from './seed.js';
