import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";

const tns = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/tns.js", ...args], { encoding: "utf8" });

describe(
  "tns rules check / convert and tns backtest with decision tables",
  { timeout: 300_000 },
  () => {
    let dir: string;
    let table: string;
    beforeAll(async () => {
      dir = await tempDir("dtables-cli");
      table = join(dir, "production.xlsx");
      const converted = tns("rules", "convert", "data/rules/production-rules.yaml", table);
      expect(converted.status).toBe(0);
      expect(converted.stderr).toMatch(/production\.xlsx: 6 rule\(s\) written/);
      expect(converted.stderr).toMatch(/note \[cf_keywords\]: updated_at is dropped/);
    });

    it("backtest --rules table.xlsx gives the same numbers as the equivalent YAML", async () => {
      const run = async (rules: string, name: string) => {
        const out = tns(
          "backtest",
          "--rules",
          rules,
          "--lists",
          "data/lists",
          "--data",
          "data/listings.csv",
          "--by",
          "category",
          "--json",
          join(dir, name),
        );
        expect(out.status, out.stderr).toBe(0);
        const { rules_file, seconds, ...report } = JSON.parse(
          await readFile(join(dir, name), "utf8"),
        );
        expect([rules_file, typeof seconds]).toEqual([rules, "number"]);
        return report;
      };
      const yaml = await run("data/rules/production-rules.yaml", "yaml.json");
      const xlsx = await run(table, "xlsx.json");
      expect(xlsx.total).toMatchObject({ hits: 1009, tp: 732, fp: 277 });
      expect(xlsx).toEqual(yaml);
    });

    it("a dataset whose rules: is a table backtests it (tns.yaml accepts .xlsx and .csv)", async () => {
      const csv = join(dir, "production.csv");
      expect(tns("rules", "convert", table, csv, "--lists", "data/lists").status).toBe(0);
      const data = resolve("data");
      const definition = join(dir, "tns.yaml");
      await writeFile(
        definition,
        [
          "tables:",
          `  listings: { path: ${join(data, "listings.csv")} }`,
          `  sellers: { path: ${join(data, "sellers.csv")} }`,
          `lists: ${join(data, "lists")}`,
          `rules: ${resolve(csv)}`,
          "",
        ].join("\n"),
      );
      const out = tns("backtest", "--dataset", definition);
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toMatch(/\(all rules\)\s+1009\s+732\s+277/);
    });

    it("rules check on a table cites cells, adds its verification, and with --data the rows that never hit alone", async () => {
      const path = join(dir, "checked.xlsx");
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("rules");
      sheet.addRow(["id", "policy", "action", "title contains_any", "category in", "price_krw <"]);
      sheet.addRow(["kw", "counterfeit", "review", "replica, 레플리카", null, null]);
      sheet.addRow(["kw", null, null, "replica", null, null]);
      sheet.addRow(["cheap", "counterfeit", "block", null, "bags", 150000]);
      sheet.addRow(["cheap2", "counterfeit", "review", null, "bags, watches", null]);
      await workbook.xlsx.writeFile(path);
      const ok = tns(
        "rules",
        "check",
        path,
        "--lists",
        "data/lists",
        "--data",
        "data/listings.csv",
      );
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout.trim().split("\n")).toEqual([
        `${path} rules!A3: warning [kw]: row 3 (rules!A3) never hits alone: every listing it matches, row 2 (rules!A2) of the same rule matches too; delete it or narrow row 2 (rules!A2)`,
        `${path} rules!A4: warning [cheap]: row 4 (rules!A4) (block) matches only listings also matched by row 5 (rules!A5) of rule "cheap2" (review) in the same policy, so its listings get both actions (rules!E4, rules!F4, rules!E5); make the conditions exclusive or give the rows one action`,
        expect.stringMatching(
          new RegExp(
            `^${path.replaceAll(".", "\\.")} rules!A3: warning \\[kw\\]: row 3 \\(rules!A3\\) never hits alone on the data: each of its \\d+ hit\\(s\\) among 20000 rows is also hit by another row`,
          ),
        ),
        expect.stringMatching(
          /rules!A4: warning \[cheap\]: row 4 \(rules!A4\) never hits alone on the data: each of its \d+ hit/,
        ),
        expect.stringMatching(
          /rules!A4: warning \[cheap\]: row 4 \(rules!A4\) \(block\) and row 2 \(rules!A2\) \(review\) of the same policy both hit \d+ row\(s\) of the data, which then get both actions/,
        ),
        expect.stringMatching(
          /rules!A4: warning \[cheap\]: row 4 \(rules!A4\) \(block\) and row 3 \(rules!A3\) \(review\)/,
        ),
        expect.stringMatching(
          /rules!A5: warning \[cheap2\]: row 5 \(rules!A5\) \(review\) and row 4 \(rules!A4\) \(block\) of the same policy both hit \d+ row\(s\) of the data/,
        ),
      ]);
      expect(ok.stderr).toMatch(/3 rule\(s\), 0 error\(s\), 7 warning\(s\)/);
      sheet.getCell("F4").value = "cheap";
      await workbook.xlsx.writeFile(path);
      const bad = tns("rules", "check", path, "--lists", "data/lists");
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain(
        `${path} rules!F4: error [cheap]: price_krw is a number but is compared with "cheap"; write a number value\n  cheap\n  ^^^^^`,
      );
    });

    it("rules convert names the rules a table cannot hold and exits 2 writing nothing; --partial writes the others and exits 1", async () => {
      const yaml = join(dir, "odd.yaml");
      await writeFile(
        yaml,
        '- { id: ok, policy: p, action: review, when: "price_krw < 5" }\n- { id: nand, policy: p, action: review, when: "not (price_krw < 5 and price_krw > 1)" }\n',
      );
      const out = join(dir, "odd.csv");
      const refused = tns("rules", "convert", yaml, out);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(
        /\[nand\]: a table cannot hold this rule: not \(price_krw < 5 and price_krw > 1\)/,
      );
      expect(refused.stderr).toMatch(
        /1 rule\(s\) of .*odd\.yaml cannot be written as a table \(listed above\); nothing was written/,
      );
      expect(refused.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
      const partial = tns("rules", "convert", yaml, out, "--partial");
      expect(partial.status).toBe(1);
      expect(partial.stderr).toMatch(/odd\.csv: 1 rule\(s\) written, 1 left out/);
      expect(await readFile(out, "utf8")).toBe(
        "\uFEFFid,policy,action,price_krw <\r\nok,p,review,5\r\n",
      );
      const wrong = tns("rules", "convert", yaml, join(dir, "x.json"));
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toMatch(/give a \.yaml, \.yml, \.xlsx or \.csv file to write/);
    });
  },
);
