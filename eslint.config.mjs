import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "examples/**", "bench/results*", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-throw-literal": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*", "fs", "path", "os", "exceljs", "commander", "office-*"], message: "src/core is pure: no Node, Office or file I/O imports." }] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window", "process", "require"],
    },
  },
  {
    files: ["src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*", "fs", "path", "os", "exceljs", "commander", "office-*", "../excel*", "../taskpane*", "../cli*"], message: "src/report is pure: data in, tables out." }] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window", "process", "require"],
    },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    rules: { "no-restricted-globals": ["error", { name: "Excel", message: "The pane talks to Excel through src/excel (the adapter) only." }] },
  },
);
