import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { CurrentActor } from './current-actor.js';
import { TokenVerifier } from './token-verifier.js';

/** Authentication and authorization for every resolver and route (deny by default). */
@Global()
@Module({
  providers: [TokenVerifier, CurrentActor, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier, CurrentActor],
})
export class AuthModule {}
