import { graphql } from '../../lib/graphql/generated';

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      email
      name
      role
      enabled
      version
      lastLoginAt
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      version
      role
      enabled
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      role
      prefix
      createdBy
      createdAt
      lastUsedAt
      active
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      id
      active
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog(
    $entity: String
    $actor: String
    $from: DateTime
    $to: DateTime
    $limit: Int!
    $offset: Int!
  ) {
    auditLog(entity: $entity, actor: $actor, from: $from, to: $to, limit: $limit, offset: $offset) {
      id
      at
      actor
      action
      entityType
      entityId
    }
  }
`);
