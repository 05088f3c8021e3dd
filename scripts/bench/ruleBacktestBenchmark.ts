import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { loadCsv } from "../../lib/data/loadCsv.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import type { CompiledNode, CompiledRuleSet } from "../../lib/rules/CompiledRuleSet.js";
import { evaluateColumns } from "../../lib/rules/evaluateColumns.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { rulesToSql } from "../../lib/rules/rulesToSql.js";
import type { Benchmark } from "./Benchmark.js";

const ROWS = Number(process.env.RULES_BENCH_ROWS ?? 1_000_000);
const RULES = 200;
const DIR = `data/generated/rules-${ROWS >= 1e6 ? `${ROWS / 1e6}m` : `${ROWS / 1e3}k`}`;
const FIELDS = ["title", "description"] as const;

let columns: Record<string, string[]> = {};
let ruleSet: ReturnType<typeof parseRuleFile>;
let duck: DuckDBConnection | undefined;
let kitStats = { seconds: 0, rssBefore: 0, rssAfter: 0 };

/** Seeded (mulberry32) so every run benchmarks the same rules. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 200 rules in the shapes analysts write: keyword lists, regexes, and both combined with not. */
export function syntheticRules(words: string[]): string {
  const next = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const list = (n: number) =>
    `[${Array.from({ length: n }, () => JSON.stringify(pick(words))).join(", ")}]`;
  const regexes = [
    String.raw`01[016789][- ]?\d{3,4}[- ]?\d{4}`,
    String.raw`\d{2,3}(만|천)\s?원`,
    String.raw`[A-Z]{2}\d{4}-\d{3}`,
    String.raw`(미러|정품|SA)급`,
    String.raw`(rep|r3p)l(i|1)ca`,
    String.raw`(카톡|텔레|오픈채팅)\s*[:：]?\s*\w+`,
    String.raw`\b(size|사이즈)\s*\d+`,
    String.raw`(급처|선입금|계좌)`,
  ];
  const regex = () => `${pick(FIELDS)} ~ /${pick(regexes)}${pick(["", "i"])}/`;
  const rules: string[] = [];
  for (let i = 0; i < RULES; i++) {
    const kind = i % 3;
    const when =
      kind === 0
        ? `${pick(FIELDS)} contains_any ${list(3 + Math.floor(next() * 10))}`
        : kind === 1
          ? `${regex()} or ${pick(FIELDS)} ~ /${pick(words).replace(/[\\^$.|?*+()[\]{}/]/g, "\\$&")}\\s*${pick(["\\d+", "[가-힣]+", "\\w{2,}"])}/`
          : `(${regex()} or ${pick(FIELDS)} contains_any ${list(4)}) and not ${pick(FIELDS)} contains_any ${list(2)}`;
    rules.push(`- id: r${String(i).padStart(3, "0")}\n  when: '${when.replaceAll("'", "''")}'`);
  }
  return rules.join("\n");
}

const counts = (hits: { bits: readonly Uint32Array[] }) =>
  hits.bits.map((b) => b.reduce((s, w) => s + popcount(w), 0));
