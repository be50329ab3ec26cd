import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../src/graphql/schema-printer';
import { startTestApp } from './support/test-app';

const COMMITTED_SCHEMA = join(__dirname, '..', 'schema.graphql');

describe('the committed schema.graphql', () => {
  it('matches the schema the code generates (run `npm run schema -w @lagebild/api` after a change)', async () => {
    const app = await startTestApp('sqlite');
    try {
      const generated = printAppSchema(app.app);
      if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(COMMITTED_SCHEMA, generated);
      expect(readFileSync(COMMITTED_SCHEMA, 'utf8')).toBe(generated);
    } finally {
      await app.close();
    }
  });
});
