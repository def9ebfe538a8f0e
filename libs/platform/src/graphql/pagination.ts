import { ArgsType, Field, Int, ObjectType, type FieldMiddleware } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { ApiError, ErrorCode } from './errors.js';

@ObjectType({ description: 'Relay page information of a connection.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow the last one of this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Always false: pages are fetched forward with `after`.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}

/** The page size when a client names none. */
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to 100 (default ${DEFAULT_PAGE_SIZE}).` })
  first: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (endCursor of the previous page).' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Called by GraphQL's default resolver only when a client selects totalCount. */
  totalCount: () => Promise<number>;
}

/** Runs a connection's count (a function on the object) when, and only when, totalCount is resolved. */
const countWhenSelected: FieldMiddleware = async (_context, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** Builds a Relay connection type `<Name>Connection` with its edge type for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string, description: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `An item of a ${name}Connection with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => node, { description: 'The item.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether and how to fetch the next page.' })
    pageInfo: PageInfo;

    @Field(() => Int, {
      description: 'Number of items in the whole list under the same filters (all pages). Counted only when selected.',
      middleware: [countWhenSelected],
    })
    totalCount: () => Promise<number>;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Validated page size; the query fetches one more row to know whether a next page exists. */
export function pageSize(args: { first?: number | null }): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > 100)
    throw new ApiError(ErrorCode.VALIDATIE, 'first: must be between 1 and 100', { field: 'first' });
  return first;
}

export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** What a cursor position holds, so a forged cursor is refused before it reaches SQL. */
export type CursorKind = 'tekst' | 'uuid' | 'datum' | 'tijdstip' | 'volgnummer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

function fits(kind: CursorKind, value: unknown): boolean {
  switch (kind) {
    case 'tekst':
      // eslint-disable-next-line no-control-regex -- a cursor never holds control characters
      return typeof value === 'string' && value.length <= 1000 && !/[\u0000-\u001F\u007F-\u009F]/.test(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'datum':
      return (
        typeof value === 'string' &&
        DATE.test(value) &&
        !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)) &&
        Number(value.slice(0, 4)) >= 1
      );
    case 'tijdstip':
      return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'volgnummer':
      return (
        (typeof value === 'string' && /^[0-9]{1,18}$/.test(value)) ||
        (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
      );
  }
}

/**
 * Decodes a cursor made by encodeCursor whose positions hold the given kinds; anything else
 * (garbled, forged, wrong length or types) is VALIDATIE on `after`, never a database error.
 */
export function decodeCursor(cursor: string | null | undefined, kinds: readonly CursorKind[]): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    if (cursor.length <= 4000 && /^[A-Za-z0-9_-]+$/.test(cursor)) {
      const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
      if (Array.isArray(values) && values.length === kinds.length && values.every((v, i) => fits(kinds[i]!, v)))
        return values as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new ApiError(ErrorCode.VALIDATIE, 'after: not a cursor of this list', { field: 'after' });
}

/**
 * Turns rows (fetched with limit first + 1) into a connection. `count` counts the whole list under
 * the same filters; it runs only when the client selects totalCount, and at most once.
 */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  cursorOf: (row: R) => (string | number | null)[],
  nodeOf: (row: R) => T,
  count: () => Promise<number | string | bigint>,
): Connection<T> {
  let counted: Promise<number> | undefined;
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= count().then(Number)),
  };
}
