import { execFileSync } from "node:child_process";

// Notebooks import the built library and the runner forks the built worker, so tests that execute
// notebooks need dist/ to match the sources: build once before any test file runs.
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], {
    stdio: "inherit",
  });
}
