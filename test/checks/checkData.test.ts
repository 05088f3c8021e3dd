import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkData } from "../../lib/checks/checkData.js";

mkdirSync("test/.tmp", { recursive: true });

describe("checkData", () => {
  it("checkData on the sample data fails exactly the daily volume of reviews on the feed-gap day", async () => {
    const report = await checkData("data");
    const failed = report.checks.filter((c) => c.status === "fail");
    expect(report.passed).toBe(false);
    expect(failed.map((c) => [c.check, c.table, c.examples])).toEqual([
      ["daily_volume", "reviews", ["2026-10-20"]],
    ]);
    expect(failed[0].message).toMatch(
      /1 day has \(almost\) no reviews by reviewed_at: 2026-10-20; re-run the export/,
    );
    const kinds = new Set(report.checks.map((c) => c.check));
    for (const kind of [
      "schema_drift",
      "row_count",
      "duplicate_keys",
      "referential_integrity",
      "value_range",
      "freshness",
      "daily_volume",
    ])
      expect(kinds, kind).toContain(kind);
  });

  it("checkData finds duplicate keys, orphans, out-of-range scores, a renamed column and a stale feed", async () => {
    const dir = mkdtempSync(join("test/.tmp", "checks-"));
    cpSync("data", dir, {
      recursive: true,
      filter: (src) => !src.includes("generated") && !src.endsWith(".jsonl"),
    });
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
    edit("reviews.csv", (t) => {
      const lines = t.trimEnd().split("\n");
      // Keep reviews up to 2026-10-25 only (stale feed), and repeat the second row.
      const kept = lines.filter((l, i) => i === 0 || l.split(",")[4] < "2026-10-26");
      return [...kept, kept[1]].join("\n") + "\n";
    });
    edit("flags.csv", (t) => t + "L9999999,2026-10-01T10:00:00+09:00,rule:x,fraud,fraud,review\n");
    edit("model_scores.csv", (t) => t.replace(/^(L\d+,contact_v1),0\.\d+/m, "$1,1.5000"));
    edit("appeals.csv", (t) => t.replace("outcome", "result"));
    const report = await checkData(dir);
    const failed = report.checks
      .filter((c) => c.status !== "pass")
      .map((c) => `${c.status} ${c.check} ${c.table}`);
    expect(failed).toEqual(
      expect.arrayContaining([
        "fail duplicate_keys reviews",
        "fail referential_integrity flags",
        "fail value_range model_scores",
        "fail schema_drift appeals",
        "fail freshness reviews",
      ]),
    );
    const drift = report.checks.find((c) => c.check === "schema_drift" && c.table === "appeals")!;
    expect(drift.message).toMatch(
      /missing outcome, undeclared result; a column was renamed or dropped upstream/,
    );
    expect(
      report.checks.find((c) => c.check === "referential_integrity" && c.table === "flags")!
        .examples,
    ).toEqual(["L9999999"]);
    rmSync(join(dir, "sellers.csv"));
    const missing = await checkData(dir);
    expect(missing.checks.find((c) => c.table === "sellers")!.message).toMatch(/sellers\.csv/);
  });
});
