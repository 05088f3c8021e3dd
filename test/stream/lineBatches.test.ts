import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { lineBatches } from "../../lib/stream/lineBatches.js";

const viaReadline = async (chunks: (string | Buffer)[]) => {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity }))
    out.push(line);
  return out;
};
const viaBatches = async (chunks: (string | Buffer)[]) => {
  const out: string[] = [];
  for await (const lines of lineBatches(Readable.from(chunks))) out.push(...lines);
  return out;
};
const text = '\uFEFF{"a":1}\r\n가방 레플리카\rlone\n\n\r\r\nlast 🙂 no end';
// Every way of cutting the text (as bytes, or as strings) into two or three chunks.
const cuts = (bytes: Buffer) => {
  const out: Buffer[][] = [];
  for (let i = 1; i < bytes.length; i += 3)
    for (let j = i; j < bytes.length; j += 7)
      out.push([bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)]);
  return out;
};

describe("lineBatches", () => {
  it("lineBatches ends lines where readline (crlfDelay Infinity) does, however the bytes are cut", async () => {
    const bytes = Buffer.from(text, "utf8");
    const expected = await viaReadline([bytes]);
    expect(expected).toHaveLength(7);
    for (const chunks of cuts(bytes)) {
      const parts = chunks.filter((c) => c.length > 0);
      expect(await viaBatches(parts)).toEqual(expected);
    }
  });

  it("lineBatches ends lines at \\n alone as readline does, with multi-byte and invalid UTF-8 cut anywhere", async () => {
    const bytes = Buffer.from([
      ...Buffer.from('{"title":"가방 레플리카"}\n🙂\n\n짝퉁\nx', "utf8"),
      ...[0xe2, 0x82, 0x0a, 0xff, 0x61, 0x0a, 0xf0, 0x9f, 0x0a, 0x62],
    ]);
    const expected = await viaReadline([bytes]);
    expect(expected).toHaveLength(8);
    for (const chunks of cuts(bytes)) {
      const parts = chunks.filter((c) => c.length > 0);
      expect(await viaBatches(parts)).toEqual(expected);
    }
  });

  it("lineBatches reads string chunks, a \\r at a chunk's end joined with the \\n starting the next", async () => {
    const chunks = ["a\r", "\nb\r", "c\n", "\r", "\n", "d"];
    expect(await viaBatches(chunks)).toEqual(await viaReadline(chunks));
    expect(await viaBatches(chunks)).toEqual(["a", "b", "c", "", "d"]);
    expect(await viaBatches([])).toEqual([]);
  });
});
