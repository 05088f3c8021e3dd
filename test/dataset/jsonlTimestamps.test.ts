import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { parseDatasetDefinition } from "../../lib/dataset/parseDatasetDefinition.js";
import { tempDir } from "../report/notebookFixture.js";

describe("openDataset on JSON Lines", () => {
  it("openDataset reads JSONL timestamps with an offset as that instant and naive ones in the dataset's zone", async () => {
    const dir = await tempDir("jsonl-times");
    writeFileSync(
      join(dir, "appeals.jsonl"),
      [
        { appeal_id: "A1", listing_id: "L1", appealed_at: "2026-08-06T05:11:03+09:00" },
        { appeal_id: "A2", listing_id: "L2", appealed_at: "2026-08-06T05:11:03Z" },
        { appeal_id: "A3", listing_id: "L3", appealed_at: "2026-08-06T05:11:03" },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n") + "\n",
    );
    const ds = await openDataset(
      parseDatasetDefinition("tables: { appeals: { path: appeals.jsonl } }", {
        file: join(dir, "tns.yaml"),
      }),
    );
    try {
      const times = (await ds.sql`SELECT appealed_at FROM appeals ORDER BY appeal_id`).array(
        "appealed_at",
      ) as Date[];
      expect(times.map((t) => t.toISOString())).toEqual([
        "2026-08-05T20:11:03.000Z",
        "2026-08-06T05:11:03.000Z",
        "2026-08-05T20:11:03.000Z",
      ]);
    } finally {
      ds.close();
    }
  });
});
