import { GraphQLObjectType, GraphQLSchema } from 'graphql';

/** Code-first cannot describe the root types, and the schema is a public contract: add them here. */
export function describeRootTypes(schema: GraphQLSchema, queryDescription: string): GraphQLSchema {
  const config = schema.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) =>
    type && !type.description ? new GraphQLObjectType({ ...type.toConfig(), description }) : type;
  const query = describe(config.query, queryDescription);
  const mutation = describe(config.mutation, 'Changes; every mutation is checked, validated and access-logged.');
  const replaced = [query, mutation].filter((type): type is GraphQLObjectType => Boolean(type));
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.filter((type) => !replaced.some((r) => r.name === type.name)),
  });
}
