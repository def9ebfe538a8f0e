import { Module, type DynamicModule } from '@nestjs/common';
import { TenantDirectory } from '@vt/auth';
import { OrganisatieService } from './organisatie.service.js';
import { OrganisatieResolver, RegioResolver } from './organisatie.resolver.js';

/** Organisaties (tenants), regio's and gemeenten; TenantDirectory resolves a token's region to its tenant. */
@Module({
  providers: [OrganisatieService, { provide: TenantDirectory, useExisting: OrganisatieService }],
  exports: [OrganisatieService, TenantDirectory],
})
export class OrganisatieCoreModule {}

/** The GraphQL side: the api shows the caller's own organisation; the benchmark service lists all regions. */
@Module({})
export class OrganisatieApiModule {
  static forApi(): DynamicModule {
    return { module: OrganisatieApiModule, imports: [OrganisatieCoreModule], providers: [OrganisatieResolver] };
  }

  static forBenchmark(): DynamicModule {
    return { module: OrganisatieApiModule, imports: [OrganisatieCoreModule], providers: [RegioResolver] };
  }
}
