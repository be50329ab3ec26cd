import {
  BREAK,
  type DocumentNode,
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
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import { hasOwnResolver } from '../graphql/field-resolvers';

/** Deepest selection nesting a request may have (GraphiQL's introspection needs 13). */
export const MAX_QUERY_DEPTH = 15;
/** Highest estimated cost a request may have (see docs/adr/0007). */
export const MAX_QUERY_COMPLEXITY = 10_000;
/** What a field costs when it runs a resolver of its own (reads data, computes). */
export const RESOLVER_FIELD_COST = 10;
/** Aliased fields one document may execute (the dashboard uses none). */
export const MAX_ALIASES = 50;
/** Distinct top-level fields one operation may ask for (the schema has fewer queries). */
export const MAX_ROOT_FIELDS = 25;
/** `__schema` fields per operation (every introspecting tool asks for it once). */
export const MAX_SCHEMA_INTROSPECTIONS = 1;
/** `__type` fields per operation. */
export const MAX_TYPE_INTROSPECTIONS = 10;
/** How many rows a list field is assumed to return when estimating the cost. */
const LIST_MULTIPLIER = 10;

/**
 * Estimated cost of a selection: a field that runs a resolver of its own costs
 * `RESOLVER_FIELD_COST`, a property of an object already loaded costs 1, plus the cost of its
 * own selection, multiplied for lists, so both many aliases and nested lists add up.
 * Introspection (`__*`) is limited by count instead (see `queryLimitsRule`).
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
      cost += field && hasOwnResolver(field) ? RESOLVER_FIELD_COST : 1;
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

/** How wide an operation is once its fragments are spread in. */
interface OperationShape {
  aliases: number;
  rootFields: Set<string>;
  schemaIntrospections: number;
  typeIntrospections: number;
}

function measureShape(
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  shape: OperationShape,
  root: boolean,
  visiting: Set<string> = new Set(),
): void {
  for (const selection of selectionSet.selections) {
    // Counting stops once a limit is passed: a refusal needs no exact figure.
    if (shape.aliases > MAX_ALIASES) return;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) shape.aliases += 1;
      const name = selection.name.value;
      if (root) {
        if (name === '__schema') shape.schemaIntrospections += 1;
        else if (name === '__type') shape.typeIntrospections += 1;
        else if (name !== '__typename') {
          shape.rootFields.add(selection.alias?.value ?? name);
        }
      }
      if (selection.selectionSet) measureShape(fragments, selection.selectionSet, shape, false);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measureShape(fragments, selection.selectionSet, shape, root, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      measureShape(fragments, fragment.selectionSet, shape, root, visiting);
      visiting.delete(name);
    }
  }
}

function refusal(operation: OperationDefinitionNode, code: string, message: string): GraphQLError {
  return new GraphQLError(message, { nodes: [operation], extensions: { code } });
}

/** The refusal of an operation too wide to run (introspection, aliases, top-level fields). */
function shapeRefusal(
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
): GraphQLError | undefined {
  const shape: OperationShape = {
    aliases: 0,
    rootFields: new Set(),
    schemaIntrospections: 0,
    typeIntrospections: 0,
  };
  measureShape(fragments, operation.selectionSet, shape, true);
  if (
    shape.schemaIntrospections > MAX_SCHEMA_INTROSPECTIONS ||
    shape.typeIntrospections > MAX_TYPE_INTROSPECTIONS
  ) {
    return refusal(
      operation,
      'INTROSPECTION_TOO_LARGE',
      `An operation may ask for __schema at most ${MAX_SCHEMA_INTROSPECTIONS} time(s) ` +
        `and for __type at most ${MAX_TYPE_INTROSPECTIONS} times.`,
    );
  }
  if (shape.aliases > MAX_ALIASES) {
    return refusal(
      operation,
      'QUERY_TOO_MANY_ALIASES',
      `The query uses more than ${MAX_ALIASES} aliases. Ask for each field once, or ` +
        'send several requests.',
    );
  }
  if (shape.rootFields.size > MAX_ROOT_FIELDS) {
    return refusal(
      operation,
      'QUERY_TOO_WIDE',
      `The query asks for ${shape.rootFields.size} top-level fields; the limit is ` +
        `${MAX_ROOT_FIELDS}.`,
    );
  }
  return undefined;
}

/**
 * Mercurius' preValidation hook: refuses a document too wide to run before GraphQL's standard
 * validation, which alone spends hundreds of milliseconds on thousands of aliased fields (it
 * compares every pair of fields that share a response name's level). The validation rule below
 * repeats the check for every other path into the schema.
 */
export function refuseTooWideDocument(document: DocumentNode): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const refused = shapeRefusal(fragments, definition);
    if (refused) throw refused;
  }
}

/**
 * Refuses, before anything runs, operations that would occupy the server: too many aliases
 * (QUERY_TOO_MANY_ALIASES), too many top-level fields (QUERY_TOO_WIDE), repeated introspection
 * (INTROSPECTION_TOO_LARGE) and an estimated cost over `MAX_QUERY_COMPLEXITY`
 * (QUERY_TOO_COMPLEX). See docs/adr/0007.
 */
export const queryLimitsRule: ValidationRule = (context: ValidationContext) => {
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
      const refused = shapeRefusal(fragments, operation);
      if (refused) {
        context.reportError(refused);
        return;
      }
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
          refusal(
            operation,
            'QUERY_TOO_COMPLEX',
            `The query is too complex: estimated cost ${cost} exceeds the limit of ` +
              `${MAX_QUERY_COMPLEXITY}. Ask for fewer fields or fewer nested lists.`,
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

/** Whether a document asks for the schema (`__schema` or `__type`; `__typename` is fine). */
export function readsSchema(document: DocumentNode): boolean {
  let reads = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        reads = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return reads;
}
