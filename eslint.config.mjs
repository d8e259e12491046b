import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Module-level `let`/`var`, and module-level Map/Set/WeakMap/WeakSet not typed Readonly*, exported or not. */
const CORE_MODULE_STATE = ["Program > ", "Program > ExportNamedDeclaration > "].flatMap((at) => [
  {
    selector: `${at}VariableDeclaration[kind=/^(let|var)$/]`,
    message: "src/core keeps no mutable module state: put it in a per-review or per-call context (see evaluate-table.ts PathState).",
  },
  {
    selector: `${at}VariableDeclaration > VariableDeclarator[init.type='NewExpression'][init.callee.name=/^(Map|Set|WeakMap|WeakSet)$/]:not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly/])`,
    message: "src/core keeps no mutable module state: a module-level lookup table is typed ReadonlyMap/ReadonlySet; a cache belongs to a per-review or per-policy object.",
  },
]);

/**
 * A text chosen by an inline locale test (`locale === "zh-CN" ? "…" : "…"`, `zh ? … : …`): words
 * live in a typed catalogue per language (src/cli/messages.ts, src/core/i18n/messages.ts,
 * src/report/messages.ts, src/functions/logic/messages.ts), read with `catalogue(locale).key`.
 */
const LOCALE_LITERAL = "/^(zh-CN|en-US)$/";
const LOCALE_TERNARY = [
  {
    selector: `ConditionalExpression > BinaryExpression.test[operator=/^[!=]==?$/][right.value=${LOCALE_LITERAL}]`,
    message: "No inline locale ternary: add the text to the module's typed message catalogue (ZH and EN) and read it with catalogue(locale).key.",
  },
  {
    selector: `ConditionalExpression > BinaryExpression.test[operator=/^[!=]==?$/][left.value=${LOCALE_LITERAL}]`,
    message: "No inline locale ternary: add the text to the module's typed message catalogue (ZH and EN) and read it with catalogue(locale).key.",
  },
  {
    selector: "ConditionalExpression > Identifier.test[name=/^(zh|isZh|english)$/]",
    message: "No `zh ? … : …`: add the text to the module's typed message catalogue (ZH and EN) and read it with catalogue(locale).key.",
  },
  {
    selector: "ConditionalExpression > CallExpression.test[callee.name=/^(zh|isZh)$/]",
    message: "No `zh(locale) ? … : …`: add the text to the module's typed message catalogue (ZH and EN) and read it with catalogue(locale).key.",
  },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "examples/**", "bench/results*", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-throw-literal": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Indexed reads are checked by the compiler (noUncheckedIndexedAccess): narrow them, or state an
    // invariant with must() (src/core/util/must.ts). A per-cell hot loop may keep a `!` with a
    // disable comment saying why the index is in bounds.
    files: ["src/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "error" },
  },
  {
    // Words come from a typed catalogue per language (src/core keeps this rule in its own block below).
    files: ["src/**/*.ts"],
    ignores: ["src/core/**"],
    rules: { "no-restricted-syntax": ["error", ...LOCALE_TERNARY] },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*", "fs", "path", "os", "exceljs", "commander", "office-*"], message: "src/core is pure: no Node, Office or file I/O imports." }] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window", "process", "require"],
      // No mutable module state: two reviews in one process must not share anything (state lives in per-review or per-call objects).
      "no-restricted-syntax": ["error", ...CORE_MODULE_STATE, ...LOCALE_TERNARY],
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
    // One direction between front ends: the formulas and the pane use the Office adapter, never the reverse.
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../functions*", "../../functions*", "../taskpane*", "../cli*"], message: "src/excel is the Office adapter: the formulas (src/functions) and the pane use it, not the reverse." }] },
      ],
    },
  },
  {
    // A command is a leaf: what two commands share lives in a module of src/cli (progress.ts, load-roster.ts...).
    files: ["src/cli/**/*.ts"],
    ignores: ["src/cli/index.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["./commands/*", "../commands/*", "./*-command", "./review", "./vacancy", "./headers", "./diff", "./fairness", "./near-miss", "./ninebox", "./policy", "./templates"], message: "Only src/cli/index.ts imports commands; share code through a src/cli module." }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    rules: { "no-restricted-globals": ["error", { name: "Excel", message: "The pane talks to Excel through src/excel (the adapter) only." }] },
  },
);
