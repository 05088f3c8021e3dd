import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RunManifest } from "../../lib/report/RunManifest.js";
import { code, markdown, notebook, tempDir, writeNotebooks } from "../report/notebookFixture.js";

const node = (...args: string[]) =>
  spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, CI: "true" } });
const tns = (...args: string[]) => node("bin/tns.js", ...args);
const sha256 = (path: string) =>
  createHash("sha256")
    .update(new Uint8Array(readFileSync(path)))
    .digest("hex");

const readManifest = async (out: string) =>
  JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as RunManifest;

// A generated dataset in an analyst's layout (monthly Parquet listings, scores through SQL, a CP949
// reviews CSV, lists under rules/): the manifest must name these files, not the sample's data/*.csv.
describe("tns report provenance", { timeout: 300_000 }, () => {
  let dir: string;
  let dataset: string;
  beforeAll(async () => {
    dir = resolve(await tempDir("provenance"));
    const made = node(
      "dist/scripts/generate-data.js",
      "--rows",
      "2000",
      "--layout",
      "analyst",
      "--out",
      join(dir, "exports"),
    );
    expect(made.status, made.stderr).toBe(0);
    dataset = join(dir, "exports", "tns.yaml");
  });

  it("tns report --dataset records the dataset's own files and hashes in manifest.json and the report", async () => {
    const out = join(dir, "reports");
    const run = tns("report", "--only", "04", "--dataset", dataset, "--out", out);
    expect(run.status, run.stderr).toBe(0);
    const manifest = await readManifest(out);
    const byPath = new Map(manifest.data.map((f) => [f.path, f]));
    expect(manifest.data[0]).toMatchObject({ path: "tns.yaml", role: "definition" });
    expect(byPath.get("exports/items_2026-08.parquet")?.role).toBe("tables.listings");
    expect(byPath.get("scores/scores.parquet")?.role).toBe("tables.model_scores");
    expect(byPath.get("reviews_cp949.csv")?.role).toBe("tables.reviews");
    expect(byPath.get("rules/lists/luxury_brands.txt")?.role).toBe("lists");
    expect(byPath.get("rules/proposed.yaml")?.role).toBe("candidates");
    expect(byPath.has("listings.csv")).toBe(false);
    for (const file of manifest.data) {
      expect(file.path, "relative to the dataset's folder").not.toMatch(/^\/|\.tmp|data\//);
      expect(file.sha256, file.path).toBe(sha256(join(dir, "exports", file.path)));
    }
    const html = await readFile(join(out, "04-kpi-dashboard.html"), "utf8");
    const reviews = byPath.get("reviews_cp949.csv")!;
    expect(html).toContain(
      `<tr><td>reviews_cp949.csv</td><td>tables.reviews</td><td class="num">${reviews.bytes.toLocaleString("en-US")}</td><td><code>${reviews.sha256.slice(0, 16)}</code></td></tr>`,
    );
    expect(html).not.toContain("<td>listings.csv</td>");
  });

  it("tns report hashes the dataset the notebooks declare, or the one --param dataset names", async () => {
    const notebooks = join(dir, "notebooks");
    await mkdir(notebooks);
    await writeNotebooks(notebooks, {
      "01-reads.ipynb": notebook([
        markdown("# Reads a dataset"),
        code('const dataset = "../exports/tns.yaml";', ["parameters"]),
        code("console.log(dataset)"),
      ]),
    });
    const declared = join(dir, "declared");
    const run = tns("report", "--notebooks", notebooks, "--out", declared);
    expect(run.status, run.stderr).toBe(0);
    const paths = (await readManifest(declared)).data.map((f) => f.path);
    expect(paths).toContain("exports/items_2026-09.parquet");
    expect(paths).not.toContain("listings.csv");

    const given = join(dir, "given");
    const sample = relative(notebooks, "data/tns.yaml");
    const rerun = tns(
      "report",
      "--notebooks",
      notebooks,
      "--out",
      given,
      "-p",
      `dataset=${sample}`,
    );
    expect(rerun.status, rerun.stderr).toBe(0);
    const sampleData = (await readManifest(given)).data;
    expect(sampleData.find((f) => f.path === "listings.csv")?.sha256).toBe(
      sha256("data/listings.csv"),
    );
    expect(sampleData.map((f) => f.path)).not.toContain("exports/items_2026-09.parquet");
  });

  it("tns report exits 2 naming a --param dataset it cannot read, before any notebook runs", () => {
    const out = join(dir, "missing");
    const run = tns(
      "report",
      "--notebooks",
      join(dir, "notebooks"),
      "--out",
      out,
      "-p",
      "dataset=nowhere/tns.yaml",
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /nowhere\/tns\.yaml: cannot read the dataset definition \(no such file\)/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
