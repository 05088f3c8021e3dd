import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { computeKpis } from "../../lib/kpi/computeKpis.js";
import { kpiScorecard } from "../../lib/kpi/kpiScorecard.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { loadKpiTables } from "../../lib/kpi/loadKpiTables.js";

const run = async (args: string[], input?: string) => {
  const child = promisify(execFile)(process.execPath, ["bin/tns.js", ...args], {
    maxBuffer: 1 << 24,
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
mkdirSync("test/.tmp/kpi-cli", { recursive: true });

describe("tns kpi, check-data and monitor", () => {
  it("tns kpi prints the last period's status per KPI and writes every value as JSON", async () => {
    const out = "test/.tmp/kpi-cli/kpis.json";
    const { code, stdout } = await run([
      "kpi",
      "--from",
      "2026-10-19",
      "--to",
      "2026-10-20",
      "--json",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/missed\s+reviews_freshness\s+2026-10-20\s+26\.4 h \(target ≤ 4\.0 h\)/);
    const values = JSON.parse(readFileSync(out, "utf8")) as { kpi: string }[];
    expect(values.some((v) => v.kpi === "precision_by_queue")).toBe(true);
    const gated = await run([
      "kpi",
      "--from",
      "2026-10-20",
      "--to",
      "2026-10-20",
      "--fail-on-miss",
    ]);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(
      /missed target in the last complete period up to 2026-10-20: .*reviews_freshness \(2026-10-20\)/,
    );
  });

  it("tns kpi --fail-on-miss judges the last complete period, as kpiScorecard does, not the running week", async () => {
    const kpis = await loadKpis("data/kpis.yaml");
    const tables = await loadKpiTables("data", kpis);
    const date = "2026-10-29"; // a Thursday: the week of 10-26 is still running
    const card = kpiScorecard(computeKpis(kpis, tables, { to: date }), { date });
    const { code, stdout, stderr } = await run(["kpi", "--to", date, "--fail-on-miss"]);
    const recall = card.find((e) => e.kpi === "estimated_recall")!;
    // The running week read 100% met on n = 34; the last complete week is 36.1%, missed.
    expect(recall).toMatchObject({ status: "missed", value: { period: "2026-10-19", n: 60 } });
    for (const entry of card)
      expect(stdout).toMatch(
        new RegExp(
          `^${entry.status.replace("_", " ")}\\s+${entry.kpi}\\s+${entry.value!.period}`,
          "m",
        ),
      );
    expect(stdout).not.toMatch(/2026-10-26/);
    expect(code).toBe(1);
    const missed = card.filter((e) => e.status === "missed").map((e) => e.kpi);
    expect(missed).toEqual(["appeal_overturn_rate", "estimated_recall"]);
    expect(stderr).toMatch(/2 KPIs missed .*appeal_overturn_rate \(2026-10-19\), estimated_recall/);
  });

  it("tns kpi exits 2 on a report date that is not a calendar day", async () => {
    const { code, stderr } = await run(["kpi", "--to", "2026-13-45"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/to: "2026-13-45" is not a calendar day; write YYYY-MM-DD/);
  });

  it("tns kpi exits 2 on a KPI naming an unknown column", async () => {
    const file = "test/.tmp/kpi-cli/bad.yaml";
    writeFileSync(
      file,
      "kpis:\n  - { name: k, description: d, owner: o, area: a, formula: { count: { table: reviews, time: reviewd_at } } }\n",
    );
    const { code, stderr } = await run(["kpi", "--kpis", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /tns: KPI k: column "reviewd_at" is not in table reviews \(did you mean "reviewed_at"\?\)/,
    );
  });

  it("tns check-data exits 1 on the sample data (the feed gap) and writes the report", async () => {
    const out = "test/.tmp/kpi-cli/checks.json";
    const { code, stdout } = await run(["check-data", "--json", out]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL daily_volume reviews\.reviewed_at: .*2026-10-20/);
    expect(JSON.parse(readFileSync(out, "utf8")).passed).toBe(false);
  });

  it("tns monitor reads stdin, skips malformed lines with a warning when asked, and stops by default", async () => {
    const good = '{"ts":"2026-10-01T10:00:00+09:00","type":"flagged","detector":"rule:x"}\n';
    const skipped = await run(
      ["monitor", "--events", "-", "--on-malformed", "skip"],
      `${good}oops\n${good}`,
    );
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toMatch(/warning: stdin, line 2: not an event/);
    expect(skipped.stderr).toMatch(
      /1 events \(1 malformed lines and 0 invalid ts skipped, 1 duplicates dropped, 0 late, 0 quarantined\), 0 alerts/,
    );
    const stopped = await run(["monitor", "--events", "-"], `${good}oops\n`);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toMatch(/tns: stdin, line 2: not an event/);
    const bad = await run(["monitor", "--events", "-", "--window", "an hour"], good);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringMatching(/--window: "an hour" is not a duration/),
    ]);
  });
});
