import { spawnSync } from "node:child_process";

// Notebooks import the built library and the runner forks the built worker, so tests that execute
// notebooks need dist/ to match the sources: build once before any test file runs. tsc emits even
// when some file has a type error; type errors fail `npm run typecheck`, which `npm test` runs
// before vitest, so here they only warn and the tests of the other modules still run.
export default function setup(): void {
  const build = spawnSync(
    process.execPath,
    ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"],
    {
      encoding: "utf8",
    },
  );
  if (build.status !== 0) {
    process.stderr.write(
      `globalSetup: tsc reported errors (dist/ was still emitted):\n${build.stdout}${build.stderr}\n`,
    );
  }
}
