/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // A few dependencies ship only as ES modules; Jest on Node 20 needs them as CommonJS.
    '^.+\\.m?js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|mercurius|quick-lru)/)'],
  // Tests always see the domain's current source, not a stale build.
  moduleNameMapper: { '^@lagebild/domain$': '<rootDir>/../../packages/domain/src/index.ts' },
  testTimeout: 60000,
};
