import {
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Deepest selection nesting a request may have (GraphiQL's introspection needs 13). */
export const MAX_QUERY_DEPTH = 15;
/** Highest estimated cost a request may have (the dashboard's largest query costs ~1,100). */
export const MAX_QUERY_COMPLEXITY = 10_000;
/** How many rows a list field is assumed to return when estimating the cost. */
const LIST_MULTIPLIER = 10;

/**
 * Estimated cost of a selection: every field costs 1 plus the cost of its own selection,
 * multiplied for lists, so both many aliases and nested lists add up. Introspection (`__*`)
 * is free: tools must be able to read the schema.
 */
export function estimateCost(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  visiting: Set<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      cost += 1;
      if (!field || !selection.selectionSet) continue;
      const multiplier = isListType(getNullableType(field.type)) ? LIST_MULTIPLIER : 1;
      cost +=
        multiplier *
        estimateCost(schema, fragments, selection.selectionSet, getNamedType(field.type), visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      const type = (condition && schema.getType(condition)) || parent;
      cost += estimateCost(schema, fragments, selection.selectionSet, type, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Unknown and cyclic fragments are reported by the standard rules.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
      cost += estimateCost(schema, fragments, fragment.selectionSet, type, visiting);
      visiting.delete(name);
    }
  }
  return cost;
}

/** Refuses operations whose estimated cost exceeds `MAX_QUERY_COMPLEXITY` (QUERY_TOO_COMPLEX). */
export const queryComplexityRule: ValidationRule = (context: ValidationContext) => {
  const schema = context.getSchema();
  const document = context.getDocument();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return {
    OperationDefinition(operation) {
      const root =
        operation.operation === 'query'
          ? schema.getQueryType()
          : operation.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) return;
      const cost = estimateCost(schema, fragments, operation.selectionSet, root);
      if (cost > MAX_QUERY_COMPLEXITY) {
        context.reportError(
          new GraphQLError(
            `The query is too complex: estimated cost ${cost} exceeds the limit of ` +
              `${MAX_QUERY_COMPLEXITY}. Ask for fewer fields or fewer nested lists.`,
            { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX' } },
          ),
        );
      }
    },
  };
};

/**
 * Errors Fastify and Mercurius raise before a request reaches the schema (too deep, body too
 * large), as GraphQL errors with a clear code and the HTTP status
 * to answer with. Undefined for every other error.
 */
export function codedRequestErrors(
  error: GraphQLError,
): { errors: GraphQLError[]; statusCode: number } | undefined {
  const original = (error.originalError ?? error) as Error & { code?: string; errors?: unknown };
  const inner = Array.isArray(original.errors) ? (original.errors as Error[]) : [];
  const depth = inner.filter((e) => (e as { code?: string }).code === 'MER_ERR_GQL_QUERY_DEPTH');
  if (depth.length > 0 && depth.length === inner.length) {
    return {
      statusCode: 400,
      errors: depth.map(
        (e) =>
          new GraphQLError(`The query is too deep: ${e.message.replace(/`/g, '')}`, {
            extensions: { code: 'QUERY_TOO_DEEP' },
          }),
      ),
    };
  }
  if (original.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      statusCode: 413,
      errors: [
        new GraphQLError('The request body is larger than the server accepts', {
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        }),
      ],
    };
  }
  return undefined;
}
