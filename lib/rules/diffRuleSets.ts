import type { RuleDefinition, RuleSet } from "./RuleDefinition.js";
import type { RuleExpression } from "./RuleExpression.js";
import { formatNormalize } from "./formatNormalize.js";
import { wordDiff, type WordDiffPart } from "./wordDiff.js";

/** A rule as a diff lists it. */
export interface RuleDiffEntry {
  id: string;
  name: string;
  policy: string;
  action: string;
  status: string;
  version?: string | number;
  when: string;
}

/** One rule present in both versions that differs. */
export interface RuleChange {
  id: string;
  /** Metadata that changed: key, old and new value as text ("" when absent). */
  fields: { key: string; before: string; after: string }[];
  /** The condition's change, when it changed: a word diff of `when`, and whether it still means the same (only formatting moved). */
  when?: { before: string; after: string; diff: WordDiffPart[]; sameMeaning: boolean };
}

/** The difference between two versions of a rule file. */
export interface RuleSetDiff {
  added: RuleDiffEntry[];
  removed: RuleDiffEntry[];
  changed: RuleChange[];
  /** Ids of the rules that are the same in both. */
  unchanged: string[];
}

const FIELDS = [
  "name",
  "policy",
  "action",
  "status",
  "version",
  "priority",
  "queue",
  "owner",
  "normalize",
  "description",
] as const;

/**
 * The difference between two versions of a rule file (YAML or decision table, by rule id): rules
 * added, removed, and changed — each changed key with its old and new value, and for the
 * condition a word diff of `when` that says whether the parsed condition still means the same
 * (a table and the YAML it was converted from differ only in formatting).
 * @example const d = diffRuleSets(await loadRuleFile("v1.yaml"), await loadRuleFile("v2.xlsx")); d.changed[0].when?.diff;
 */
export function diffRuleSets(before: RuleSet, after: RuleSet): RuleSetDiff {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const now = new Map(after.rules.map((r) => [r.id, r]));
  const out: RuleSetDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const rule of before.rules) if (!now.has(rule.id)) out.removed.push(entry(rule));
  for (const rule of after.rules) {
    const was = old.get(rule.id);
    if (!was) {
      out.added.push(entry(rule));
      continue;
    }
    const fields = FIELDS.flatMap((key) => {
      const [a, b] = [field(was, key), field(rule, key)];
      return a === b ? [] : [{ key, before: a, after: b }];
    });
    const change: RuleChange = { id: rule.id, fields };
    if (was.when !== rule.when) {
      const sameMeaning =
        was.expression !== undefined &&
        rule.expression !== undefined &&
        canonical(was.expression) === canonical(rule.expression);
      change.when = {
        before: was.when,
        after: rule.when,
        diff: wordDiff(was.when, rule.when),
        sameMeaning,
      };
    }
    if (fields.length || (change.when && !change.when.sameMeaning)) out.changed.push(change);
    else out.unchanged.push(rule.id);
  }
  return out;
}

function entry(rule: RuleDefinition): RuleDiffEntry {
  return {
    id: rule.id,
    name: rule.name,
    policy: rule.policy,
    action: rule.action,
    status: rule.status,
    version: rule.version,
    when: rule.when,
  };
}

function field(rule: RuleDefinition, key: (typeof FIELDS)[number]): string {
  switch (key) {
    case "queue":
      return typeof rule.extra.queue === "string" ? rule.extra.queue : "";
    case "normalize":
      return formatNormalize(rule.normalize) ?? "";
    case "version":
      return rule.version === undefined ? "" : String(rule.version);
    case "priority":
      return String(rule.priority);
    default:
      return String(rule[key] ?? "");
  }
}

/**
 * An expression without its positions, `and` and `or` chains flattened and their operands sorted:
 * equal when two conditions say the same up to order (a table writes its columns' order).
 */
function canonical(e: RuleExpression): string {
  if (e.type === "and" || e.type === "or") {
    const operands: string[] = [];
    const flatten = (x: RuleExpression) => {
      if (x.type === e.type) {
        flatten(x.left);
        flatten(x.right);
      } else operands.push(canonical(x));
    };
    flatten(e);
    return `${e.type}(${operands.sort().join(",")})`;
  }
  if (e.type === "not") return `not(${canonical(e.operand)})`;
  return JSON.stringify(e, (key, value: unknown) =>
    key === "start" || key === "end" || key === "span" ? undefined : value,
  );
}
