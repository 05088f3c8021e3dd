// The old loaders decoded with Node's lenient UTF-8, so a cp949 export (Korean Excel's default)
// loaded as U+FFFD without a word. They now refuse it, naming the file and line.
import { describe, expect, it } from "vitest";
import { loadCsv } from "../../lib/data/loadCsv.js";
import { loadJsonl } from "../../lib/data/loadJsonl.js";
import { DataLoadError } from "../../lib/data/DataLoadError.js";
import { tmpDir, writeTmp } from "./tmpFiles.js";

const dir = tmpDir("utf8");
const schema = {
  columns: { listing_id: { type: "string" as const }, title: { type: "string" as const } },
};
// "명품" in cp949: B8ED C7B0, not valid UTF-8.
const cp949 = [0xb8, 0xed, 0xc7, 0xb0];
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? [...new TextEncoder().encode(part)] : part,
    ),
  );

describe("old loaders refuse invalid UTF-8 with the file and line", () => {
  it("loadCsv names the line of the first invalid byte and suggests --encoding cp949", async () => {
    const file = writeTmp(
      dir,
      "cp949.csv",
      bytes('listing_id,title\nL1,가방\nL2,"two\nlines"\nL3,', cp949, "\nL4,ok\n"),
    );
    const load = loadCsv(file, schema);
    await expect(load).rejects.toThrow(DataLoadError);
    await expect(loadCsv(file, schema)).rejects.toThrow(
      /cp949\.csv, line 5: not valid UTF-8; .*--encoding cp949/,
    );
  });

  it("loadCsv still reads valid UTF-8 split across read chunks, a BOM and Hangul", async () => {
    const title = "명품".repeat(40_000); // past one 64 KB read, so characters straddle chunks
    const file = writeTmp(dir, "valid.csv", bytes("\uFEFFlisting_id,title\nL1,", title, "\n"));
    const t = await loadCsv(file, schema);
    expect(t.array("title")).toEqual([title]);
  });

  it("loadJsonl names the line too", async () => {
    const file = writeTmp(
      dir,
      "cp949.jsonl",
      bytes('{"listing_id":"L1","title":"가방"}\n{"listing_id":"L2","title":"', cp949, '"}\n'),
    );
    await expect(loadJsonl(file, schema)).rejects.toThrow(
      /cp949\.jsonl, line 2: not valid UTF-8; .*--encoding cp949/,
    );
    const valid = writeTmp(
      dir,
      "valid.jsonl",
      bytes('{"listing_id":"L1","title":"', "명품".repeat(40_000), '"}\n'),
    );
    expect((await loadJsonl(valid, schema)).array("title")).toEqual(["명품".repeat(40_000)]);
  });
});
