// A column named __proto__ (or constructor, toString) is data like any other: arquero keeps its
// columns in a plain object, where "__proto__" sets the prototype instead of adding a column.
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCsv } from "../../lib/data/loadCsv.js";
import { loadJsonl } from "../../lib/data/loadJsonl.js";
import { loadTable } from "../../lib/data/loadTable.js";
import { toTable } from "../../lib/table/toTable.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { tmpDir, writeTmp } from "./tmpFiles.js";

const dir = tmpDir("reserved");
const schema = { columns: { listing_id: { type: "string" as const } } };
const csv = writeTmp(
  dir,
  "reserved.csv",
  "listing_id,__proto__,constructor,toString\nL1,p1,c1,t1\nL2,p2,,t2\n",
);
const expected = [
  { listing_id: "L1", __proto___: "p1", constructor: "c1", toString: "t1" },
  { listing_id: "L2", __proto___: "p2", constructor: null, toString: "t2" },
];
/** Rows as plain entries: toEqual on objects would not see an own "__proto__" key. */
const entries = (rows: object[]) => rows.map((row) => Object.entries(row));

let warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);
beforeEach(() => {
  warnings = [];
  process.on("warning", onWarning);
});
afterEach(() => {
  process.off("warning", onWarning);
});
const renamedWarning = /column "__proto__" of .*reserved\.\w+ is renamed "__proto___"/;

describe("loaders keep a column named __proto__, constructor or toString", () => {
  it("loadCsv and loadTable keep every value, __proto__ renamed __proto___ with a warning", async () => {
    for (const load of [loadCsv, loadTable]) {
      const listings = await load(csv, schema);
      expect(listings.columnNames()).toEqual([
        "listing_id",
        "__proto___",
        "constructor",
        "toString",
      ]);
      expect(entries(listings.objects())).toEqual(entries(expected));
      expect(listings.array("__proto___")).toEqual(["p1", "p2"]);
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.join("\n")).toMatch(renamedWarning);
  });

  it("loadJsonl: an own __proto__ key is a column, and a key absent from a line is null, not Object's", async () => {
    const file = writeTmp(
      dir,
      "reserved.jsonl",
      '{"listing_id":"L1","__proto__":"p1","constructor":"c1","toString":"t1"}\n' +
        '{"listing_id":"L2","__proto__":"p2","toString":"t2"}\n',
    );
    const listings = await loadJsonl(file, schema);
    expect(entries(listings.objects())).toEqual(entries(expected));
  });

  it("toTable: rows whose keys include __proto__", () => {
    const rows = [JSON.parse('{"a":1,"__proto__":2}') as Record<string, unknown>, { a: 3 }];
    const t = toTable(rows);
    expect(t.columnNames()).toEqual(["a", "__proto___"]);
    expect(t.array("__proto___")).toEqual([2, null]);
  });

  it("openDataset keeps an unmapped __proto__ column of a table and reads it back", async () => {
    const folder = tmpDir("reserved-dataset");
    const listings = readFileSync("data/listings.csv", "utf8").split("\n").slice(0, 51);
    writeTmp(
      folder,
      "listings.csv",
      listings
        .map((line, i) => `${line},${i === 0 ? "__proto__,constructor" : `p${i},c${i}`}`)
        .join("\n") + "\n",
    );
    const yaml = writeTmp(
      folder,
      "tns.yaml",
      "name: reserved\ntables:\n  listings: { path: listings.csv }\n",
    );
    const ds = await openDataset(yaml);
    try {
      const t = await ds.query(
        'SELECT listing_id, "__proto__", "constructor" FROM listings LIMIT 2',
      );
      expect(t.columnNames()).toEqual(["listing_id", "__proto___", "constructor"]);
      expect(t.objects().map((r) => Object.values(r).slice(1))).toEqual([
        ["p1", "c1"],
        ["p2", "c2"],
      ]);
      expect((await ds.table("listings")).array("__proto___")).toHaveLength(50);
    } finally {
      ds.close();
    }
  });

  it("tns backtest --data and tns check-data read a listings file with such columns", () => {
    const folder = tmpDir("reserved-cli");
    const lines = readFileSync("data/listings.csv", "utf8").split("\n").slice(0, 301);
    writeTmp(
      folder,
      "listings.csv",
      lines
        .map(
          (line, i) =>
            `${line},${i === 0 ? "__proto__,constructor,toString" : `p${i},c${i},t${i}`}`,
        )
        .join("\n") + "\n",
    );
    copyFileSync("data/rules/production-rules.yaml", join(folder, "rules.yaml"));
    const tns = (...args: string[]) =>
      spawnSync(process.execPath, [join(process.cwd(), "bin/tns.js"), ...args], {
        encoding: "utf8",
        cwd: folder,
      });
    const backtest = tns(
      "backtest",
      "--data",
      "listings.csv",
      "--rules",
      "rules.yaml",
      "--lists",
      join(process.cwd(), "data/lists"),
    );
    expect(backtest.stderr).not.toMatch(/\n\s+at /);
    expect(backtest.status).toBe(0);
    expect(backtest.stdout + backtest.stderr).toMatch(/\(all rules\)/);
    const check = tns("check-data", "--data-dir", ".");
    expect(check.stderr).not.toMatch(/\n\s+at /);
    expect(check.stdout + check.stderr).toMatch(/checks: \d+ failed/);
  });
});
