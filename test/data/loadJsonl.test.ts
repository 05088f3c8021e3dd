import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { loadJsonl } from "../../lib/data/loadJsonl.js";
import type { TableSchema } from "../../lib/data/TableSchema.js";
import { tmpDir, writeTmp } from "./tmpFiles.js";

const dir = tmpDir("loadJsonl");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const jsonl = (content: string) => writeTmp(dir, `e${counter++}.jsonl`, content);

const events: TableSchema = {
  name: "events",
  columns: {
    ts: { type: "timestamp", nullable: false },
    type: { type: "string", nullable: false },
    listing_id: { type: "string" },
    score: { type: "number", required: false },
    price_krw: { type: "integer", required: false },
    is_violation: { type: "boolean", required: false },
  },
};

describe("loadJsonl", () => {
  it("loadJsonl converts JSON values, treats absent keys as null and skips blank lines", async () => {
    const path = jsonl(
      '\uFEFF{"ts":"2026-08-03T14:05:09+09:00","type":"listing_created","listing_id":"L1","price_krw":12000,"is_violation":false,"title":"<b>정품</b>"}\n' +
        "\n" +
        '{"ts":"2026-08-03 14:06:00","type":"model_scored","listing_id":"L1","score":"0.875","model":"counterfeit_v3"}\r\n',
    );
    const table = await loadJsonl(path, events);
    expect(table.columnNames()).toEqual([
      "ts",
      "type",
      "listing_id",
      "price_krw",
      "is_violation",
      "title",
      "score",
      "model",
    ]);
    expect(table.objects()).toEqual([
      {
        ts: new Date("2026-08-03T05:05:09Z"),
        type: "listing_created",
        listing_id: "L1",
        price_krw: 12000,
        is_violation: false,
        title: "<b>정품</b>",
        score: null,
        model: null,
      },
      {
        ts: new Date("2026-08-03T05:06:00Z"),
        type: "model_scored",
        listing_id: "L1",
        price_krw: null,
        is_violation: null,
        title: null,
        score: 0.875,
        model: "counterfeit_v3",
      },
    ]);
  });

  it("loadJsonl drops undeclared keys on request and reads blank-line files as empty tables", async () => {
    const path = jsonl(
      '{"ts":"2026-08-03T00:00:00Z","type":"x","listing_id":"L1","extra":{"a":1}}\n',
    );
    expect((await loadJsonl(path, events, { extraColumns: "drop" })).columnNames()).toEqual([
      "ts",
      "type",
      "listing_id",
      "score",
      "price_krw",
      "is_violation",
    ]);
    const empty = await loadJsonl(jsonl("\n\n"), events);
    expect(empty.numRows()).toBe(0);
    expect(empty.columnNames()).toEqual(Object.keys(events.columns));
  });

  it("loadJsonl names the line of malformed JSON", async () => {
    const path = jsonl(
      '{"ts":"2026-08-03T00:00:00Z","type":"x","listing_id":"L1"}\n{"ts": oops}\n',
    );
    const error = await loadJsonl(path, events).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /e\d+\.jsonl, line 2: the line is not valid JSON \(.*\); write one JSON object per line/,
    );
    expect(error).toMatchObject({ line: 2 });
  });

  it("loadJsonl rejects a line that is not an object", async () => {
    await expect(loadJsonl(jsonl("[1,2]\n"), events)).rejects.toThrow(
      /line 1: the line is an array, not a JSON object/,
    );
    await expect(loadJsonl(jsonl("42\n"), events)).rejects.toThrow(
      /line 1: the line is 42, not a JSON object/,
    );
  });

  it("loadJsonl names the line, column and value of a mistyped value", async () => {
    const path = jsonl(
      '{"ts":"2026-08-03T00:00:00Z","type":"x","listing_id":"L1"}\n{"ts":"2026-08-03T00:00:00Z","type":"x","listing_id":"L2","price_krw":12.5}\n',
    );
    const error = await loadJsonl(path, events).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /line 2, column price_krw: 12\.5 is not an integer; write whole numbers/,
    );
    expect(error).toMatchObject({ line: 2, row: 2, column: "price_krw", value: 12.5 });
    await expect(
      loadJsonl(jsonl('{"ts":1785733509000,"type":"x","listing_id":"L1"}\n'), events),
    ).rejects.toThrow(/line 1, column ts: 1785733509000 is not a timestamp; write ISO 8601/);
    await expect(
      loadJsonl(jsonl('{"ts":"2026-08-03T00:00:00Z","type":["a"],"listing_id":"L1"}\n'), events),
    ).rejects.toThrow(/line 1, column type: \["a"\] is not text; write a plain string/);
  });

  it("loadJsonl suggests the misspelt key when a non-nullable key is missing", async () => {
    await expect(
      loadJsonl(jsonl('{"tss":"2026-08-03T00:00:00Z","type":"x","listing_id":"L1"}\n'), events),
    ).rejects.toThrow(
      /line 1, column ts: the key is missing \(did you mean "tss"\?\), but the column does not allow nulls/,
    );
  });

  it("loadJsonl lists required keys that no line has", async () => {
    await expect(
      loadJsonl(jsonl('{"ts":"2026-08-03T00:00:00Z","type":"x","listingid":"L1"}\n'), events),
    ).rejects.toThrow(
      /e\d+\.jsonl: missing required column listing_id \(did you mean "listingid"\?\); the file has ts, type, listingid/,
    );
  });

  it("loadJsonl rejects undeclared keys on request, a missing file and an empty file", async () => {
    await expect(
      loadJsonl(
        jsonl('{"ts":"2026-08-03T00:00:00Z","type":"x","listing_id":"L1","oops":1}\n'),
        events,
        { extraColumns: "error" },
      ),
    ).rejects.toThrow(/line 1, column oops: the column is not in the schema/);
    await expect(loadJsonl(join(dir, "none.jsonl"), events)).rejects.toThrow(
      /^file not found: .*none\.jsonl; run `npm run generate-data`/,
    );
    await expect(loadJsonl(jsonl(""), events)).rejects.toThrow(
      /the file is empty \(0 bytes\); expected one JSON object per line/,
    );
  });
});
