import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "reports/", "data/", "bin/", "test/.tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // User patterns must go through RE2 (see DESIGN.md); JS RegExp is for our own fixed patterns.
      "no-restricted-imports": ["error", { patterns: ["../lib/*.ts"] }],
    },
  },
);
