import { Field, InputType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { validatie } from './errors.js';
import { defineEnum } from './enums.js';
import { decodeCursor, type CursorKind } from './pagination.js';

export const OrderDirection = defineEnum({ ASC: 'ASC', DESC: 'DESC' } as const, 'OrderDirection', 'Direction of a list order.', {
  ASC: 'Ascending: lowest, oldest or A first.',
  DESC: 'Descending: highest, newest or Z first.',
});
export type OrderDirection = (typeof OrderDirection)[keyof typeof OrderDirection];

/** An order of a list: a field of the list's own order enum and a direction. */
export interface Order<F extends string> {
  field: F;
  direction: OrderDirection;
}

/**
 * Builds the GraphQL input type `<name>` ({ field, direction }) of a list's order, `fields` being
 * the list's registered order-field enum; the twin of ConnectionType for orderBy arguments.
 */
export function OrderType<F extends string>(fields: Record<string, F>, name: string, description: string): Type<Order<F>> {
  @InputType(name, { description })
  class OrderInput {
    @Field(() => fields, { description: 'The field to order by.' })
    field: F;

    @Field(() => OrderDirection, { description: 'The direction.' })
    direction: OrderDirection;
  }
  return OrderInput;
}

/** The order asked, or the list's default when none (or part of one) was given. */
export function orderOf<F extends string>(asked: Partial<Order<F>> | null | undefined, standaard: Order<F>): Order<F> {
  return { field: asked?.field ?? standaard.field, direction: asked?.direction ?? standaard.direction };
}

/** The order as it is written into a cursor, so a cursor of one order is never read under another. */
export function orderTag(order: Order<string>): string {
  return `${order.field}:${order.direction}`;
}

/** Kysely's direction and the keyset comparison that continues after a cursor in that direction. */
export function keyset(order: Order<string>): { direction: 'asc' | 'desc'; after: '>' | '<' } {
  return order.direction === 'ASC' ? { direction: 'asc', after: '>' } : { direction: 'desc', after: '<' };
}

/**
 * Decodes a cursor made under `order` (its first position is the order tag, then `kinds`); a cursor
 * of another order of the same list is VALIDATIE on `after`.
 */
export function decodeOrderedCursor(
  cursor: string | null | undefined,
  order: Order<string>,
  kinds: readonly CursorKind[],
): (string | number)[] | null {
  const values = decodeCursor(cursor, ['tekst', ...kinds]);
  if (values === null) return null;
  if (values[0] !== orderTag(order)) {
    throw validatie('after', 'this cursor belongs to another orderBy of this list; start again without after');
  }
  return values.slice(1);
}
