import { describe, expect, it } from "vitest";
import { workerMemory } from "../../lib/report/workerMemory.js";
import { memorySize } from "../../scripts/commands/memorySize.js";

describe("workerMemory", () => {
  it("splits the run's budget so the report process and its workers stay inside it", () => {
    for (const [budget, jobs] of [
      [2048, 2],
      [2048, 1],
      [4096, 4],
      [8192, 3],
    ]) {
      const { heapMb, engineMb } = workerMemory(budget, jobs);
      // the report process (200 MB) + each worker's heap, engine and native code (150 MB)
      expect(200 + jobs * (heapMb + engineMb + 150)).toBeLessThanOrEqual(budget);
      expect(heapMb).toBeGreaterThan(engineMb);
    }
    expect(workerMemory(2048, 2)).toEqual({ heapMb: 495, engineMb: 279 });
    expect(workerMemory(2048, 1).heapMb).toBe(1086);
  });

  it("refuses a share too small to run a notebook, naming the budget that would do", () => {
    expect(() => workerMemory(2048, 3)).toThrow(
      /2048 MB is too small for 3 notebooks .* --memory 2120MB/,
    );
    expect(() => workerMemory(1480, 2)).not.toThrow();
    expect(() => workerMemory(1479, 2)).toThrow(/pass --memory 1480MB/);
  });
});

describe("memorySize", () => {
  it("reads MB and GB, with or without the unit's B, and refuses anything else", () => {
    const parse = memorySize("--memory");
    expect(parse("2GB")).toBe(2048);
    expect(parse("1.5g")).toBe(1536);
    expect(parse("3000MB")).toBe(3000);
    expect(parse(" 3000 ")).toBe(3000);
    for (const bad of ["", "lots", "2TB", "-1GB", "0", "1.2.3GB", "GB"])
      expect(() => parse(bad), bad).toThrow(/not a memory size; write e.g. --memory 2GB/);
  });
});
