import { type ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { MAX_ITEM_ISSUES } from '@lagebild/domain';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { ApiError, type FieldIssueExtension } from './error-codes';
import { type InputValidationPipe } from './validation.pipe';

/** What Nest recorded of one `@Args` parameter of a resolver method. */
type MethodArgsMetadata = NonNullable<
  ReturnType<typeof TypeMetadataStorage.getQueriesMetadata>[number]['methodArgs']
>[number];

/** The `@Args` of each field that has a resolver, by `Type.field`. */
type ArgumentRegistry = Map<string, readonly MethodArgsMetadata[]>;

function buildRegistry(): ArgumentRegistry {
  const registry: ArgumentRegistry = new Map();
  const roots: [string, { schemaName: string; methodArgs?: MethodArgsMetadata[] }[]][] = [
    ['Query', TypeMetadataStorage.getQueriesMetadata()],
    ['Mutation', TypeMetadataStorage.getMutationsMetadata()],
    ['Subscription', TypeMetadataStorage.getSubscriptionsMetadata()],
  ];
  for (const [typeName, fields] of roots) {
    for (const field of fields) {
      if (field.methodArgs?.length)
        registry.set(`${typeName}.${field.schemaName}`, field.methodArgs);
    }
  }
  const types = [
    ...TypeMetadataStorage.getObjectTypesMetadata(),
    ...TypeMetadataStorage.getInterfacesMetadata(),
  ];
  for (const type of types) {
    for (const property of type.properties ?? []) {
      if (property.methodArgs?.length) {
        registry.set(`${type.name}.${property.schemaName}`, property.methodArgs);
      }
    }
  }
  return registry;
}

function parameterTypeOf(argument: MethodArgsMetadata): ArgumentMetadata['metatype'] {
  const types = Reflect.getMetadata(
    'design:paramtypes',
    argument.target.prototype as object,
    argument.methodName,
  ) as ArgumentMetadata['metatype'][] | undefined;
  return types?.[argument.index];
}

interface SelectedField {
  parent: GraphQLNamedType;
  definition: GraphQLField<unknown, unknown>;
  node: Parameters<typeof getArgumentValues>[1];
}

/** Every field the operation selects, at any depth, with the type it is selected on. */
function selectedFields(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string>,
  found: SelectedField[],
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const definition = parent.getFields()[selection.name.value];
      if (!definition) continue;
      found.push({ parent, definition, node: selection });
      if (selection.selectionSet) {
        const type = getNamedType(definition.type);
        selectedFields(schema, selection.selectionSet, type, fragments, seen, found);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? schema.getType(selection.typeCondition.name.value)
        : parent;
      if (type) selectedFields(schema, selection.selectionSet, type, fragments, seen, found);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      const type = schema.getType(fragment.typeCondition.name.value);
      if (type) selectedFields(schema, fragment.selectionSet, type, fragments, seen, found);
    }
  }
}

/**
 * Checks the argument values of every field of an operation — the mutation's own input and the
 * arguments of fields nested in its answer — with the same validation pipe the resolvers use,
 * before anything executes. A refusal then always means that nothing was written: a mutation
 * can no longer commit and afterwards fail on a bad argument further down its selection
 * (docs/adr/0006).
 */
export class OperationArgumentsCheck {
  private registry: ArgumentRegistry | undefined;

  constructor(private readonly pipe: InputValidationPipe) {}

  async issuesOf(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): Promise<FieldIssueExtension[]> {
    const operation = getOperationAST(document, operationName);
    // Queries write nothing: their fields are checked as they run.
    if (!operation || operation.operation !== 'mutation') return [];
    const root = schema.getRootType(operation.operation);
    if (!root) return [];
    const fragments = new Map(
      document.definitions
        .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((definition) => [definition.name.value, definition]),
    );
    const fields: SelectedField[] = [];
    selectedFields(schema, operation.selectionSet, root, fragments, new Set(), fields);
    // A lone root field is checked by the pipe when it runs, before it writes anything; only
    // its nested fields, and root fields that run after another one, need checking here.
    const roots = fields.filter((field) => field.parent === root);
    const toCheck = (
      roots.length === 1 ? fields.filter((field) => field.parent !== root) : fields
    ).filter((field) => field.definition.args.length > 0);
    // Most mutations have nothing left to check here; their variables (an import's 50,000
    // items) are then not coerced a second time, which would hold the event loop for nothing.
    if (toCheck.length === 0) return [];
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    // Variables that do not fit their types are refused by execution itself, with a code.
    if (coerced.errors) return [];

    this.registry ??= buildRegistry();
    const issues: FieldIssueExtension[] = [];
    const checked = new Set<string>();
    for (const field of toCheck) {
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field.definition, field.node, coerced.coerced);
      } catch {
        continue; // reported by execution with its own code
      }
      const declared = this.registry.get(`${field.parent.name}.${field.definition.name}`) ?? [];
      // Aliases of one field with the same arguments need one check.
      const key = `${field.parent.name}.${field.definition.name}:${JSON.stringify(values)}`;
      if (checked.has(key)) continue;
      checked.add(key);
      for (const argument of declared) {
        const metadata: ArgumentMetadata = {
          type: 'body',
          // What Nest hands the pipe when it calls the resolver: the parameter's declared class.
          metatype: parameterTypeOf(argument),
          data: argument.kind === 'arg' ? argument.name : undefined,
        };
        const value = argument.kind === 'arg' ? values[argument.name] : values;
        try {
          await this.pipe.transform(value, metadata);
        } catch (error) {
          if (!(error instanceof BadRequestException)) throw error;
          const response = error.getResponse() as { issues?: FieldIssueExtension[] };
          issues.push(...(response.issues ?? []));
        }
      }
    }
    return issues;
  }

  /** The error that refuses the whole operation, shaped like any other BAD_USER_INPUT. */
  static refusal(all: FieldIssueExtension[]): Error {
    const issues = all.slice(0, MAX_ITEM_ISSUES);
    const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    const error = new ApiError('BAD_USER_INPUT', `Invalid input: ${summary}`, issues);
    // Mercurius answers a thrown error through the error formatter, which unpacks `errors`.
    return Object.assign(new Error(error.message), {
      statusCode: 200,
      errors: [new GraphQLError(error.message, { originalError: error })],
    });
  }
}
