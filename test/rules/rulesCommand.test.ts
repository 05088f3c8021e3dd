import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";

const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", ...args], { encoding: "utf8" });
const rules = "data/rules/production-rules.yaml";

describe("tns rules check and tns backtest", { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("rules-cli");
  });

  it("rules check passes the production rules and exits 1 with every error printed", async () => {
    const ok = tns("rules", "check", rules, "--data", "data/listings.csv");
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/6 rule\(s\), 0 error\(s\), 0 warning\(s\)/);
    const bad = join(dir, "bad.yaml");
    await writeFile(
      bad,
      "- id: a\n  when: title ~ /(?<=x)y/\n- id: b\n  when: price_krw > 10 and price_krw < 5\n- id: a\n  when: x = 1\n",
    );
    const out = tns("rules", "check", bad, "--lists", "data/lists");
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/bad\.yaml:2:9: error \[a\]: unsupported regex feature lookbehind/);
    expect(out.stdout).toMatch(
      /bad\.yaml:5: error \[a\]: rule id "a" is used twice \(first on line 1\)/,
    );
    expect(out.stdout).toMatch(/warning \[b\]: the rule can never match/);
    expect(out.stderr).toMatch(/2 error\(s\), 1 warning\(s\)/);
  });

  it("rules check reports invalid YAML", async () => {
    const bad = join(dir, "broken.yaml");
    await writeFile(bad, "- id: a\n  when: [\n");
    const out = tns("rules", "check", bad);
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/broken\.yaml:\d+:\d+: error: invalid YAML/);
  });

  it("backtest writes the JSON the issue specifies, from CSV and from JSONL with text labels", async () => {
    const json = join(dir, "bt.json");
    const out = tns(
      "backtest",
      "--rules",
      rules,
      "--data",
      "data/listings.csv",
      "--id",
      "listing_id",
      "--by",
      "category",
      "--json",
      json,
    );
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/\(all rules\)\s+1009\s+732\s+277/);
    const report = JSON.parse(await readFile(json, "utf8"));
    expect(Object.keys(report.rules[0])).toEqual(
      expect.arrayContaining([
        "id",
        "hits",
        "tp",
        "fp",
        "precision",
        "precision_low",
        "precision_high",
        "recall",
        "unique_hits",
        "recall_lost",
        "examples",
      ]),
    );
    expect(report.total).toMatchObject({ hits: 1009, tp: 732, fp: 277 });
    expect(report.segments.length).toBeGreaterThan(0);
    // The same rows as JSONL with "true"/"false" strings, and as 0/1 CSV, give the same numbers.
    const csv = (await readFile("data/listings.csv", "utf8")).split("\n").slice(0, 3001);
    const header = csv[0].split(",");
    const labelAt = header.indexOf("is_violation");
    const rowsCsv = join(dir, "rows01.csv");
    await writeFile(
      rowsCsv,
      csv
        .map((l, i) =>
          i === 0
            ? l
            : l.replace(/,(true|false),([a-z_]*)$/, (_, b, p) => `,${b === "true" ? 1 : 0},${p}`),
        )
        .join("\n") + "\n",
    );
    expect(labelAt).toBeGreaterThan(0);
    const a = JSON.parse(
      tns("backtest", "--rules", rules, "--data", rowsCsv, "--json", "-").stdout,
    );
    const { loadCsv } = await import("../../lib/data/loadCsv.js");
    const { sampleSchemas } = await import("../../lib/data/sampleSchemas.js");
    const table = await loadCsv("data/listings.csv", sampleSchemas.listings);
    const jsonl = join(dir, "rows.jsonl");
    await writeFile(
      jsonl,
      (table.slice(0, 3000).objects() as Record<string, unknown>[])
        .map((r) => JSON.stringify({ ...r, is_violation: String(r.is_violation) }))
        .join("\n") + "\n",
    );
    const b = JSON.parse(tns("backtest", "--rules", rules, "--data", jsonl, "--json", "-").stdout);
    expect(a.total.hits).toBeGreaterThan(0);
    expect(b.rules).toEqual(a.rules);
    expect(b.total).toEqual(a.total);
  });

  it("backtest exits 2 with a message for bad rules, a missing label, a non-boolean label and empty data", async () => {
    const missing = tns(
      "backtest",
      "--rules",
      rules,
      "--data",
      "data/listings.csv",
      "--label",
      "is_violaton",
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /label column "is_violaton" is not in the data; did you mean "is_violation"\?/,
    );
    const nonBool = tns(
      "backtest",
      "--rules",
      rules,
      "--data",
      "data/listings.csv",
      "--label",
      "category",
    );
    expect(nonBool.status).toBe(2);
    expect(nonBool.stderr).toMatch(
      /label column "category" has "[a-z]+" at row 1; labels must be true\/false/,
    );
    const empty = join(dir, "empty.csv");
    await writeFile(empty, "listing_id,title,description,is_violation\n");
    const e = tns("backtest", "--rules", rules, "--data", empty);
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/the data has no rows; there is nothing to backtest/);
    const out = join(dir, "never.json");
    const bad = tns(
      "backtest",
      "--rules",
      join(dir, "bad.yaml"),
      "--data",
      "data/listings.csv",
      "--json",
      out,
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/tns: the rules have \d error\(s\); the first: /);
    expect(existsSync(out)).toBe(false);
  });
});
