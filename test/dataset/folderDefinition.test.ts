import { copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { folderDefinition } from "../../lib/dataset/folderDefinition.js";
import { tempDir } from "../report/notebookFixture.js";

describe("folderDefinition", () => {
  it("folderDefinition maps each <table>.csv of the sample folder and finds kpis, rules, lists and incidents", () => {
    const def = folderDefinition("data");
    expect(Object.keys(def.tables)).toEqual([
      "listings",
      "sellers",
      "model_scores",
      "flags",
      "reviews",
      "audits",
      "appeals",
      "events",
    ]);
    expect(def.tables.reviews).toEqual({
      path: resolve("data/reviews.csv"),
      columns: {},
      encoding: "utf-8",
      numbers: "plain",
    });
    expect(def.tables.events!.path).toBe(resolve("data/events.jsonl"));
    expect(def.kpis).toBe(resolve("data/kpis.yaml"));
    expect(def.rules).toBe(resolve("data/rules/production-rules.yaml"));
    expect(def.lists).toBe(resolve("data/lists"));
    expect(def.zone).toBe("Asia/Seoul");
  });

  it("folderDefinition keeps only the tables present and leaves absent extras undefined", async () => {
    const dir = await tempDir("folder-def");
    copyFileSync("data/reviews.csv", join(dir, "reviews.csv"));
    const def = folderDefinition(dir, { zone: "UTC" });
    expect(Object.keys(def.tables)).toEqual(["reviews"]);
    expect([def.kpis, def.rules, def.lists, def.incidents, def.zone]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      "UTC",
    ]);
  });

  it("folderDefinition refuses a folder with no kit table, and a path that is not a folder", async () => {
    const dir = await tempDir("folder-empty");
    expect(() => folderDefinition(dir)).toThrow(
      /no kit table found \(looked for listings\.csv, .*events\.jsonl\); name the files that way or describe them in a tns\.yaml/,
    );
    expect(() => folderDefinition("data/nope")).toThrow(
      /data\/nope: not a folder; pass --data-dir <folder with listings\.csv, reviews\.csv …> or --dataset <tns\.yaml>/,
    );
  });
});
