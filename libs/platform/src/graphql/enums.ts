import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a string enum for GraphQL with a description for every value, because the schema is
 * a public contract that region developers read.
 */
export function defineEnum<T extends Record<string, string>>(
  values: T,
  name: string,
  description: string,
  valueDescriptions: { [K in keyof T]: string },
  deprecated: { [K in keyof T]?: string } = {},
): T {
  registerEnumType(values, {
    name,
    description,
    valuesMap: Object.fromEntries(
      Object.keys(values).map((key) => [
        key,
        { description: valueDescriptions[key as keyof T], deprecationReason: deprecated[key as keyof T] },
      ]),
    ) as never,
  });
  return values;
}

/** Checks a value against an enum at run time (for values read back from the database or jobs). */
export function isEnumValue<T extends Record<string, string>>(values: T, value: unknown): value is T[keyof T] {
  return typeof value === 'string' && Object.values(values).includes(value);
}
