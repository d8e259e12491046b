/**
 * Unit, CLI and agreement tests. TypeScript is only transpiled here (`isolatedModules`): the
 * type check of src/ and test/ is `npm run lint` (`tsc --noEmit`), which `npm test` runs first.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "CommonJS", isolatedModules: true }, diagnostics: { ignoreCodes: [151002] } }] },
  setupFiles: ["<rootDir>/test/setup-globals.ts"],
  globalSetup: "<rootDir>/test/cli/global-setup.ts",
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  // Both cores (jest's default leaves one idle on a 2-core machine).
  maxWorkers: 2,
  // No test leans on jest's 5 s default: a loaded machine is slow, not wrong. Tests never assert times.
  testTimeout: 300_000,
};
