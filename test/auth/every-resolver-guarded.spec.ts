import { DiscoveryService } from '@nestjs/core';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ALLOW_KEY } from '@vt/auth';
import { PUBLIC_KEY } from '@vt/platform';
import { startApp, type RunningApp } from '../support/app.js';

/**
 * Deny by default, checked structurally: every query and mutation of each GraphQL app declares the
 * permission it needs (the guard refuses the ones that do not, but a resolver nobody can call is a
 * bug too). Field resolvers run only beneath a checked root field; field-level rules (BSN,
 * contact details) are applied by the mappers with the caller's ability.
 */
describe.each(['api', 'benchmark'] as const)('%s resolvers', (kind) => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp(kind);
  });
  afterAll(() => running.close());

  it('all carry @Allow and none is @Public', () => {
    const handlers: string[] = [];
    const unguarded: string[] = [];
    for (const wrapper of running.app.get(DiscoveryService).getProviders()) {
      const type = wrapper.metatype as (Function & { prototype: object }) | undefined;
      if (!type?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const method = Object.getOwnPropertyDescriptor(type.prototype, name)?.value as unknown;
        if (name === 'constructor' || typeof method !== 'function') continue;
        const isHandler = ['Query', 'Mutation', 'Subscription'].includes(Reflect.getMetadata(RESOLVER_TYPE_METADATA, method));
        if (!isHandler) continue;
        handlers.push(`${type.name}.${name}`);
        const allowed = Reflect.getMetadata(ALLOW_KEY, method) ?? Reflect.getMetadata(ALLOW_KEY, type);
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, method) ?? Reflect.getMetadata(PUBLIC_KEY, type);
        if (!allowed || isPublic) unguarded.push(`${type.name}.${name}`);
      }
    }
    expect(handlers.length).toBeGreaterThan(0);
    expect(unguarded).toEqual([]);
  });
});
