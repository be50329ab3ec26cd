import { ModulesContainer } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type IntrospectionQuery,
} from 'graphql';
import { DataSource } from 'typeorm';
import { type Role, roleAtLeast, ROLES } from '../src/auth/actor';
import { PUBLIC_OPERATION, REQUIRED_ROLE } from '../src/auth/roles.decorator';
import { describeEachDatabase, type TestApp } from './support/test-app';
import { authHeadersFor } from './support/test-auth';

type Access = Role | 'PUBLIC';
type RootType = 'Query' | 'Mutation' | 'Subscription';

/**
 * The access rules of the product, by operation name: anonymous callers see only the public
 * status page (log in, and ask for status mails); VIEWER reads everything but the audit log, user
 * administration and the outbox; RESPONDER also writes the situation picture and reads the
 * outbox; ADMIN also keeps the services catalogue, people, API keys, templates, settings, status
 * subscribers, webhooks, continuation plans (responders activate them) and runs exercises
 * (responders take part).
 */
function expectedAccess(root: RootType, name: string): Access {
  if (['statusPage', 'login', 'refreshSession', 'logout', 'subscribeToStatus'].includes(name)) {
    return 'PUBLIC';
  }
  // Subscribers' addresses and webhook endpoints are the admins'; the outbox, which shows
  // recipients and mail texts, is for those who publish.
  if (/^(statusSubscriberCounts|statusSubscribersCsv)$|[wW]ebhookSubscription/.test(name)) {
    return 'ADMIN';
  }
  if (['outboxMessages', 'outboxSummary'].includes(name)) return 'RESPONDER';
  const adminOnly =
    root === 'Mutation'
      ? /^(createService|updateService)$|User$|ApiKey$|Template|Setting|^(create|update|delete)ContinuationPlan$|^(start|end)Exercise$|^advanceExerciseClock$/.test(
          name,
        )
      : /^(auditLog|users|apiKeys)$|[tT]emplate|[sS]etting/.test(name);
  if (adminOnly) return 'ADMIN';
  return root === 'Mutation' ? 'RESPONDER' : 'VIEWER';
}

interface Caller {
  label: string;
  role: Role | null;
  headers: () => Promise<Record<string, string>>;
}

/** Operations whose own business answer is UNAUTHENTICATED (wrong password, no session). */
const ANSWERS_UNAUTHENTICATED = new Set(['login', 'refreshSession']);
const GUARD_MESSAGES = /declares no required role|needs the role|^Log in to use/;

/** Every handler the Nest resolvers declare for a root type, with its access declaration. */
function declaredOperations(app: TestApp): Map<string, Access | undefined> {
  const declared = new Map<string, Access | undefined>();
  for (const module of app.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const metatype = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (typeof metatype !== 'function' || !metatype.prototype) continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
        if (typeof method !== 'function') continue;
        const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
        if (!rootType || !['Query', 'Mutation', 'Subscription'].includes(rootType)) continue;
        const name =
          (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? key;
        const isPublic =
          Reflect.getMetadata(PUBLIC_OPERATION, method) === true ||
          Reflect.getMetadata(PUBLIC_OPERATION, metatype) === true;
        const role =
          (Reflect.getMetadata(REQUIRED_ROLE, method) as Role | undefined) ??
          (Reflect.getMetadata(REQUIRED_ROLE, metatype) as Role | undefined);
        declared.set(`${rootType}.${name}`, isPublic ? 'PUBLIC' : role);
      }
    }
  }
  return declared;
}

const DUMMY_ID = '00000000-0000-4000-8000-000000000000';

/** The smallest value of the right GraphQL type: only required fields, empty lists. */
function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, dummyValue(field.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'ID':
        return DUMMY_ID;
      case 'DateTime':
        return '2026-01-01T00:00:00.000Z';
      case 'JSON':
        return {};
      default:
        return 'x';
    }
  }
  return null;
}

