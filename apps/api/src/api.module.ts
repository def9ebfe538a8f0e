import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@vt/config';
import { Allow, AuthModule, DevTokenController, SessieController } from '@vt/auth';
import { ReadTransactionPlugin, PlatformModule, PortalModule, graphqlOptions, jobsResolver } from '@vt/platform';
import { OrganisatieApiModule, OrganisatieCoreModule } from '@vt/organisatie';
import { CasusApiModule } from '@vt/casus';
import { VervolgApiModule } from '@vt/vervolg';
import { FormatieApiModule } from '@vt/formatie';
import { BenchmarkBeheerApiModule } from '@vt/benchmark-kengetallen';
import { InstellingenApiModule } from '@vt/instellingen';
import { ToegangslogApiModule, ToegangslogCoreModule } from '@vt/toegangslog';
import { RapportageApiModule } from '@vt/rapportage';
import { GraphiqlModule } from './graphiql.js';
import { IntrospectionGuardPlugin } from './introspection.js';

/** Job administration of every queue, for the functioneel-beheerder (the permissions are the api's to name). */
const JobsResolver = jobsResolver({ read: Allow('read', 'Achtergrondtaak'), update: Allow('update', 'Achtergrondtaak') });

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
          // GraphiQL needs the schema: in production with GRAPHIQL_ENABLED=true, for authenticated callers (IntrospectionGuardPlugin).
          introspection: !config.isProduction || config.graphiqlEnabled,
        }),
        GraphiqlModule.forRoot(config),
        AuthModule.forRoot({ tenantDirectory: OrganisatieCoreModule, weigeringen: ToegangslogCoreModule }),
        OrganisatieApiModule.forApi(),
        ToegangslogApiModule,
        InstellingenApiModule,
        CasusApiModule,
        VervolgApiModule,
        FormatieApiModule,
        BenchmarkBeheerApiModule,
        RapportageApiModule,
        // The portal (apps/web): GET /config.json and the built files at / (after every API route's prefix).
        PortalModule.forRoot(),
      ],
      // GET /sessie: the portal's view of its token; the development login only where `npm run token` works (never in production).
      controllers: [SessieController, ...(config.devKeysEnabled && !config.isProduction ? [DevTokenController] : [])],
      providers: [
        ReadTransactionPlugin,
        JobsResolver,
        ...(config.isProduction && config.graphiqlEnabled ? [IntrospectionGuardPlugin] : []),
      ],
    };
  }
}