function popcount(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const compiled = (): CompiledRuleSet =>
  compileRules(ruleSet, { title: "string", description: "string" });

// The baseline analysts write by hand: every rule, every row, JS RegExp per pattern.
function jsLoop(c: CompiledRuleSet): number[] {
  const regexps = c.atoms.map((a) => {
    const i = a.source.startsWith("(?i)");
    return new RegExp(i ? a.source.slice(4) : a.source, i ? "iu" : "u");
  });
  const n = columns.title.length;
  return c.rules.map((rule) => {
    const test = (node: CompiledNode, row: number): boolean => {
      if (node.kind === "and") return test(node.left, row) && test(node.right, row);
      if (node.kind === "or") return test(node.left, row) || test(node.right, row);
      if (node.kind === "not") return !test(node.operand, row);
      if (node.kind !== "text") throw new Error("rule benchmark: text predicates only");
      const hit = regexps[node.atom].test(columns[c.atoms[node.atom].field][row]);
      return node.negated ? !hit : hit;
    };
    let hits = 0;
    for (let row = 0; row < n; row++) if (test(rule.node, row)) hits++;
    return hits;
  });
}

async function setup(): Promise<void> {
  if (!existsSync(`${DIR}/listings.csv`)) {
    console.log(`  generating ${ROWS.toLocaleString("en-US")} listings into ${DIR} (once)…`);
    const gen = spawnSync(
      process.execPath,
      ["dist/scripts/generate-data.js", "--rows", String(ROWS), "--out", DIR],
      { stdio: "inherit" },
    );
    if (gen.status !== 0) throw new Error(`rule benchmark: generating ${DIR} failed`);
  }
  const table = await loadCsv(
    `${DIR}/listings.csv`,
    { columns: { title: { type: "string" }, description: { type: "string" } } },
    { extraColumns: "drop" },
  );
  columns = {
    title: table.array("title") as string[],
    description: table.array("description") as string[],
  };
  const words = [
    ...new Set(
      columns.title
        .slice(0, 20_000)
        .flatMap((t) => t.split(/\s+/))
        .filter((w) => w.length >= 2),
    ),
  ].sort();
  ruleSet = parseRuleFile(syntheticRules(words));
  const instance = await DuckDBInstance.create(":memory:");
  duck = await instance.connect();
  await duck.run(
    `CREATE TABLE listings AS SELECT title, description FROM read_csv('${DIR}/listings.csv', header = true, all_varchar = true)`,
  );
}

function kit(): number[] {
  const started = performance.now();
  const rssBefore = process.memoryUsage().rss;
  const c = compiled();
  const hits = evaluateColumns(c, columns, columns.title.length);
  kitStats = {
    seconds: (performance.now() - started) / 1000,
    rssBefore,
    rssAfter: process.memoryUsage().rss,
  };
  return counts(hits);
}

function check(kitCounts: unknown, baseline: unknown): void {
  const k = kitCounts as number[];
  const b = baseline as number[];
  const diff = k.findIndex((x, i) => x !== b[i]);
  if (diff >= 0 || k.length !== b.length)
    throw new Error(
      `rule benchmark: rule r${diff} hits ${k[diff]} rows in the kit but ${b[diff]} in the baseline`,
    );
  const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `  ${ROWS.toLocaleString("en-US")} listings × ${k.length} rules (title + description), ${k.reduce((s, x) => s + x, 0).toLocaleString("en-US")} hits; identical per-rule hit counts`,
  );
  console.log(
    `  kit: ${Math.round(ROWS / kitStats.seconds).toLocaleString("en-US")} rows/s (last run), RSS ${mb(kitStats.rssBefore)} → ${mb(kitStats.rssAfter)}, peak RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

/** The rule engine against a per-rule JS RegExp loop (single thread, like the kit). */
export const ruleRegexpBenchmark: Benchmark = {
  name: "rules-vs-regexp",
  description: `${RULES} regex/keyword rules × ${ROWS.toLocaleString("en-US")} listings (title + description): RE2.Set engine (per-row bitsets) vs a per-rule JS RegExp loop`,
  setup,
  kit,
  baseline: () => jsLoop(compiled()),
  check,
};

/** The rule engine against DuckDB running the compiled SQL (regexp_matches, all cores). */
export const ruleDuckDbBenchmark: Benchmark = {
  name: "rules-vs-duckdb",
  description: `the same rules and rows: RE2.Set engine vs DuckDB regexp_matches on the compiled SQL (table preloaded, DuckDB uses every core)`,
  setup: async () => {
    if (!duck) await setup();
  },
  kit,
  baseline: async () => {
    const reader = await duck!.runAndReadAll(
      rulesToSql(compiled(), { from: "listings", select: "counts" }),
    );
    return (reader.getRowsJS()[0] as bigint[]).map(Number);
  },
  check,
};
