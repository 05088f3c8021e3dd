import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";
import { noImportCycle } from "./eslint-rules/noImportCycle.js";

// The library and the scripts are linted with type information (tsconfig.json covers exactly
// lib/ and scripts/); tests, configs and bin/ keep the syntax-only rules, which is most of the
// value there at a fraction of the time.
const typed = ["lib/**/*.ts", "scripts/**/*.ts"];
import notebooks from "./scripts/lint/notebookProcessor.js";

/** The presentation folders of lib/: they may import the domain folders, not the other way. */
const presentation = ["report", "charts", "deck", "export"];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "reports/", "data/", "test/.tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typed })),
  {
    files: typed,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Off: every place it flags turns a table cell or a YAML value (typed `unknown`, narrowed to
      // `{}` once null is ruled out) into text on purpose, Dates handled before; the rule cannot
      // tell a scalar cell from an object and a cast to silence it would say less than String().
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    // A cycle among lib/ or scripts/ modules means two concepts that cannot be read (or moved) apart;
    // type-only imports count too, since a type shared both ways belongs in a file of its own.
    files: typed,
    plugins: { "import-x": importX, tns: { rules: { "no-import-cycle": noImportCycle } } },
    settings: {
      // import-x reads only the extensions listed here; without .ts it sees no module and no cycle.
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
    },
    rules: { "import-x/no-cycle": "error", "tns/no-import-cycle": "error" },
  },
  {
    // Layers: presentation (report/, charts/, deck/, export/) reads the domain, never the reverse.
    // A domain folder describes what to show with the types of view/ (cards, table columns);
    // rendering them is report/'s job.
    files: ["lib/**/*.ts"],
    ignores: presentation.map((folder) => `lib/${folder}/**`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: presentation.map((folder) => `../${folder}/*`),
              message:
                "a domain folder must not import presentation code: put the shape in lib/view/ or the code in lib/report/",
            },
          ],
        },
      ],
    },
  },
  // Notebook cells are linted as one TypeScript module per notebook (cells share tslab's scope),
  // with the rules above, plus one for tslab: a shorthand property naming a variable of an earlier
  // cell (`{ from, to }`) throws "from is not defined" at run time, so cells write `from: from`.
  { files: ["notebooks/**/*.ipynb"], plugins: { notebooks }, processor: "notebooks/cells" },
  { files: ["notebooks/**/*.ipynb/*.ts"], rules: { "object-shorthand": ["error", "never"] } },
);
