import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { evaluateEvent } from "../../lib/rules/evaluateEvent.js";
import { evaluateEvents } from "../../lib/rules/evaluateEvents.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { rowRuleIds } from "../../lib/rules/rowRuleIds.js";

describe("evaluateEvents", () => {
  it("evaluateEvents gives each event of a batch the hits evaluateEvent gives it alone", async () => {
    const rules = compileRules(
      await loadRuleFile("data/rules/production-rules.yaml"),
      ruleFieldSchema(sampleSchemas.listings),
    );
    const listings = readFileSync("data/events.jsonl", "utf8")
      .split("\n")
      .filter((l) => l.includes('"listing_created"'))
      .slice(0, 3000)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // Adversarial rows: missing fields, wrong types, a lone surrogate, evasive text.
    listings.push(
      { title: "[미러급] 샤넬 가방", category: "bags", price_krw: "90000" },
      { title: 42, brand: null },
      { title: "레\u200B플리카 \ud800", description: "010-1234-5678 카톡 문의" },
      {},
    );
    const hits = evaluateEvents(rules, listings);
    const batched = listings.map((_, i) => rowRuleIds(hits, i));
    expect(batched).toEqual(listings.map((e) => evaluateEvent(rules, e)));
    expect(batched.filter((ids) => ids.length > 0).length).toBeGreaterThan(20);
    expect(rowRuleIds(evaluateEvents(rules, []), 0)).toEqual([]);
  });
});
