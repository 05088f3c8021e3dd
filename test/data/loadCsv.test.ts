import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { loadCsv } from "../../lib/data/loadCsv.js";
import { DataLoadError } from "../../lib/data/DataLoadError.js";
import type { TableSchema } from "../../lib/data/TableSchema.js";
import { tmpDir, writeTmp } from "./tmpFiles.js";

const dir = tmpDir("loadCsv");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const csv = (content: string) => writeTmp(dir, `t${counter++}.csv`, content);

const listings: TableSchema = {
  name: "listings",
  columns: {
    listing_id: { type: "string", nullable: false },
    created_at: { type: "timestamp" },
    title: { type: "string" },
    price_krw: { type: "number" },
    views: { type: "integer" },
    is_violation: { type: "boolean" },
    day: { type: "date", required: false },
  },
};

describe("loadCsv", () => {
  it("loadCsv converts each declared type and turns empty fields into null", async () => {
    const path = csv(
      "listing_id,created_at,title,price_krw,views,is_violation,day\n" +
        "L0000001,2026-08-03T14:05:09+09:00,가방,12000,7,true,2026-08-03\n" +
        "L0000002,2026-08-03 14:05:09,,1e3,,FALSE,\n",
    );
    const table = await loadCsv(path, listings);
    expect(table.columnNames()).toEqual([
      "listing_id",
      "created_at",
      "title",
      "price_krw",
      "views",
      "is_violation",
      "day",
    ]);
    expect(table.objects()).toEqual([
      {
        listing_id: "L0000001",
        created_at: new Date("2026-08-03T05:05:09Z"),
        title: "가방",
        price_krw: 12000,
        views: 7,
        is_violation: true,
        day: "2026-08-03",
      },
      {
        listing_id: "L0000002",
        created_at: new Date("2026-08-03T05:05:09Z"),
        title: null,
        price_krw: 1000,
        views: null,
        is_violation: false,
        day: null,
      },
    ]);
  });

  it("loadCsv keeps Korean text, quoted commas and line breaks, doubled quotes and HTML as plain strings", async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const path = csv(
      "\uFEFFlisting_id,title\r\n" +
        `L1,"정품 샤넬 가방, 새상품"\r\n` +
        `L2,"첫 줄\r\n둘째 줄 ""레플리카"""\r\n` +
        `L3,"${hostile.replaceAll('"', '""')}"\r\n`,
    );
    const table = await loadCsv(path, {
      columns: { listing_id: { type: "string" }, title: { type: "string" } },
    });
    expect(table.array("title")).toEqual([
      "정품 샤넬 가방, 새상품",
      '첫 줄\r\n둘째 줄 "레플리카"',
      hostile,
    ]);
  });

  it("loadCsv keeps undeclared columns as strings, or drops them, and adds absent optional columns as null", async () => {
    const path = csv("listing_id,score,note\nL1,0.5,x\n");
    const schema: TableSchema = {
      columns: {
        listing_id: { type: "string" },
        score: { type: "number" },
        day: { type: "date", required: false },
      },
    };
    expect((await loadCsv(path, schema)).objects()).toEqual([
      { listing_id: "L1", score: 0.5, note: "x", day: null },
    ]);
    expect((await loadCsv(path, schema, { extraColumns: "drop" })).columnNames()).toEqual([
      "listing_id",
      "score",
      "day",
    ]);
  });

  it("loadCsv keeps the row count when every file column is dropped", async () => {
    const schema: TableSchema = { columns: { day: { type: "date", required: false } } };
    const table = await loadCsv(csv("note\nx\ny\n"), schema, { extraColumns: "drop" });
    expect(table.objects()).toEqual([{ day: null }, { day: null }]);
  });

  it("loadCsv reads a header-only file as an empty table with its columns", async () => {
    const table = await loadCsv(csv("listing_id,created_at\n"), {
      columns: { listing_id: { type: "string" }, created_at: { type: "timestamp" } },
    });
    expect(table.numRows()).toBe(0);
    expect(table.columnNames()).toEqual(["listing_id", "created_at"]);
  });

  it("loadCsv reads naive timestamps in the zone of the column or of the options", async () => {
    const path = csv("a,b\n2026-08-03 14:05:09,2026-08-03 14:05:09\n");
    const schema: TableSchema = {
      columns: { a: { type: "timestamp" }, b: { type: "timestamp", zone: "UTC" } },
    };
    const seoul = await loadCsv(path, schema);
    expect([seoul.get("a", 0), seoul.get("b", 0)].map((d: Date) => d.toISOString())).toEqual([
      "2026-08-03T05:05:09.000Z",
      "2026-08-03T14:05:09.000Z",
    ]);
    const newYork = await loadCsv(path, schema, { zone: "America/New_York" });
    expect((newYork.get("a", 0) as Date).toISOString()).toBe("2026-08-03T18:05:09.000Z");
  });

  it("loadCsv names the file when it does not exist", async () => {
    const path = join(dir, "nope.csv");
    await expect(loadCsv(path, listings)).rejects.toThrow(
      /^file not found: .*nope\.csv; run `npm run generate-data` or check --data-dir$/,
    );
  });

  it("loadCsv rejects a zero-byte file, a directory and a file of blank lines", async () => {
    await expect(loadCsv(csv(""), listings)).rejects.toThrow(
      /t\d+\.csv: the file is empty \(0 bytes\); expected a header row/,
    );
    await expect(loadCsv(dir, listings)).rejects.toThrow(/is a directory, not a file/);
    await expect(loadCsv(csv("\n\n"), listings)).rejects.toThrow(
      /: no header row \(the file holds only blank lines\)/,
    );
  });

  it("loadCsv lists missing required columns with a did-you-mean hint", async () => {
    const path = csv("listng_id,created_at,title,price,views,is_violation\n");
    const error = await loadCsv(path, listings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as Error).message).toMatch(
      /t\d+\.csv: missing required columns listing_id \(did you mean "listng_id"\?\), price_krw \(did you mean "price"\?\); the file has listng_id, created_at, title, price, views, is_violation; rename or add/,
    );
    expect(error).toMatchObject({ line: 1, column: "listing_id" });
  });

  it("loadCsv quotes a long or multi-line column name in a message, cut, and lists at most 30", async () => {
    // Found by the fuzz run (test/fuzz/loaders.test.ts): a 3,000-character header name came back
    // whole in "the file has …", a 3 KB message; a name with a line break split the message.
    const long = "n".repeat(3_000);
    const error = await loadCsv(csv(`${long},"a\nb"\n1,2\n`), listings).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /missing required columns? .*; the file has "n{78}…, "a\\nb"; rename or add/,
    );
    expect((error as Error).message.length).toBeLessThan(600);
    const many = Array.from({ length: 100 }, (_, i) => `c${i}`).join(",");
    const wide = await loadCsv(csv(`${many}\n`), listings).catch((e: unknown) => e);
    expect((wide as Error).message).toMatch(
      /the file has c0, c1, .*, c29 … \(100 columns\); rename/,
    );
    const extra = await loadCsv(
      csv(`listing_id,${long}\nL1,x\n`),
      { columns: { listing_id: { type: "string" } } },
      { extraColumns: "error" },
    ).catch((e: unknown) => e);
    expect((extra as Error).message).toMatch(
      /, line 1, column "n{78}…: the column is not in the schema/,
    );
    expect(extra).toMatchObject({ column: long });
  });

  it("loadCsv rejects a duplicated header name and, on request, undeclared columns", async () => {
    await expect(loadCsv(csv("a,b,a\n1,2,3\n"), { columns: {} })).rejects.toThrow(
      /line 1: column "a" appears twice in the header \(fields 1 and 3\); rename one/,
    );
    await expect(
      loadCsv(
        csv("listing_id,foo\nL1,x\n"),
        { columns: { listing_id: { type: "string" } } },
        { extraColumns: "error" },
      ),
    ).rejects.toThrow(
      /t\d+\.csv, line 1, column foo: the column is not in the schema; remove it, declare it in the schema, or pass extraColumns: "keep"/,
    );
  });

  it("loadCsv names the file, line and column of an unparsable number", async () => {
    const path = csv('listing_id,price_krw\nL1,12000\n\nL2,"12,000원"\n');
    const error = await loadCsv(path, {
      columns: { listing_id: { type: "string" }, price_krw: { type: "number" } },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /t\d+\.csv, line 4, column price_krw: "12,000원" is not a number; write plain digits like 12000 or -0\.5 \(no separators or units\)$/,
    );
    expect(error).toMatchObject({ line: 4, row: 2, column: "price_krw", value: "12,000원" });
  });

  it("loadCsv counts physical lines through quoted line breaks", async () => {
    // Record 1 spans lines 2-4; record 2 starts on line 5 and its bad value sits on line 6.
    const path = csv('id,note,n\n1,"a\nb\nc",5\n2,"x\ny",oops\n');
    const schema: TableSchema = {
      columns: { id: { type: "integer" }, note: { type: "string" }, n: { type: "integer" } },
    };
    await expect(loadCsv(path, schema)).rejects.toThrow(
      /line 6, column n: "oops" is not an integer; write whole numbers/,
    );
  });

  it("loadCsv names each type's rule for a bad value", async () => {
    const cases: [string, RegExp][] = [
      ["integer", /column v: "1\.5" is not an integer; write whole numbers like 12000/],
      [
        "boolean",
        /column v: "1\.5" is not a boolean; write true or false \(1\/0 and yes\/no also work\)/,
      ],
      [
        "timestamp",
        /column v: "1\.5" is not a timestamp; write ISO 8601 like 2026-08-03T14:05:09\+09:00/,
      ],
      ["date", /column v: "1\.5" is not a date; write YYYY-MM-DD like 2026-08-03/],
    ];
    for (const [type, message] of cases) {
      const schema = { columns: { v: { type } } } as TableSchema;
      await expect(loadCsv(csv("v\n1.5\n"), schema)).rejects.toThrow(message);
    }
  });

  it("loadCsv rejects an empty value in a non-nullable column", async () => {
    const schema: TableSchema = {
      columns: { listing_id: { type: "string", nullable: false }, title: { type: "string" } },
    };
    await expect(loadCsv(csv("listing_id,title\n,x\n"), schema)).rejects.toThrow(
      /line 2, column listing_id: the value is empty, but the column does not allow nulls; fill in a value, or declare the column nullable: true/,
    );
  });

  it("loadCsv reports a ragged row with both field counts", async () => {
    const path = csv('a,b\n1,"x\ny"\n1,2,3\n');
    const error = await loadCsv(path, { columns: {} }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /t\d+\.csv, line 4: the row has 3 fields, the header has 2; check quoting/,
    );
    expect(error).toMatchObject({ line: 4 });
  });

  it("loadCsv translates csv-parse quoting errors into the template", async () => {
    const schema = { columns: {} };
    await expect(loadCsv(csv('a,b\n1,"x"y\n'), schema)).rejects.toThrow(
      /line 2, column b: a closing quote is followed by "y" instead of a comma or line end; inside a quoted field write a quote as two quotes/,
    );
    await expect(loadCsv(csv('a,b\n1,x"y\n'), schema)).rejects.toThrow(
      /line 2, column b: a quote appears inside an unquoted field; put the whole field in double quotes/,
    );
    await expect(loadCsv(csv('a,b\n1,2\n3,"never closed\n4,5\n'), schema)).rejects.toThrow(
      /t\d+\.csv, line 3: a quoted field is never closed \(it runs to the end of the file at line 4\); add the closing quote/,
    );
  });

  it("loadCsv rejects an invalid zone in the schema", async () => {
    await expect(
      loadCsv(csv("t\n2026-08-03\n"), { columns: { t: { type: "timestamp", zone: "Asia/Seol" } } }),
    ).rejects.toThrow(
      /column t: "Asia\/Seol" is not a valid IANA time zone; use a name like Asia\/Seoul/,
    );
  });

  it("loadCsv streams a 200k-row file into typed columns", async () => {
    const rows = 200_000;
    const lines = ["listing_id,created_at,title,price_krw,views,is_violation"];
    for (let i = 0; i < rows; i++) {
      lines.push(
        `L${String(i).padStart(7, "0")},2026-08-03T14:05:09+09:00,"정품 가방, no. ${i}",${i},${i % 7},${i % 2 === 0}`,
      );
    }
    const table = await loadCsv(csv(lines.join("\n")), listings);
    expect(table.numRows()).toBe(rows);
    const prices = table.array("price_krw") as number[];
    expect(prices.reduce((a, b) => a + b, 0)).toBe((rows * (rows - 1)) / 2);
    expect(table.get("title", rows - 1)).toBe("정품 가방, no. 199999");
    expect((table.array("is_violation") as boolean[]).filter(Boolean).length).toBe(rows / 2);
  });
});
