/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  moduleNameMapper: {
    '^@lagebild/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@lagebild/ui$': '<rootDir>/../../packages/ui/src/index.ts',
    '\\.css$': '<rootDir>/src/test-support/style-stub.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test-support/setup.ts'],
};
