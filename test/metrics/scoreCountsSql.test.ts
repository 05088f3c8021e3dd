import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { countScores } from "../../lib/metrics/countScores.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { scoreCountsFromBins, type ScoreBinRow } from "../../lib/metrics/scoreCountsFromBins.js";
import { scoreCountsSql } from "../../lib/metrics/scoreCountsSql.js";

describe("scoreCountsSql", () => {
  it("scoreCountsSql counts in DuckDB with one GROUP BY and gives the same curve as in-process counts", async () => {
    const scores = [0.9123, 0.8, 0.8, 0.55, 0.1, 0.1, 0.0001, 1];
    const labels = [true, true, false, true, false, false, false, true];
    const models = ["v3", "v4", "v3", "v4", "v3", "v4", "v3", "v4"];
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const values = scores.map((s, i) => `(${s}, ${labels[i]}, '${models[i]}')`).join(", ");
      await connection.run(
        `CREATE TABLE scored AS SELECT * FROM (VALUES ${values}) t(score, is_violation, model)`,
      );
      const sql = scoreCountsSql({ from: "scored", score: "score", label: "is_violation" });
      const rows = (
        await connection.runAndReadAll(sql)
      ).getRowObjectsJS() as unknown as ScoreBinRow[];
      const fromSql = precisionRecallCurve(scoreCountsFromBins(rows));
      const inProcess = precisionRecallCurve(countScores(scores, labels));
      expect([...fromSql.precision]).toEqual([...inProcess.precision]);
      expect([...fromSql.thresholds]).toEqual([...inProcess.thresholds]);
      const byModel = scoreCountsSql({
        from: "scored",
        score: "score",
        label: "is_violation",
        by: ["model"],
      });
      const grouped = (await connection.runAndReadAll(byModel)).getRowObjectsJS();
      expect(new Set(grouped.map((r) => r.model))).toEqual(new Set(["v3", "v4"]));
      await connection.run(`INSERT INTO scored VALUES (1.5, true, 'v3')`);
      const bad = (
        await connection.runAndReadAll(sql)
      ).getRowObjectsJS() as unknown as ScoreBinRow[];
      expect(() => scoreCountsFromBins(bad)).toThrow(
        /1 rows with score 1.5 is not a number in \[0, 1\]/,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
