import { ApiError } from '../graphql/error-codes';
import { decodeCursor, encodeCursor } from './incident-cursor';

describe('incident list cursors', () => {
  it('round-trip the position of a row', () => {
    const startedAt = new Date('2018-10-05T06:30:00.000Z');
    expect(decodeCursor(encodeCursor({ startedAt, id: 'a1' }))).toEqual({ startedAt, id: 'a1' });
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['JSON of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['an invalid time', Buffer.from('["yesterday","a1"]').toString('base64url')],
    ['a non-string id', Buffer.from('["2018-10-05T06:30:00.000Z",7]').toString('base64url')],
  ])('refuse %s with BAD_USER_INPUT on `after`', (_case, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ApiError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as ApiError).code).toBe('BAD_USER_INPUT');
      expect((error as ApiError).issues).toEqual([
        { field: 'after', message: 'is not a cursor of this list' },
      ]);
    }
  });
});
