import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { type AccessDeclaration, declaredAccess, refusalFor } from '../auth/roles.guard';
import { ActorResolver, actorOfRequest } from '../auth/actor-resolver';
import { hasOwnResolver } from '../graphql/field-resolvers';
import { operationLabel, RequestMetrics } from '../observability/request-metrics';

/** What the answers need of a kept picture: whether it is current, and which one it is. */
export interface FreshPicture {
  fresh(): unknown;
}

/** A root query field whose whole answer comes from one kept picture. */
export interface PictureRootField {
  /** The field's name on `Query`. */
  field: string;
  picture: FreshPicture;
  /** The resolver method and class, whose `@Public`/`@RequireRole` decide who may read it. */
  handler: object;
  resolverClass: abstract new (...args: never[]) => unknown;
}

interface Plan {
  roots: { picture: FreshPicture; access: AccessDeclaration; field: string }[];
}

interface Answer {
  /** The pictures it was rendered from, in the order of the plan's roots. */
  pictures: unknown[];
  body: string;
  contentType: string;
}

interface PendingAnswer {
  key: string;
  pictures: unknown[];
}

/** How many distinct documents are analysed and answered at most (a bound on memory). */
const MAX_DOCUMENTS = 64;
const PENDING = Symbol('pictureAnswerPending');
const GRAPHQL_PATH = '/graphql';

/**
 * Answers a GraphQL read that only selects fields of kept pictures (the dashboard's overview,
 * the public status page) with the bytes rendered for the current picture, without executing
 * it again (docs/adr/0003). The first request after a picture changed executes as usual; its
 * answer is kept for that picture and document. A document qualifies when it is one query
 * without variables whose root fields are registered picture fields called without arguments
 * and every field below them is a plain property of the picture (a resolver of its own could
 * read the database or depend on the caller). Access is checked per request exactly as
 * the authorization guard checks it; a caller who may not read the field gets the normal path
 * and its error.
 */
@Injectable()
export class PictureAnswers {
  private readonly roots = new Map<string, PictureRootField>();
  private readonly plans = new Map<string, Plan | null>();
  private readonly answers = new Map<string, Answer>();
  private schema: GraphQLSchema | undefined;
  private fromMemory = 0;

  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  /** How many requests were answered with kept bytes since the application started. */
  get answeredFromMemory(): number {
    return this.fromMemory;
  }

  /** Declares that `Query.<field>` without arguments is answered from `picture` alone. */
  serve(root: PictureRootField): void {
    this.roots.set(root.field, root);
  }

  /** Installs the Fastify hooks that answer from memory and keep rendered answers. */
  install(fastify: FastifyInstance, schemaOf: () => GraphQLSchema | undefined): void {
    // Callback hooks: every request passes them, and a promise per request and hook is a
    // measurable share of answering bytes from memory.
    fastify.addHook('preHandler', (request, reply, done) => {
      if (request.method !== 'POST' || request.routeOptions.url !== GRAPHQL_PATH) {
        done();
        return;
      }
      this.schema ??= schemaOf();
      this.answer(request, reply).then(
        (answered) => {
          if (!answered) done();
        },
        (error: unknown) => done(error as Error),
      );
    });
    fastify.addHook('onSend', (request, reply, payload, done) => {
      const pending = (request as FastifyRequest & { [PENDING]?: PendingAnswer })[PENDING];
      if (pending) this.keep(pending, reply, payload);
      done(null, payload);
    });
  }

  private async answer(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const key = documentKey(request.body);
    if (key === undefined) return false;
    const plan = this.planFor(key);
    if (!plan) return false;
    const pictures = plan.roots.map((root) => root.picture.fresh());
    if (pictures.some((picture) => picture === undefined)) return false;
    if (plan.roots.some((root) => !root.access.isPublic)) {
      const actor = await actorOfRequest(this.actors, request);
      const refused = plan.roots.some(
        (root) => refusalFor(actor, root.access, `Query.${root.field}`) !== null,
      );
      if (refused) return false;
    }
    const kept = this.answers.get(key);
    if (kept && kept.pictures.every((picture, index) => picture === pictures[index])) {
      this.fromMemory += 1;
      RequestMetrics.nameOperation(
        request,
        operationLabel(
          'query',
          plan.roots.map((root) => root.field),
        ),
      );
      void reply.code(200).header('content-type', kept.contentType).send(kept.body);
      return true;
    }
    (request as FastifyRequest & { [PENDING]?: PendingAnswer })[PENDING] = { key, pictures };
    return false;
  }

