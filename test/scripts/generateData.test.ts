import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/generateDataset.js";
import { keywordLists } from "../../scripts/generate/keywords.js";
import { formatTimestamp, localMidnight } from "../../scripts/generate/time.js";

type Row = Record<string, string>;

const tmpRoot = "test/.tmp/generate";
mkdirSync(tmpRoot, { recursive: true });
const tempDir = (prefix: string) => mkdtempSync(join(tmpRoot, `${prefix}-`));

const hashFile = (path: string) =>
  createHash("sha256")
    .update(new Uint8Array(readFileSync(path)))
    .digest("hex");

/** sha256 of every file under `dir`, keyed by relative path. */
function hashes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else result[relative(dir, path)] = hashFile(path);
    }
  };
  walk(dir);
  return result;
}

const csv = (dir: string, table: string): Row[] =>
  parse(readFileSync(join(dir, `${table}.csv`)), { columns: true, bom: false }) as Row[];

const small = { seed: 7, days: 90, rows: 3000 };

describe("generateDataset", () => {
  it("generateDataset writes byte-identical files for the same seed", () => {
    const a = tempDir("same-a");
    const b = tempDir("same-b");
    generateDataset({ ...small, out: a });
    generateDataset({ ...small, out: b });
    const first = hashes(a);
    expect(Object.keys(first)).toContain("events.jsonl");
    expect(Object.keys(first)).toContain("rules/production-rules.yaml");
    expect(hashes(b)).toEqual(first);
  });

  it("generateDataset writes different listings and events for a different seed", () => {
    const a = tempDir("seed-a");
    const b = tempDir("seed-b");
    generateDataset({ ...small, out: a });
    generateDataset({ ...small, seed: 8, out: b });
    const [ha, hb] = [hashes(a), hashes(b)];
    expect(hb["listings.csv"]).not.toBe(ha["listings.csv"]);
    expect(hb["events.jsonl"]).not.toBe(ha["events.jsonl"]);
    // Rules and keyword lists do not depend on the seed.
    expect(hb["lists/counterfeit_keywords.txt"]).toBe(ha["lists/counterfeit_keywords.txt"]);
  });

  it("generateDataset rejects bad sizes and seeds with the option, value and fix", () => {
    expect(() => generateDataset({ rows: 0, out: tempDir("bad") })).toThrow(
      /--rows must be a positive integer, got 0; e\.g\. --rows 90/,
    );
    expect(() => generateDataset({ days: 2.5, out: tempDir("bad") })).toThrow(
      /--days must be a positive integer, got 2\.5/,
    );
    expect(() => generateDataset({ seed: 1.5, out: tempDir("bad") })).toThrow(
      /--seed must be an integer, got 1\.5; e\.g\. --seed 42/,
    );
    expect(() => generateDataset({ rows: 10, days: 90, out: tempDir("bad") })).toThrow(
      /--rows 10 is fewer than one listing per day over --days 90; use --rows 90 or more/,
    );
  });
});

