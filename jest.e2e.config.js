/** @type {import('jest').Config} End-to-end tests: the built task pane in headless Chromium over an Excel stand-in. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "CommonJS", isolatedModules: true }, diagnostics: { ignoreCodes: [151002] } }] },
  globalSetup: "<rootDir>/test/e2e/global-setup.js",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.js",
  testTimeout: 300_000,
  maxWorkers: 1,
};
