import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TenantDirectory } from '@vt/auth';
import { OrganisatieService } from './organisatie.service.js';
import { OrganisatieResolver, RegioResolver } from './organisatie.resolver.js';

/** Organisaties (tenants), regio's and gemeenten. The api shows the caller's own; the benchmark service lists all regions. */
@Global()
@Module({})
export class OrganisatieModule {
  static forApi(): DynamicModule {
    return OrganisatieModule.with([OrganisatieResolver]);
  }

  static forBenchmark(): DynamicModule {
    return OrganisatieModule.with([RegioResolver]);
  }

  private static with(resolvers: Function[]): DynamicModule {
    return {
      module: OrganisatieModule,
      providers: [OrganisatieService, { provide: TenantDirectory, useExisting: OrganisatieService }, ...(resolvers as never[])],
      exports: [OrganisatieService, TenantDirectory],
    };
  }
}
