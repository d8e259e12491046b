/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "CommonJS" }, diagnostics: { ignoreCodes: [151002] } }] },
  setupFiles: ["<rootDir>/test/setup-globals.ts"],
  globalSetup: "<rootDir>/test/cli/global-setup.ts",
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
};
