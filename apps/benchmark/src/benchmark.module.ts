import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@vt/config';
import { AuthModule } from '@vt/auth';
import { PlatformModule, graphqlOptions } from '@vt/platform';
import { OrganisatieApiModule, OrganisatieCoreModule } from '@vt/organisatie';
import { BenchmarkApiModule, BenchmarkResponsePlugin } from '@vt/benchmark-kengetallen';

/**
 * The benchmark GraphQL service for the Landelijk Netwerk and the regions. It connects with the
 * benchmark role, which can read reference and aggregate tables only.
 */
@Module({})
export class BenchmarkModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: BenchmarkModule,
      imports: [
        PlatformModule.forRoot({ config, service: 'vt-benchmark', databaseRole: 'benchmark', entities: [], redis: false }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [BenchmarkApiModule],
          inject: [BenchmarkResponsePlugin],
          useFactory: (responses: BenchmarkResponsePlugin) => {
            const options = graphqlOptions(
              config,
              'Cross-region key figures (aggregates only) for the Landelijk Netwerk Veilig Thuis and the regions.',
            );
            // A repeated benchmark(...) request is answered from its stored response (see BenchmarkResponsePlugin).
            return { ...options, plugins: [...(options.plugins ?? []), responses], stringifyResult: responses.stringifyResult };
          },
        }),
        AuthModule.forRoot({ tenantDirectory: OrganisatieCoreModule }),
        OrganisatieApiModule.forBenchmark(),
        BenchmarkApiModule,
      ],
    };
  }
}
