import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

const tns = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["bin/tns.js", "monitor", ...args], {
    encoding: "utf8",
    input,
    maxBuffer: 1 << 26,
  });
const dir = "test/.tmp/monitor-cli";
// A stack trace line, which an expected failure must never print.
const stackFrame = /^\s+at /m;
const start = Date.parse("2026-10-01T10:00:00+09:00");
const seoul = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19) + "+09:00";
const flag = (ts: string, listing = "L1") =>
  JSON.stringify({ ts, type: "flagged", listing_id: listing, detector: "rule:x" });

describe("tns monitor: dropped events fail the run unless tolerated", { timeout: 300_000 }, () => {
  let replay: string;
  let monitored: number;
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    // The sample replay with one event dated 2099 a tenth of the way in.
    const lines = readFileSync("data/events.jsonl", "utf8").trimEnd().split("\n");
    lines.splice(5_900, 0, flag("2099-01-01T00:00:00+09:00", "L9999999"));
    replay = `${dir}/replay-2099.jsonl`;
    writeFileSync(replay, lines.join("\n") + "\n");
    monitored = lines.length - 109; // INC-2026-005's duplicates are dropped first
  });

  it("exits 1 on the 2099 replay, counting every other event and saying what was dropped and why", () => {
    const json = `${dir}/summary.json`;
    const r = tns(["--events", replay, "--alerts", `${dir}/alerts.jsonl`, "--json", json]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `${monitored} events \\(0 malformed lines and 0 invalid ts skipped, 109 duplicates dropped, 0 late, 1 quarantined\\)`,
      ),
    );
    expect(r.stderr).toMatch(
      new RegExp(
        `tns monitor: 1 of ${monitored} events dropped, more than --max-dropped 0 allows: 0 late \\(after the allowed lateness of 10m\\), 1 quarantined \\(1 more than 1h ahead of the stream clock, 0 more than 7d behind it, 0 without a valid ISO 8601 ts; first: future, ts "2099-01-01T00:00:00\\+09:00", "flagged" "listing_id=L9999999"\\); .*pass --max-dropped <n\\|%> or --tolerate-drops`,
      ),
    );
    expect(r.stderr).not.toMatch(stackFrame);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary).toMatchObject({
      events: monitored,
      late: 0,
      quarantine: { future: 1, past: 0, invalid: 0 },
      dropped: 1,
      allowedDrops: 0,
      passed: false,
      zone: "Asia/Seoul",
    });
    expect(summary.dedupe.evicted).toBe(0);
  });

  it("exits 0 on the same replay with --tolerate-drops or a --max-dropped that covers it", () => {
    const tolerated = tns([
      "--events",
      replay,
      "--alerts",
      `${dir}/alerts.jsonl`,
      "--tolerate-drops",
    ]);
    expect(tolerated.status).toBe(0);
    expect(tolerated.stderr).toMatch(/, 0 late, 1 quarantined\), \d+ alerts/);
    const counted = tns([
      "--events",
      replay,
      "--alerts",
      `${dir}/alerts.jsonl`,
      "--max-dropped",
      "1",
    ]);
    expect(counted.status).toBe(0);
  });

  it("judges --max-dropped as a share of the events and --max-past / --max-future as set", () => {
    // 100 events two minutes apart from 10:00, and one a month old among them.
    const lines = Array.from({ length: 100 }, (_, i) => flag(seoul(start + i * 120_000), `L${i}`));
    lines.splice(80, 0, flag("2026-09-01T10:00:00+09:00", "L_old"));
    const input = lines.join("\n") + "\n";
    const share = tns(["--events", "-", "--max-dropped", "0.5%"], input);
    expect(share.status).toBe(1);
    expect(share.stderr).toMatch(
      /1 of 101 events dropped, more than --max-dropped 0\.5% allows: 0 late \(after the allowed lateness of 10m\), 1 quarantined \(0 more than 1h ahead of the stream clock, 1 more than 7d behind it/,
    );
    expect(tns(["--events", "-", "--max-dropped", "1%"], input).status).toBe(0);
    // Within a --max-past of 60 days the old event is only late: dropped all the same.
    const late = tns(["--events", "-", "--max-past", "60d"], input);
    expect([late.status, late.stderr]).toEqual([
      1,
      expect.stringMatching(/1 of 101 events dropped, .*: 1 late .*, 0 quarantined/),
    ]);
  });

  it("exits 2 with the file and line on a ts that is not ISO 8601, and reads a ts without an offset in --zone", () => {
    const bad = tns(
      ["--events", "-"],
      `${flag("2026-10-01T10:00:00+09:00")}\n${flag("5/6/2026")}\n`,
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /^tns: stdin, line 2: ts "5\/6\/2026" is not an ISO 8601 timestamp \(expected a date YYYY-MM-DD first\)/m,
    );
    expect(bad.stderr).not.toMatch(stackFrame);
    // Times without an offset every 10 minutes from 09:00, then one at 01:05Z: in Seoul the naive
    // times end at 02:00Z, so it is within the lateness; read as UTC they end at 11:00Z: it is late.
    const naive = Array.from({ length: 13 }, (_, i) =>
      flag(new Date(Date.UTC(2026, 9, 29, 9, i * 10)).toISOString().slice(0, 19)),
    );
    const input = [...naive, flag("2026-10-29T01:05:00Z")].join("\n") + "\n";
    const json = `${dir}/zone.json`;
    const inSeoul = tns(["--events", "-", "--zone", "Asia/Seoul", "--json", json], input);
    expect([inSeoul.status, JSON.parse(readFileSync(json, "utf8"))]).toEqual([
      0,
      expect.objectContaining({ zone: "Asia/Seoul", late: 0, dropped: 0 }),
    ]);
    const inUtc = tns(["--events", "-", "--zone", "UTC", "--json", json], input);
    expect([inUtc.status, JSON.parse(readFileSync(json, "utf8"))]).toEqual([
      1,
      expect.objectContaining({ zone: "UTC", late: 1, dropped: 1 }),
    ]);
  });

  it("exits 2 without a stack trace on a bad --zone, --max-past or --max-dropped", () => {
    const cases: [string[], RegExp][] = [
      [["--zone", "Mars/Base"], /--zone "Mars\/Base": not a known time zone/],
      [
        ["--max-past", "30m"],
        /maxPast \(--max-past\): 30m is shorter than the window plus the lateness \(70m\)/,
      ],
      [["--max-future", "soon"], /--max-future: "soon" is not a duration/],
      [
        ["--max-dropped", "lots"],
        /--max-dropped: "lots" is not a count or a share of events; write e\.g\. 0, 25 or 0\.5%/,
      ],
      [["--max-dropped", "150%"], /--max-dropped: "150%" is not a count or a share/],
    ];
    for (const [args, message] of cases) {
      const r = tns(["--events", "-", ...args], `${flag("2026-10-01T10:00:00+09:00")}\n`);
      expect([args, r.status]).toEqual([args, 2]);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(stackFrame);
    }
  });
});
