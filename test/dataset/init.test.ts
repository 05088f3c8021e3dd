import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { inspectFolder } from "../../lib/dataset/inspectFolder.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { proposeDefinition } from "../../lib/dataset/proposeDefinition.js";
import { writeAnalystLayout } from "../../scripts/generate/writeAnalystLayout.js";
import { tmpDir } from "../data/tmpFiles.js";

const data = fileURLToPath(new URL("../../data/", import.meta.url));
const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", ...args], { encoding: "utf8" });

describe("tns init", { timeout: 300_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = tmpDir("init");
    await writeAnalystLayout(data, dir);
    rmSync(join(dir, "tns.yaml"));
  });

  it("proposeDefinition maps an analyst's exports onto every kit table, Korean headers and CP949 included", async () => {
    const proposal = proposeDefinition(await inspectFolder(dir));
    const byTable = Object.fromEntries(proposal.tables.map((t) => [t.table, t]));
    expect(Object.keys(byTable)).toEqual([
      "listings",
      "sellers",
      "model_scores",
      "flags",
      "reviews",
      "audits",
      "appeals",
      "events",
    ]);
    expect(byTable.listings.file.path).toBe("exports/items_*.parquet");
    expect(byTable.listings.columns).toMatchObject({
      listing_id: "item_id",
      is_violation: "gt_violation",
      title: "product_title",
    });
    expect(byTable.reviews.file.encoding).toBe("cp949");
    expect(byTable.reviews.columns).toMatchObject({
      listing_id: "상품ID",
      decision: "판정",
      enqueued_at: "입고시각",
    });
    expect(proposal.tables.every((t) => t.unmapped.length === 0)).toBe(true);
    expect(proposal.missing).toEqual([]);
  });

  it("writes a tns.yaml the kit opens to the same rows, and says what a missing table turns off", async () => {
    const run = tns("init", dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/reviews +reviews_cp949\.csv \(cp949\): 검수ID → review_id/);
    const written = readFileSync(join(dir, "tns.yaml"), "utf8");
    expect(written).toMatch(/^rules: rules\/production\.yaml$/m);
    expect(written).toMatch(/^candidates: rules\/proposed\.yaml$/m);
    const ds = await openDataset(join(dir, "tns.yaml"));
    const kit = await openDataset(join(data, "tns.yaml"));
    const q =
      "SELECT (SELECT count(*) FROM listings) AS l, (SELECT count(*) FROM reviews) AS r, (SELECT sum(score) FROM model_scores) AS s";
    expect((await ds.query(q)).objects()).toEqual((await kit.query(q)).objects());
    ds.close();
    kit.close();
    expect(tns("init", dir).stderr).toMatch(/tns\.yaml exists; pass --force/);
    rmSync(join(dir, "appeals_export.csv"));
    const again = tns("init", dir, "--force");
    expect(again.stdout).toMatch(/missing +appeals: no appeal KPIs/);
  });
});
