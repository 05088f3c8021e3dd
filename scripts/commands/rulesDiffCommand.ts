import type { Command } from "commander";
import { adHocDefinition } from "../../lib/dataset/adHocDefinition.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { writeFileAtomic } from "../../lib/data/writeFileAtomic.js";
import { backtestDataset } from "../../lib/rules/backtestDataset.js";
import { compareRuleSetsDataset } from "../../lib/rules/compareRuleSetsDataset.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { diffRuleSets } from "../../lib/rules/diffRuleSets.js";
import { formatRuleDiagnostic } from "../../lib/rules/formatRuleDiagnostic.js";
import { formatWordDiff } from "../../lib/rules/formatWordDiff.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { relationRuleSchema } from "../../lib/rules/relationRuleSchema.js";
import { RuleError } from "../../lib/rules/RuleError.js";
import type { RuleSet } from "../../lib/rules/RuleDefinition.js";
import { formatPercent } from "../../lib/format/formatPercent.js";

interface DiffOptions {
  data?: string;
  dataset?: string;
  encoding: string;
  label: string;
  lists?: string;
  json?: string;
}

/** Adds `tns rules diff <before> <after> [--data | --dataset]`. */
export function registerRulesDiffCommand(rules: Command): void {
  rules
    .command("diff <before> <after>")
    .description(
      "the difference between two versions of a rule file (YAML or table): rules added, removed and changed (a word diff of the condition); with --data or --dataset, how behaviour changed on the same rows",
    )
    .option("--dataset <tns.yaml>", "compare behaviour on the dataset's listings")
    .option("--data <file>", "compare behaviour on these labeled rows (.csv, .jsonl, .parquet)")
    .option("--encoding <name>", "text encoding of --data", "utf-8")
    .option("--label <column>", "label column", "is_violation")
    .option("--lists <dir>", "folder of named lists (default: ../lists beside each rule file)")
    .option("--json <out.json>", 'write the diff as JSON ("-" for stdout)')
    .addHelpText(
      "after",
      `
Example:
  npx tns rules diff rules-v1.yaml rules-v2.xlsx --dataset data/tns.yaml`,
    )
    .action(async (beforeFile: string, afterFile: string, opts: DiffOptions) => {
      const load = async (file: string) => {
        const set = await loadRuleFile(file, { listsDir: opts.lists });
        const errors = set.diagnostics.filter((d) => d.severity === "error");
        if (errors.length)
          throw new RuleError(
            `${file} has ${errors.length} error(s); fix them first (tns rules check ${file}). The first: ${formatRuleDiagnostic(errors[0])}`,
            set.diagnostics,
          );
        return set;
      };
      const [before, after] = [await load(beforeFile), await load(afterFile)];
      const diff = diffRuleSets(before, after);
      const out: string[] = [];
      for (const r of diff.added)
        out.push(
          `+ ${r.id} (${r.policy}, ${r.action}${r.status === "active" ? "" : `, ${r.status}`}): ${r.when}`,
        );
      for (const r of diff.removed) out.push(`- ${r.id} (${r.policy}, ${r.action}): ${r.when}`);
      for (const c of diff.changed) {
        out.push(`~ ${c.id}`);
        for (const f of c.fields)
          out.push(`    ${f.key}: ${f.before || "(none)"} → ${f.after || "(none)"}`);
        if (c.when && !c.when.sameMeaning) out.push(`    when: ${formatWordDiff(c.when.diff)}`);
      }
      out.push(
        `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged.length} unchanged`,
      );
      const behaviour =
        opts.data || opts.dataset ? await behaviourChange(before, after, opts) : undefined;
      if (behaviour) out.push(...behaviour.lines);
      const json = `${JSON.stringify({ before: beforeFile, after: afterFile, ...diff, behaviour: behaviour?.json }, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
      if (opts.json === "-") process.stdout.write(json);
      else {
        if (opts.json) await writeFileAtomic(opts.json, json);
        for (const line of out) process.stdout.write(`${line}\n`);
      }
    });
}

/** Both versions on the same rows: set totals, rows whose outcome changes, per-rule hit changes. */
async function behaviourChange(before: RuleSet, after: RuleSet, opts: DiffOptions) {
  const ds = await openDataset(opts.dataset ?? adHocDefinition());
  try {
    let from: string | undefined;
    if (opts.data) {
      await ds.attachFile("diff_input", opts.data, { encoding: opts.encoding, materialize: true });
      from = "diff_input";
    }
    const schema = await relationRuleSchema(ds, from);
    const [a, b] = [compileRules(before, schema), compileRules(after, schema)];
    const change = await compareRuleSetsDataset(ds, a, b, { from, label: opts.label, examples: 0 });
    const [ba, bb] = [
      (await backtestDataset(ds, a, { from, label: opts.label })).backtest,
      (await backtestDataset(ds, b, { from, label: opts.label })).backtest,
    ];
    const ids = [...new Set([...ba.rules.map((r) => r.id), ...bb.rules.map((r) => r.id)])];
    const rules = ids.flatMap((id) => {
      const [x, y] = [ba.rules.find((r) => r.id === id), bb.rules.find((r) => r.id === id)];
      const row = {
        id,
        hits_before: x?.hits ?? 0,
        hits_after: y?.hits ?? 0,
        tp_before: x?.tp ?? 0,
        tp_after: y?.tp ?? 0,
        fp_before: x?.fp ?? 0,
        fp_after: y?.fp ?? 0,
      };
      return row.hits_before === row.hits_after && row.tp_before === row.tp_after ? [] : [row];
    });
    const lines = [
      `on ${ba.rows} rows (${ba.positives} violations): active rules flag ${ba.total.hits} → ${bb.total.hits}, precision ${formatPercent(ba.total.precision)} → ${formatPercent(bb.total.precision)}, recall ${formatPercent(ba.total.recall)} → ${formatPercent(bb.total.recall)}`,
      `  ${change.newlyCaught} violations newly caught, ${change.newlyMissed} newly missed, ${change.newFalsePositives} new false positives, ${change.removedFalsePositives} false positives removed`,
      ...rules.map(
        (r) =>
          `  ${r.id}: hits ${r.hits_before} → ${r.hits_after} (TP ${r.tp_before} → ${r.tp_after}, FP ${r.fp_before} → ${r.fp_after})`,
      ),
    ];
    const { examples: _examples, ...counts } = change;
    return {
      lines,
      json: {
        rows: ba.rows,
        positives: ba.positives,
        before: ba.total,
        after: bb.total,
        change: counts,
        rules,
      },
    };
  } finally {
    ds.close();
  }
}
