import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityProviderHealth } from '@vt/platform';
import { AuthGuard } from './auth.guard.js';
import { Authenticator } from './authenticator.js';
import { CurrentActor } from './current-actor.js';
import { TokenVerifier } from './token-verifier.js';

export interface AuthModuleOptions {
  /** The module that provides TenantDirectory (the organisatie core module): the guard resolves a token's region with it. */
  tenantDirectory: Type | DynamicModule;
  /** The module that provides WEIGERINGEN (the access log's core module); without one, refusals are not access-logged. */
  weigeringen?: Type | DynamicModule;
}

/**
 * Authentication and authorization for every resolver and route (deny by default). Global, like
 * the other infrastructure modules: every resolver and service may ask for the CurrentActor.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [options.tenantDirectory, ...(options.weigeringen ? [options.weigeringen] : [])],
      providers: [
        TokenVerifier,
        Authenticator,
        CurrentActor,
        // Readiness (PlatformModule's health controller) reports the trusted issuers' keys.
        { provide: IdentityProviderHealth, useExisting: TokenVerifier },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier, Authenticator, CurrentActor, IdentityProviderHealth],
    };
  }
}
