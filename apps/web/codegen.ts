import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL operations from the API's committed schema: `npm run codegen -w @lagebild/web`.
const config: CodegenConfig = {
  // LAGEBILD_SCHEMA points at another schema file, e.g. one printed from an unmerged API branch.
  schema: process.env['LAGEBILD_SCHEMA'] ?? '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: true,
      },
    },
  },
};

export default config;
