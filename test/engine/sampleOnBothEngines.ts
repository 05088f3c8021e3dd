import { afterAll, beforeAll } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";

/** The bundled sample opened on DuckDB and on the embedded ClickHouse, for one describe block. */
export interface BothEngines {
  duck: Dataset;
  ch: Dataset;
}

/**
 * Opens `data/tns.yaml` on both engines before the block's tests and closes both after; read
 * `duck` and `ch` inside the tests (they are set once `beforeAll` has run).
 */
export function sampleOnBothEngines(): BothEngines {
  const engines = {} as BothEngines;
  beforeAll(async () => {
    engines.duck = await openDataset("data/tns.yaml", { engine: "duckdb" });
    engines.ch = await openDataset("data/tns.yaml", { engine: "chdb" });
  }, 120_000);
  afterAll(() => {
    engines.duck?.close();
    engines.ch?.close();
  });
  return engines;
}
