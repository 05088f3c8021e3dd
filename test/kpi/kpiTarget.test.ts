import { describe, expect, it } from "vitest";
import { kpiTarget, loadKpis, precisionFloor } from "../../lib/kpi/index.js";

describe("kpiTarget", () => {
  it("reads the target the KPI file sets", async () => {
    const kpis = await loadKpis("data/kpis.yaml");
    expect(kpiTarget(kpis, "precision_by_queue")).toMatchObject({
      value: 0.7,
      direction: "higher",
    });
  });

  it("names the KPIs that have a target when the one asked for has none or does not exist", async () => {
    const kpis = await loadKpis("data/kpis.yaml");
    expect(() => kpiTarget(kpis, "precision")).toThrow(
      /no KPI named precision.*precision_by_queue/,
    );
    expect(() => kpiTarget(kpis, "enforcement_actions")).toThrow(
      /enforcement_actions has no target/,
    );
  });
});

describe("precisionFloor", () => {
  it("reads the floor from the KPI file, lets a parameter win, and says where it came from", async () => {
    expect(await precisionFloor("data/kpis.yaml")).toEqual({
      value: 0.7,
      source: "the target of precision_by_queue in kpis.yaml",
    });
    expect(await precisionFloor("data/kpis.yaml", { given: "0.85" })).toEqual({
      value: 0.85,
      source: "the report's parameter",
    });
    expect(await precisionFloor(undefined)).toEqual({
      value: 0.7,
      source: "the kit's default: the dataset has no KPI file",
    });
  });
});
