import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_ZONE } from "../../lib/time/defaultZone.js";

const root = join(import.meta.dirname, "../..");
// The Airflow DAG is Python run by the scheduler, outside the kit: it cannot import the default.
const outside = new Set(["lib/time/defaultZone.ts", "scripts/airflow/tns_daily_reports.py"]);

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? files(path) : [path];
  });
}

describe("one default zone", () => {
  it("the default zone's name is written only in lib/time/defaultZone.ts across lib/ and scripts/", () => {
    const found = [...files("lib"), ...files("scripts")]
      .filter((file) => !outside.has(file))
      .filter((file) => readFileSync(join(root, file), "utf8").includes(DEFAULT_ZONE))
      .map((file) => relative(root, join(root, file)));
    expect(found, `import DEFAULT_ZONE from lib/time/defaultZone.ts instead`).toEqual([]);
  });
});
