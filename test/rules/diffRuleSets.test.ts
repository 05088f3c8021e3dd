import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffRuleSets } from "../../lib/rules/diffRuleSets.js";
import { formatWordDiff } from "../../lib/rules/formatWordDiff.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { wordDiff } from "../../lib/rules/wordDiff.js";
import { tempDir } from "../report/notebookFixture.js";

const v1 = `
- id: cheap
  policy: counterfeit
  action: review
  version: 1
  when: price_krw < 150000 and brand in $luxury_brands
- id: gone
  policy: fraud
  action: tag
  when: title ~ /prepay/
- id: same
  policy: contact
  action: review
  when: description ~ /010-\\d{4}/
`;
const v2 = `
- id: cheap
  policy: counterfeit
  action: block
  version: 2
  status: shadow
  when: price_krw < 200000 and brand in $luxury_brands
- id: same
  policy: contact
  action: review
  when: "description   ~   /010-\\\\d{4}/"
- id: added
  policy: fraud
  action: review
  when: title contains_any ["선입금"]
`;

describe("diffRuleSets and tns rules diff", () => {
  it("wordDiff marks the words that changed", () => {
    expect(formatWordDiff(wordDiff("price_krw < 150000 and x", "price_krw < 200000 and x"))).toBe(
      "price_krw < [-150000 -]{+200000 +}and x",
    );
    expect(formatWordDiff(wordDiff("", "a"))).toBe("{+a+}");
  });

  it("lists rules added, removed and changed, with a word diff of the condition; reformatting is no change", () => {
    const d = diffRuleSets(parseRuleFile(v1), parseRuleFile(v2));
    expect(d.added.map((r) => r.id)).toEqual(["added"]);
    expect(d.removed.map((r) => r.id)).toEqual(["gone"]);
    expect(d.unchanged).toEqual(["same"]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0].fields).toEqual([
      { key: "action", before: "review", after: "block" },
      { key: "status", before: "active", after: "shadow" },
      { key: "version", before: "1", after: "2" },
    ]);
    expect(d.changed[0].when?.sameMeaning).toBe(false);
    expect(formatWordDiff(d.changed[0].when!.diff)).toBe(
      "price_krw < [-150000 -]{+200000 +}and brand in $luxury_brands",
    );
  });

  it("a decision table converted from YAML has no difference from it", async () => {
    const dir = await tempDir("rules-diff");
    const table = join(dir, "production.xlsx");
    expect(
      spawnSync(process.execPath, [
        "bin/tns.js",
        "rules",
        "convert",
        "data/rules/production-rules.yaml",
        table,
      ]).status,
    ).toBe(0);
    const d = diffRuleSets(
      await loadRuleFile("data/rules/production-rules.yaml"),
      await loadRuleFile(table, { listsDir: "data/lists" }),
    );
    expect([d.added, d.removed, d.changed]).toEqual([[], [], []]);
    expect(d.unchanged).toHaveLength(6);
  });

  it("tns rules diff prints the changes and, with --data, how behaviour changed on the same rows", async () => {
    const dir = await tempDir("rules-diff-cli");
    const before = join(dir, "v1.yaml");
    const after = join(dir, "v2.yaml");
    const production = await readFile("data/rules/production-rules.yaml", "utf8");
    await writeFile(before, production);
    // v2 widens cf_luxury_low_price's price band.
    await writeFile(after, production.replace("price_krw < 150000", "price_krw < 400000"));
    expect(production).toContain("price_krw < 150000");
    const out = spawnSync(
      process.execPath,
      [
        "bin/tns.js",
        "rules",
        "diff",
        before,
        after,
        "--lists",
        "data/lists",
        "--data",
        "data/listings.csv",
      ],
      { encoding: "utf8" },
    );
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain("~ cf_luxury_low_price\n    when: ");
    expect(out.stdout).toContain("price_krw < [-150000-]{+400000+}\n");
    expect(out.stdout).toMatch(/0 added, 0 removed, 1 changed, 5 unchanged/);
    expect(out.stdout).toMatch(/on 20000 rows \(1087 violations\): active rules flag 1009 → \d+/);
    expect(out.stdout).toMatch(/cf_luxury_low_price: hits 5 → \d+/);
  });
});