  /** Keeps an executed answer when it succeeded and its pictures are still the current ones. */
  private keep(pending: PendingAnswer, reply: FastifyReply, payload: unknown): void {
    if (reply.statusCode !== 200 || typeof payload !== 'string') return;
    const plan = this.plans.get(pending.key);
    if (!plan) return;
    const current = plan.roots.map((root) => root.picture.fresh());
    if (current.some((picture, index) => picture !== pending.pictures[index])) return;
    const parsed = JSON.parse(payload) as { errors?: unknown };
    if (parsed.errors !== undefined) return;
    remember(this.answers, pending.key, {
      pictures: pending.pictures,
      body: payload,
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
    });
  }

  private planFor(key: string): Plan | null {
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    const plan = this.schema ? this.analyse(key, this.schema) : null;
    remember(this.plans, key, plan);
    return plan;
  }

  private analyse(key: string, schema: GraphQLSchema): Plan | null {
    const { query, operationName } = JSON.parse(key) as { query: string; operationName: string };
    let document;
    try {
      document = parse(query);
    } catch {
      return null;
    }
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operation =
      operationName === ''
        ? operations.length === 1
          ? operations[0]
          : undefined
        : operations.find((candidate) => candidate.name?.value === operationName);
    if (!operation || operation.operation !== 'query') return null;
    if ((operation.variableDefinitions?.length ?? 0) > 0) return null;
    const fragments = new Map(
      document.definitions
        .filter(
          (definition): definition is FragmentDefinitionNode =>
            definition.kind === Kind.FRAGMENT_DEFINITION,
        )
        .map((fragment) => [fragment.name.value, fragment]),
    );
    const queryType = schema.getQueryType();
    if (!queryType) return null;
    const rootFields = fieldsOf(operation.selectionSet, fragments);
    if (!rootFields) return null;
    const roots: Plan['roots'] = [];
    for (const node of rootFields) {
      if (node.name.value === '__typename') continue;
      const root = this.roots.get(node.name.value);
      const field = queryType.getFields()[node.name.value];
      if (!root || !field || (node.arguments?.length ?? 0) > 0 || !node.selectionSet) return null;
      if (!plainBelow(getNamedType(field.type), node.selectionSet, fragments)) return null;
      roots.push({
        field: root.field,
        picture: root.picture,
        access: declaredAccess(this.reflector, [root.handler, root.resolverClass]),
      });
    }
    return roots.length > 0 ? { roots } : null;
  }
}

/** The key of a request body that may be answered from a picture, or undefined. */
function documentKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions, ...rest } = body as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return undefined;
  }
  const noVariables =
    variables === undefined ||
    variables === null ||
    (typeof variables === 'object' && Object.keys(variables).length === 0);
  if (!noVariables || (extensions !== undefined && extensions !== null)) return undefined;
  return JSON.stringify({ query, operationName: operationName ?? '' });
}

/** The fields a selection set selects, fragments spread; undefined when one is unknown. */
function fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] | undefined {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      fields.push(selection);
      continue;
    }
    let inner: SelectionSetNode | undefined;
    if (selection.kind === Kind.INLINE_FRAGMENT) inner = selection.selectionSet;
    else {
      const name = selection.name.value;
      if (seen.has(name)) return undefined;
      seen.add(name);
      inner = fragments.get(name)?.selectionSet;
    }
    if (!inner) return undefined;
    const innerFields = fieldsOf(inner, fragments, seen);
    if (!innerFields) return undefined;
    fields.push(...innerFields);
  }
  return fields;
}

/** Whether every field selected below a type is a plain property (no resolver, no arguments). */
function plainBelow(
  type: ReturnType<typeof getNamedType>,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): boolean {
  // Unions and interfaces would need their concrete types; the pictures have none.
  if (!isObjectType(type)) return false;
  const fields = fieldsOf(selectionSet, fragments);
  if (!fields) return false;
  return fields.every((node) => {
    if (node.name.value === '__typename') return true;
    const field = type.getFields()[node.name.value];
    if (!field || hasOwnResolver(field) || (node.arguments?.length ?? 0) > 0) return false;
    const named = getNamedType(field.type);
    return node.selectionSet ? plainBelow(named, node.selectionSet, fragments) : true;
  });
}

/** Sets a key in a map bounded to `MAX_DOCUMENTS`, dropping the oldest entry. */
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_DOCUMENTS) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
}
