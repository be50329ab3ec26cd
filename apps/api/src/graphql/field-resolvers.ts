import { type GraphQLField } from 'graphql';

/**
 * Whether a schema field runs a resolver of its own (queries, mutations, `@ResolveField`s) rather
 * than reading a property of the object its parent returned. Nest's code-first builder gives
 * every plain `@Field` a small property reader named `rootFieldResolver`; should that name change,
 * every field counts as having its own resolver (the query-cost and kept-answer tests notice).
 */
export function hasOwnResolver(field: GraphQLField<unknown, unknown>): boolean {
  return typeof field.resolve === 'function' && field.resolve.name !== 'rootFieldResolver';
}
