// Jest configuration: TypeScript is transformed by esbuild (TypeScript 7 has no JS API for ts-jest).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': '<rootDir>/scripts/jest-esbuild.js' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  setupFiles: ['<rootDir>/scripts/jest-env.js'],
};
