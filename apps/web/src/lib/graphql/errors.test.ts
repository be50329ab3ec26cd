import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { toApiProblem } from './errors';

describe('toApiProblem', () => {
  it('reads the code and the per-field issues of a rejected input', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [
              { field: 'rtoMinutes', message: 'must not be negative' },
              { field: 'input.dependsOn', message: 'would form the cycle a -> b -> a' },
              { field: 'rtoMinutes', message: 'second message is ignored' },
            ],
          },
        }),
      ],
    });
    expect(toApiProblem(error)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input',
      fieldIssues: {
        rtoMinutes: 'must not be negative',
        dependsOn: 'would form the cycle a -> b -> a',
      },
    });
  });

  it('recognises a stale version as CONFLICT', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT' } })],
    });
    expect(toApiProblem(error).code).toBe('CONFLICT');
  });

  it('reports an unreachable server as NETWORK', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(toApiProblem(error)).toMatchObject({ code: 'NETWORK', fieldIssues: {} });
  });

  it('treats codes it does not know as UNKNOWN and keeps the message', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
    });
    expect(toApiProblem(error)).toMatchObject({ code: 'UNKNOWN', message: 'boom' });
  });
});
