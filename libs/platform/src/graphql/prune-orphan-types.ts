import { GraphQLSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql';

/**
 * Keeps only the types an operation can reach. Nest code-first adds every decorated class any
 * imported lib registered as an "orphan", so an app's schema would otherwise also list other apps'
 * types (the benchmark service listed case and staff types it never returns).
 */
export function pruneOrphanTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const reachable = new Set<string>();
  const pending: GraphQLNamedType[] = [config.query, config.mutation, config.subscription].filter((t): t is NonNullable<typeof t> =>
    Boolean(t),
  );
  for (const directive of config.directives) for (const arg of directive.args) pending.push(getNamedType(arg.type));
  while (pending.length > 0) {
    const type = pending.pop()!;
    if (reachable.has(type.name)) continue;
    reachable.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      pending.push(...type.getInterfaces());
      for (const field of Object.values(type.getFields())) {
        pending.push(getNamedType(field.type));
        for (const arg of field.args) pending.push(getNamedType(arg.type));
      }
    }
    if (isInterfaceType(type)) pending.push(...schema.getPossibleTypes(type)); // implementations can be returned
    if (isUnionType(type)) pending.push(...type.getTypes());
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) pending.push(getNamedType(field.type));
  }
  return new GraphQLSchema({ ...config, types: config.types.filter((type) => reachable.has(type.name)) });
}
