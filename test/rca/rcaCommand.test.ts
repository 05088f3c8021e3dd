import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";
import { mulberry32 } from "./plantedRows.js";

const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", "rca", ...args], { encoding: "utf8" });

// Flags over two weeks (epoch seconds): in the second week rule "phone" in queue "contact" goes bad.
function flagsCsv(): string {
  const random = mulberry32(11);
  const lines = ["ts,queue,detector,category,hit"];
  const start = Date.parse("2026-10-01T00:00:00+09:00") / 1000;
  for (let i = 0; i < 4000; i++) {
    const ts = start + Math.floor(random() * 14 * 86400);
    const queue = ["contact", "counterfeit", "fraud"][Math.floor(random() * 3)];
    const detector =
      queue === "contact" ? ["phone", "messenger"][Math.floor(random() * 2)] : `${queue}_rule`;
    const category = ["bags", "shoes", "toys", "home"][Math.floor(random() * 4)];
    const late = ts >= start + 7 * 86400;
    const p = late && detector === "phone" ? 0.1 : 0.8;
    lines.push(`${ts},${queue},${detector},${category},${random() < p ? "true" : "false"}`);
  }
  return lines.join("\n") + "\n";
}

describe("tns rca", { timeout: 300_000 }, () => {
  let dir: string;
  let csv: string;
  const periods = ["--baseline", "2026-10-01..2026-10-07", "--current", "2026-10-08..2026-10-14"];
  beforeAll(async () => {
    dir = await tempDir("rca-cli");
    csv = join(dir, "flags.csv");
    await writeFile(csv, flagsCsv());
  });

  it("writes the JSON contract, causes best first, for a ratio KPI over epoch-second times", async () => {
    const out = join(dir, "rca.json");
    const run = tns(
      "--data",
      csv,
      "--time",
      "ts",
      "--dims",
      "queue,detector,category",
      "--ratio",
      "hit/1",
      ...periods,
      "--top",
      "3",
      "--json",
      out,
    );
    expect(run.stderr).toMatch(/1\. detector=phone: 0\.8\d* → 0\.\d+/);
    expect(run.status).toBe(0);
    const result = JSON.parse(await readFile(out, "utf8"));
    expect(result.kpi).toMatchObject({ kind: "ratio", numerator: "hit", denominator: "rows" });
    expect(result.causes.length).toBeGreaterThanOrEqual(1);
    expect(result.causes.length).toBeLessThanOrEqual(3);
    const [first] = result.causes;
    expect(first.segment).toEqual({ detector: "phone" });
    for (const key of [
      "score",
      "baseline",
      "current",
      "contribution",
      "explanatoryPower",
      "surprise",
      "support",
    ])
      expect(first).toHaveProperty(key);
    expect(first.current).toBeLessThan(0.2);
    const scores = result.causes.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.candidates).toBeGreaterThan(0);
  });

  it("prints a readable answer without --json, and runs Adtributor on request", () => {
    const run = tns(
      "--data",
      csv,
      "--time",
      "ts",
      "--dims",
      "queue,detector",
      "--measure",
      "1",
      ...periods,
      "--method",
      "adtributor",
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/additive KPI rows: \d+ → \d+ .*adtributor scored \d+ segments/);
  });

  it("answers an empty period with the reason and exit 0", () => {
    const run = tns(
      "--data",
      csv,
      "--time",
      "ts",
      "--dims",
      "queue",
      "--measure",
      "hit",
      "--baseline",
      "2020-01-01..2020-01-07",
      "--current",
      "2026-10-08..2026-10-14",
      "--json",
      "-",
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).empty).toMatch(
      /the baseline period 2020-01-01..2020-01-07 has no rows/,
    );
  });

  it("exits 2 with a message and writes nothing on bad input", async () => {
    const out = join(dir, "bad.json");
    const cases: [string[], RegExp][] = [
      [
        ["--time", "category", "--dims", "queue", "--measure", "hit", ...periods],
        /row 1, column category: "\w+" is not a time/,
      ],
      [
        ["--time", "ts", "--dims", "queue", "--ratio", "hit", ...periods],
        /--ratio: "hit" is not <numerator>\/<denominator>/,
      ],
      [
        ["--time", "ts", "--dims", "queue", "--measure", "hit", "--ratio", "hit/1", ...periods],
        /give exactly one of --measure <col> and --ratio/,
      ],
      [
        [
          "--time",
          "ts",
          "--dims",
          "queue",
          "--measure",
          "hit",
          "--baseline",
          "last week",
          "--current",
          "2026-10-08..2026-10-14",
        ],
        /--baseline: "last week" is not a time range/,
      ],
      [
        ["--time", "ts", "--dims", "queu", "--measure", "hit", ...periods],
        /missing required column queu \(did you mean "queue"\?\)/,
      ],
      [
        ["--time", "ts", "--dims", "queue", "--measure", "hit", ...periods, "--top", "0"],
        /--top: "0" is not a whole number ≥ 1/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = tns("--data", csv, ...args, "--json", out);
      expect(run.stderr).toMatch(message);
      expect(run.status).toBe(2);
    }
    expect(existsSync(out)).toBe(false);
  });
});
