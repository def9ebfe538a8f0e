import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContext,
  type GraphQLRequestListener,
} from '@apollo/server';
import { Kind, getArgumentValues, getVariableValues, type FormattedExecutionResult } from 'graphql';
import { ALLOW_KEY, Authenticator, defineAbilityFor, type AuthRequest, type Permission } from '@vt/auth';
import { AntwoordCache } from './antwoord-cache.js';
import { BenchmarkResolver } from './benchmark.resolver.js';
import { BenchmarkService } from './benchmark.service.js';

/** A successful response as it was sent: its data and that data serialised as Apollo serialises it. */
interface OpgeslagenRespons {
  data: Record<string, unknown>;
  json: string;
}

/** Most stored responses, and most characters of JSON they hold together (a full answer of 26 regions is a few hundred kB). */
const MAX_RESPONSES = 512;
const MAX_JSON_CHARS = 64 * 1024 * 1024;

/**
 * Serves a repeated benchmark(...) request from its stored response, so graphql-js does not walk the
 * thousands of fields of the (already cached) answer again and nothing serialises them again.
 *
 * Only for a query whose one root selection is the field benchmark (no other root fields, no
 * directives on it): at `responseForOperation`, after Apollo has parsed and validated the document,
 * it derives the caller as the guard does (Authenticator.actorOf: the verified token, the region's
 * tenant; memoised on the request, so the guard reuses it on a miss), applies the resolver's own
 * @Allow permission with CASL, and asks BenchmarkService.antwoordSleutel, which reads the snapshot
 * version in one statement per request and throws FORBIDDEN for a region that does not take part.
 * The stored response is looked up under the document's hash, the operation name, the variables, the
 * caller's region and roles, and that answer key (period, codes, region, disclosure rules, snapshot
 * version, participants): a recomputation or a change of participants gives a new key at once.
 * Anything refused or invalid (no or a bad token, CASL, reciprocity, VALIDATIE) is not answered
 * here: the normal path runs and gives its own error. On a miss, a response without errors is
 * stored at `willSendResponse`, with its JSON; `stringifyResult` (wired next to this plugin in the
 * benchmark app's GraphQL options) sends that JSON for the data object of a stored response, so a
 * hit is byte-identical to the miss. Bounded LRU (AntwoordCache, by count and by JSON size).
 */
@Injectable()
export class BenchmarkResponsePlugin implements ApolloServerPlugin<BaseContext> {
  private readonly responses = new AntwoordCache<OpgeslagenRespons>(MAX_RESPONSES, MAX_JSON_CHARS);
  /** The JSON of stored data objects, for stringifyResult (weak: an evicted response leaves with its data). */
  private readonly serialised = new WeakMap<object, string>();
  private readonly permission: Permission | undefined;

  constructor(
    private readonly service: BenchmarkService,
    private readonly authenticator: Authenticator,
    reflector: Reflector,
  ) {
    // The resolver's own @Allow, read as the guard reads it (handler, then class).
    this.permission = reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, [
      BenchmarkResolver.prototype.benchmark,
      BenchmarkResolver,
    ]);
  }

  /** Apollo's stringifyResult: a stored response's JSON as serialised once; anything else as Apollo does (prettyJSONStringify). */
  readonly stringifyResult = (value: FormattedExecutionResult): string => {
    const json = value.errors === undefined && value.extensions === undefined && value.data ? this.serialised.get(value.data) : undefined;
    return json ?? `${JSON.stringify(value)}\n`;
  };

  async requestDidStart({ contextValue }: GraphQLRequestContext<BaseContext>): Promise<GraphQLRequestListener<BaseContext>> {
    const req = (contextValue as { req?: AuthRequest }).req;
    if (!req) return {};
    let sleutel: string | undefined;
    let uitCache = false;
    return {
      responseForOperation: async (request) => {
        sleutel = await this.sleutelVan(request, req);
        const opgeslagen = sleutel === undefined ? undefined : await this.responses.peek(sleutel);
        if (!opgeslagen) return null;
        uitCache = true;
        return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: opgeslagen.data } } };
      },
      willSendResponse: async ({ response }) => {
        if (sleutel === undefined || uitCache || response.body.kind !== 'single') return;
        const { data, errors, extensions } = response.body.singleResult;
        if (!data || errors !== undefined || extensions !== undefined || (response.http.status ?? 200) !== 200) return;
        // Serialised here once, and sent as this string now (stringifyResult) and on every hit.
        const json = `${JSON.stringify({ data })}\n`;
        this.serialised.set(data, json);
        this.responses.set(sleutel, { data, json }, json.length);
      },
    };
  }

  /** The key of the stored response for this request, or undefined where the normal path must answer. */
  private async sleutelVan(request: GraphQLRequestContext<BaseContext>, req: AuthRequest): Promise<string | undefined> {
    const operation = request.operation;
    const selections = operation?.selectionSet.selections ?? [];
    const veld = selections[0];
    if (
      operation?.operation !== 'query' ||
      selections.length !== 1 ||
      veld?.kind !== Kind.FIELD ||
      veld.name.value !== 'benchmark' ||
      (veld.directives?.length ?? 0) > 0 ||
      !this.permission
    )
      return undefined;
    const definitie = request.schema.getQueryType()?.getFields()['benchmark'];
    if (!definitie) return undefined;
    try {
      const variabelen = getVariableValues(request.schema, operation.variableDefinitions ?? [], request.request.variables ?? {});
      if (variabelen.errors) return undefined;
      const args = getArgumentValues(definitie, veld, variabelen.coerced) as { periode: string; kengetallen?: string[] | null };
      const actor = await this.authenticator.actorOf(req);
      if (!defineAbilityFor(actor).can(this.permission.action, this.permission.subject)) return undefined;
      const antwoord = await this.service.antwoordSleutel(args.periode, args.kengetallen, actor);
      return JSON.stringify([
        request.queryHash,
        request.operationName,
        request.request.variables ?? null,
        actor.tenantCode ?? null,
        [...actor.rollen].sort(),
        antwoord,
      ]);
    } catch {
      // Refused or invalid: the resolver path runs and answers with its own error (the guard's 401 or
      // FORBIDDEN, the service's FORBIDDEN or VALIDATIE), exactly as without this plugin.
      return undefined;
    }
  }
}
