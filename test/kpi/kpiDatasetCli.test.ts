import { execFile } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { writeForeignLayout } from "../dataset/foreignLayout.js";
import { tempDir } from "../report/notebookFixture.js";

const tns = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["dist/scripts/tns.js", ...args],
      { maxBuffer: 1 << 24 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

const days = ["--from", "2026-10-19", "--to", "2026-10-20"];

describe("tns kpi, check-data and monitor with --dataset", { timeout: 300_000 }, () => {
  let foreign: string;
  let noAppeals: string;
  beforeAll(async () => {
    foreign = writeForeignLayout(await tempDir("cli-foreign"));
    noAppeals = writeForeignLayout(await tempDir("cli-no-appeals"), { appeals: false });
  });

  it("tns kpi --dataset prints the same numbers on the sample, its folder and a foreign layout", async () => {
    const [sample, byDefault, folder, other] = await Promise.all([
      tns("kpi", "--dataset", "data/tns.yaml", ...days),
      tns("kpi", ...days),
      tns("kpi", "--data-dir", "data", ...days),
      tns("kpi", "--dataset", foreign, ...days),
    ]);
    expect(sample.code).toBe(0);
    expect(sample.stdout).toMatch(
      /missed\s+reviews_freshness\s+2026-10-20\s+26\.4 h \(target ≤ 4\.0 h\)/,
    );
    expect(sample.stdout.trim().split("\n")).toHaveLength(13);
    expect(byDefault.stdout).toBe(sample.stdout);
    expect(folder.stdout).toBe(sample.stdout);
    expect(other.stdout).toBe(sample.stdout);
    expect(other.stderr).toBe("");
  });

  it("tns kpi --dataset says in one line which KPI a missing table turns off", async () => {
    const run = await tns("kpi", "--dataset", noAppeals, ...days);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^warning: no appeals table in the dataset: appeal_overturn_rate is not computed; add tables\.appeals to .*tns\.yaml/,
      ),
    ]);
    expect(run.stdout).not.toMatch(/appeal_overturn_rate/);
    expect(run.stdout.trim().split("\n")).toHaveLength(12);
  });

  it("tns kpi asks for a KPI file when the dataset names none", async () => {
    const dir = await tempDir("cli-no-kpis");
    cpSync("data/reviews.csv", join(dir, "reviews.csv"));
    writeFileSync(join(dir, "tns.yaml"), "tables: { reviews: reviews.csv }\n");
    const run = await tns("kpi", "--dataset", join(dir, "tns.yaml"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^tns: .*tns\.yaml: the dataset names no KPI file; add `kpis: kpis.yaml` to it or pass --kpis <file>/,
    );
  });

  it("tns check-data --dataset gives the sample's report and lists absent tables", async () => {
    const [sample, byDefault, partial] = await Promise.all([
      tns("check-data", "--dataset", "data/tns.yaml"),
      tns("check-data"),
      tns("check-data", "--dataset", noAppeals),
    ]);
    expect(sample.code).toBe(1);
    expect(sample.stdout).toBe(
      "FAIL daily_volume reviews.reviewed_at: 1 day has (almost) no reviews by reviewed_at: 2026-10-20; re-run the export for that day before trusting rates that use it\n",
    );
    expect(sample.stderr).toBe("44 checks: 1 failed, 0 warned — gate closed\n");
    expect(byDefault.stdout).toBe(sample.stdout);
    expect(partial.stdout).toBe(sample.stdout);
    expect(partial.stderr).toMatch(/^no listings table in the dataset: its checks are skipped$/m);
    expect(partial.stderr).toMatch(/^no appeals table in the dataset: its checks are skipped$/m);
  });

  it("a DatasetError exits 2 with its message and no stack trace", async () => {
    const dir = await tempDir("cli-bad-def");
    writeFileSync(join(dir, "tns.yaml"), "tabels: { reviews: reviews.csv }\n");
    for (const command of ["kpi", "check-data"]) {
      const run = await tns(command, "--dataset", join(dir, "tns.yaml"));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^tns: .*tns\.yaml: unknown key "tabels" in the file \(did you mean "tables"\?\)/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const both = await tns("kpi", "--dataset", "data/tns.yaml", "--data-dir", "data");
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^tns: --dataset and --data-dir both given; pass one/);
  });

  it("tns monitor --dataset reads the dataset's events and rules", async () => {
    const dir = await tempDir("cli-monitor");
    writeFileSync(
      join(dir, "tns.yaml"),
      `tables: { events: ${JSON.stringify(join(process.cwd(), "data/events.jsonl"))} }\nrules: ${JSON.stringify(join(process.cwd(), "data/rules/production-rules.yaml"))}\n`,
    );
    const [viaDataset, direct] = await Promise.all([
      tns("monitor", "--dataset", join(dir, "tns.yaml")),
      tns(
        "monitor",
        "--events",
        "data/events.jsonl",
        "--rules",
        "data/rules/production-rules.yaml",
      ),
    ]);
    expect(viaDataset.code).toBe(0);
    expect(viaDataset.stdout).toBe(direct.stdout);
    expect(viaDataset.stderr).toMatch(/58894 events .*, 4 alerts/);
    const none = await tns("monitor");
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /^tns: --events <file> is required \(or --dataset <tns\.yaml> with an events table\)/,
    );
  });
});
