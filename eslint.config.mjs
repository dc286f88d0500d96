// Lint, and the architecture's boundaries: dependencies point inward
// (taskpane/excel/xlsx/cli → flow → workbook → core), core stays pure, only
// src/excel calls Excel.run, task-pane features do not import each other,
// and no module imports itself back through others (import-x/no-cycle).
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import thidua from "./scripts/eslint/architecture.mjs";

const EXCEL_RUN = {
  selector: "MemberExpression[object.name='Excel'][property.name='run']",
  message: "Only src/excel calls Excel.run; go through the WorkbookSource/WorkbookSink ports.",
};

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-results/**", "bench/**/*.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["scripts/**", "**/*.mjs", "test/**", "bin/**", "bench/**"], languageOptions: { globals: globals.node } },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },

  // core: the pure domain; the import side is thidua/architecture.
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "process", "Buffer", "require", "window", "document"].map((name) => ({
          name,
          message: "src/core must not reach the host, the browser or Node.",
        })),
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { thidua },
    rules: { "thidua/architecture": "error" },
  },
  // No import cycle in src/: a cycle hides which module depends on which, and
  // with it the order the layers are allowed to have (read ↔ check once was one).
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs"] })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  // Only src/excel talks to Excel.
  {
    files: ["src/**"],
    ignores: ["src/excel/**"],
    rules: { "no-restricted-syntax": ["error", EXCEL_RUN] },
  },
  // No cache at module level in core: it would outlive the import and be shared by two (docs/DECISIONS.md, D8); an import's ReadCache holds them.
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        EXCEL_RUN,
        ...["Program > VariableDeclaration", "Program > ExportNamedDeclaration > VariableDeclaration"].map((at) => ({
          selector: `${at} > VariableDeclarator > NewExpression[callee.name=/^(Map|WeakMap|Set|WeakSet)$/][arguments.length=0]`,
          message: "No module-level cache in src/core: keep it in the import's ReadCache (src/core/read/read-cache.ts).",
        })),
      ],
    },
  },
);
