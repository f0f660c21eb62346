// ESM + ts-jest: the toolkit packages (@actions/*) are ESM-only, so tests run as ESM too.
// Type checking is done once by `tsc --noEmit` (npm run typecheck); ts-jest only transpiles.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  setupFiles: ['<rootDir>/__tests__/helpers/setup-env.ts'],
  testTimeout: 20000,
};