/** A request for one root field with dummy values for its required arguments. */
function requestFor(
  root: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = Object.fromEntries(
    required.map((arg, index) => [`a${index}`, dummyValue(arg.type)]),
  );
  const definitions = required.map((arg, index) => `$a${index}: ${String(arg.type)}`);
  const args = required.map((arg, index) => `${arg.name}: $a${index}`);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query =
    `${root} Probe${definitions.length ? `(${definitions.join(', ')})` : ''} ` +
    `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

/** Rows per table: a refused mutation must leave every one of them unchanged. */
async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const dataSource = app.app.get(DataSource);
  const counts: Record<string, number> = {};
  for (const entity of dataSource.entityMetadatas) {
    const [row] = (await dataSource.query(`SELECT COUNT(*) AS count FROM ${entity.tableName}`)) as {
      count: string | number;
    }[];
    counts[entity.tableName] = Number(row?.count ?? 0);
  }
  return counts;
}

async function introspect(app: TestApp): Promise<GraphQLSchema> {
  const result = await app.gql<IntrospectionQuery>(
    getIntrospectionQuery(),
    {},
    { as: 'anonymous' },
  );
  if (!result.data) throw new Error(`introspection failed: ${JSON.stringify(result.errors)}`);
  return buildClientSchema(result.data);
}

describeEachDatabase('authorization matrix generated from the schema', (use) => {
  const callers: Caller[] = [];

  beforeAll(async () => {
    const app = use();
    callers.push({ label: 'anonymous', role: null, headers: async () => ({}) });
    for (const role of ROLES) {
      callers.push({ label: role, role, headers: () => authHeadersFor(app, role) });
    }
    for (const role of ROLES) {
      const { createApiKey } = await app.gqlOk<{ createApiKey: { secret: string } }>(
        `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
        { input: { name: `matrix-${role.toLowerCase()}`, role } },
      );
      const headers = { authorization: `Bearer ${createApiKey.secret}` };
      callers.push({ label: `api key ${role}`, role, headers: async () => headers });
    }
  });

  it('has an access declaration on every query, mutation and subscription, matching the rules', async () => {
    const app = use();
    const schema = await introspect(app);
    const declared = declaredOperations(app);
    const problems: string[] = [];
    for (const rootType of ['Query', 'Mutation', 'Subscription'] as const) {
      const type =
        rootType === 'Query'
          ? schema.getQueryType()
          : rootType === 'Mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      for (const name of Object.keys(type?.getFields() ?? {})) {
        const key = `${rootType}.${name}`;
        if (!declared.has(key)) {
          problems.push(`${key}: no resolver found`);
          continue;
        }
        const access = declared.get(key);
        const expected = expectedAccess(rootType, name);
        if (access === undefined) problems.push(`${key}: declares no role (expected ${expected})`);
        else if (access !== expected)
          problems.push(`${key}: declares ${access}, expected ${expected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers every query and mutation as the rules say, for people and API keys of each role', async () => {
    const app = use();
    const schema = await introspect(app);
    const problems: string[] = [];
    const roots = [
      ['query', 'Query', schema.getQueryType()],
      ['mutation', 'Mutation', schema.getMutationType()],
    ] as const;
    for (const [operation, rootType, type] of roots) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        const access = expectedAccess(rootType, field.name);
        const { query, variables } = requestFor(operation, field);
        const allowed = (caller: Caller) =>
          access === 'PUBLIC' || (caller.role !== null && roleAtLeast(caller.role, access));

        // Refused callers first, so "nothing was written" is measured before any allowed write.
        const before = operation === 'mutation' ? await rowCounts(app) : undefined;
        for (const caller of callers.filter((c) => !allowed(c))) {
          const result = await app.gql(query, variables, {
            as: 'anonymous',
            headers: await caller.headers(),
          });
          const code = result.errors?.[0]?.extensions?.code;
          const expectedCode = caller.role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          const value = (result.data as Record<string, unknown> | null | undefined)?.[field.name];
          if (code !== expectedCode || (value !== undefined && value !== null)) {
            problems.push(
              `${field.name} as ${caller.label}: expected ${expectedCode}, got ${code ?? 'success'}`,
            );
          }
        }
        if (before) {
          const after = await rowCounts(app);
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            problems.push(`${field.name}: a refused call wrote to the database`);
          }
        }
        for (const caller of callers.filter(allowed)) {
          const result = await app.gql(query, variables, {
            as: 'anonymous',
            headers: await caller.headers(),
          });
          for (const error of result.errors ?? []) {
            const code = error.extensions?.code;
            const refused =
              code === 'FORBIDDEN' ||
              GUARD_MESSAGES.test(error.message) ||
              (code === 'UNAUTHENTICATED' && !ANSWERS_UNAUTHENTICATED.has(field.name));
            if (refused) {
              problems.push(
                `${field.name} as ${caller.label}: refused (${code}: ${error.message})`,
              );
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
