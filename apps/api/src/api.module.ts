import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@vt/config';
import { AuthModule } from '@vt/auth';
import { ReadTransactionPlugin, PlatformModule, graphqlOptions } from '@vt/platform';
import { OrganisatieApiModule, OrganisatieCoreModule } from '@vt/organisatie';
import { CasusApiModule } from '@vt/casus';
import { VervolgModule } from '@vt/vervolg';
import { FormatieModule } from '@vt/formatie';
import { BenchmarkBeheerModule } from '@vt/benchmark-kengetallen';
import { InstellingenApiModule } from '@vt/instellingen';
import { ToegangslogApiModule, ToegangslogCoreModule } from '@vt/toegangslog';

/** The GraphQL API regions use for case handling. Wiring only: the logic lives in libs/. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot({ config, service: 'vt-api', databaseRole: 'application', entities: [], readinessNeedsRedis: false }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(
            config,
            "Case handling for the staff of one Veilig Thuis region. Every query sees the caller's own region only.",
          ),
        }),
        AuthModule.forRoot({ tenantDirectory: OrganisatieCoreModule, weigeringen: ToegangslogCoreModule }),
        OrganisatieApiModule.forApi(),
        ToegangslogApiModule,
        InstellingenApiModule,
        CasusApiModule,
        VervolgModule,
        FormatieModule,
        BenchmarkBeheerModule,
      ],
      providers: [ReadTransactionPlugin],
    };
  }
}