describe("formatTimestamp", () => {
  it("formatTimestamp prints Asia/Seoul with +09:00 whatever the process time zone", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      expect(formatTimestamp(localMidnight(2026, 8, 1) + 14 * 3_600_000 + 5 * 60_000 + 9_000)).toBe(
        "2026-08-01T14:05:09+09:00",
      );
      expect(formatTimestamp(Date.UTC(2026, 9, 29, 15, 0, 0))).toBe("2026-10-30T00:00:00+09:00");
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe("the committed sample in data/", () => {
  let fresh: string;
  beforeAll(() => {
    fresh = tempDir("default");
    generateDataset({ out: fresh });
  });

  it("generateDataset with default options reproduces data/ byte for byte", () => {
    // Only the generated files: data/ also holds README.md and the git-ignored data/generated/.
    const expected = hashes(fresh);
    expect(Object.keys(expected).length).toBe(18); // with tns.yaml, the bundled kpis.yaml and the candidate rules
    for (const [file, hash] of Object.entries(expected))
      expect(hashFile(join("data", file)), file).toBe(hash);
  });

  it("every flag, review, audit and appeal refers to an existing listing", () => {
    const ids = new Set(csv(fresh, "listings").map((row) => row.listing_id));
    for (const table of ["flags", "reviews", "audits", "appeals", "model_scores"]) {
      const rows = csv(fresh, table);
      expect(rows.length, table).toBeGreaterThan(0);
      expect(
        rows.filter((row) => !ids.has(row.listing_id!)),
        table,
      ).toEqual([]);
    }
  });

  it("audits sample only unflagged listings and record their inclusion probability", () => {
    const flagged = new Set(csv(fresh, "flags").map((row) => row.listing_id));
    const audits = csv(fresh, "audits");
    expect(audits.filter((row) => flagged.has(row.listing_id!))).toEqual([]);
    const probabilities = new Set(audits.map((row) => row.inclusion_prob));
    expect([...probabilities].sort()).toEqual(["0.012", "0.08", "0.15", "0.2"]);
  });

  it("formats scores with four decimals, integers without decimals and timestamps with +09:00", () => {
    expect(csv(fresh, "model_scores").every((row) => /^[01]\.\d{4}$/.test(row.score!))).toBe(true);
    const listings = csv(fresh, "listings");
    expect(listings.every((row) => /^\d+$/.test(row.price_krw!) && /^\d+$/.test(row.views!))).toBe(
      true,
    );
    const stamp = /^2026-(08|09|10)-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/;
    expect(listings.every((row) => stamp.test(row.created_at!))).toBe(true);
    const rate = listings.filter((row) => row.is_violation === "true").length / listings.length;
    expect(rate).toBeGreaterThan(0.05);
    expect(rate).toBeLessThan(0.08);
  });

  it("keeps hostile markup intact in titles of non-violating listings", () => {
    const hostile = csv(fresh, "listings").filter((row) =>
      /<script>|onerror=|onload=/.test(row.title!),
    );
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.every((row) => row.is_violation === "false")).toBe(true);
  });

  it("incidents.json dates fall inside the 90-day period", () => {
    const incidents = JSON.parse(readFileSync(join(fresh, "incidents.json"), "utf8")) as {
      kind: string;
      start: string;
      end: string;
    }[];
    expect(incidents.map((i) => i.kind)).toEqual([
      "calibration_shift",
      "evasion",
      "rule_change",
      "feed_gap",
      "duplicate_events",
    ]);
    const [from, to] = [
      Date.parse("2026-08-01T00:00:00+09:00"),
      Date.parse("2026-10-30T00:00:00+09:00"),
    ];
    for (const incident of incidents) {
      expect(Date.parse(incident.start)).toBeGreaterThanOrEqual(from);
      expect(Date.parse(incident.end)).toBeLessThanOrEqual(to);
      expect(Date.parse(incident.start)).toBeLessThan(Date.parse(incident.end));
    }
  });

  it("events.jsonl is time-ordered and holds the duplicated window and the reviews missing from reviews.csv", () => {
    const lines = readFileSync(join(fresh, "events.jsonl"), "utf8").trimEnd().split("\n");
    const events = lines.map(
      (line) => JSON.parse(line) as { ts: string; type: string; review_id?: string },
    );
    const times = events.map((event) => Date.parse(event.ts));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    const doubled = lines.filter((line, i) => i > 0 && line === lines[i - 1]);
    expect(doubled.length).toBeGreaterThan(0);
    expect(doubled.every((line) => line.includes('"ts":"2026-10-24T1'))).toBe(true);

    const gapDay = (ts: string) => ts.startsWith("2026-10-20");
    expect(csv(fresh, "reviews").filter((row) => gapDay(row.reviewed_at!))).toEqual([]);
    expect(
      events.filter((e) => e.type === "review_decided" && gapDay(e.ts)).length,
    ).toBeGreaterThan(0);
  });

  it("evasion-wave listings hide counterfeit keywords and are never flagged by cf_keywords", () => {
    const incidents = JSON.parse(readFileSync(join(fresh, "incidents.json"), "utf8")) as {
      kind: string;
      affected: { seller_ids?: string[] };
    }[];
    const sellers = new Set(incidents.find((i) => i.kind === "evasion")!.affected.seller_ids);
    const wave = csv(fresh, "listings").filter((row) => sellers.has(row.seller_id!));
    expect(wave.length).toBeGreaterThan(100);
    const keywords = keywordLists.counterfeit_keywords.map((k) => k.toLowerCase());
    const hasKeyword = (text: string) => keywords.some((k) => text.includes(k));
    const folded = (title: string) => {
      const plain = title
        .normalize("NFKC")
        .replace(/\u200b/g, "")
        .toLowerCase();
      const leet = (map: Record<string, string>) => plain.replace(/[0134]/g, (c) => map[c] ?? c);
      return [
        plain,
        plain.replace(/ /g, ""),
        leet({ "0": "o", "1": "i", "3": "e", "4": "a" }),
        leet({ "0": "o", "1": "l", "3": "e", "4": "a" }),
      ];
    };
    for (const row of wave) {
      expect(hasKeyword(row.title!.toLowerCase()), row.title).toBe(false);
      expect(folded(row.title!).some(hasKeyword), row.title).toBe(true);
      expect(row.category).toBe("bags");
      expect(row.violation_policy).toBe("counterfeit");
    }
    const ids = new Set(wave.map((row) => row.listing_id));
    const cfHits = csv(fresh, "flags").filter(
      (row) => ids.has(row.listing_id!) && row.detector === "rule:cf_keywords",
    );
    expect(cfHits).toEqual([]);
  });
});
