import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from "yaml";
import { closestName } from "../data/closestName.js";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";
import type { RuleDefinition, RuleSet } from "./RuleDefinition.js";
import type { RuleActionName } from "./RuleActionName.js";
import type { RuleStatusName } from "./RuleStatusName.js";
import { ruleStatusNames, isEvaluatedStatus } from "./ruleStatus.js";
import { matchModeNames } from "./resolveActions.js";
import type { MatchModeName } from "./MatchModeName.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import { parseRuleExpression } from "./parseRuleExpression.js";
import { RuleSyntaxError } from "./RuleSyntaxError.js";
import { parseNormalize } from "./parseNormalize.js";
import { whenLocator } from "./whenLocator.js";
import * as msg from "./messages.js";

/** Options for {@link parseRuleFile}. */
export interface ParseRuleFileOptions {
  /** File name used in diagnostics (default none). */
  file?: string;
  /** Named lists the rules may use, by name (default none). */
  lists?: Readonly<Record<string, readonly string[]>>;
}

const KNOWN = [
  "id",
  "name",
  "policy",
  "action",
  "owner",
  "description",
  "enabled",
  "when",
  "normalize",
  "status",
  "version",
  "priority",
];
const ACTIONS: readonly RuleActionName[] = ["block", "review", "tag"];
const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Parses the text of a YAML rule file — a list of rules (or a map with a `rules:` list and an
 * optional `match: all | first`, how the rules' actions combine), each with
 * id, name, policy, action (block | review | tag, default review), owner, description, enabled
 * (default true), status (draft | shadow | active | retired, default active), version, priority
 * (a number, default 0), `when` and optional `normalize` — into a {@link RuleSet}. Never throws on bad
 * input: invalid YAML, missing keys, duplicate ids and syntax errors in `when` become error
 * diagnostics with the line, column and a caret.
 * @example const set = parseRuleFile(text, { file: "rules.yaml", lists: { brands: ["Chanel"] } });
 */
export function parseRuleFile(source: string, options: ParseRuleFileOptions = {}): RuleSet {
  const { file, lists = {} } = options;
  const text = stripByteOrderMark(source);
  const diagnostics: RuleDiagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const sourceLines = text.split(/\r?\n/);
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, snippet: sourceLines[line - 1] ?? "" };
  };
  const result: RuleSet = { file, rules: [], lists, diagnostics };
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      diagnostics.push({
        severity: "error",
        code: "yaml",
        message: msg.invalidYaml(e.message.split("\n")[0]),
        file,
        ...at(e.pos[0]),
      });
    return result;
  }
  let items: unknown = doc.contents;
  if (isMap(items) && items.has("match")) {
    const mode = items.get("match");
    const node = items.get("match", true) as Node | undefined;
    if (matchModeNames.includes(mode as MatchModeName)) result.match = mode as MatchModeName;
    else
      diagnostics.push({
        severity: "error",
        code: "bad-match",
        message: msg.badMatchMode(mode),
        file,
        ...(node?.range ? at(node.range[0]) : {}),
      });
  }
  if (isMap(items) && items.has("rules")) items = items.get("rules", true);
  if (isAlias(items)) items = items.resolve(doc);
  if (!isSeq(items)) {
    if (items !== null)
      diagnostics.push({ severity: "error", code: "not-a-list", message: msg.notAList(), file });
    return result;
  }
  const firstLine = new Map<string, number>();
  items.items.forEach((node, index) => {
    // The line where the rule is listed (an alias's own line, not its anchor's).
    const line = (node as Node | null)?.range ? at((node as Node).range![0]).line : undefined;
    const item = isAlias(node) ? node.resolve(doc) : node;
    if (!isMap(item)) {
      diagnostics.push({
        severity: "error",
        code: "not-a-map",
        message: msg.ruleNotAMap(index),
        file,
        line,
      });
      return;
    }
    const rule = readRule(item, { doc, file, line, at, sourceLines, diagnostics });
    if (!rule) return;
    if (firstLine.has(rule.id)) {
      diagnostics.push({
        severity: "error",
        code: "duplicate-id",
        message: msg.duplicateId(rule.id, firstLine.get(rule.id)),
        file,
        ruleId: rule.id,
        line,
      });
      return;
    }
    firstLine.set(rule.id, line ?? 0);
    result.rules.push(rule);
  });
  return result;
}

interface ReadContext {
  doc: Document;
  file?: string;
  line?: number;
  at: (offset: number) => { line: number; column: number; snippet: string };
  sourceLines: string[];
  diagnostics: RuleDiagnostic[];
}

function readRule(node: YAMLMap, ctx: ReadContext): RuleDefinition | undefined {
  const { doc, file, line, diagnostics } = ctx;
  // Read through the document, so an alias (normalize: *steps) gives its anchor's value; the
  // alias count stays capped (yaml's default, 100) against a "billion laughs" file.
  let values: Record<string, unknown>;
  try {
    values = node.toJS(doc) as Record<string, unknown>;
  } catch (error) {
    diagnostics.push({
      severity: "error",
      code: "yaml",
      message: msg.invalidYaml((error as Error).message.split("\n")[0]),
      file,
      line,
    });
    return undefined;
  }
  const id =
    typeof values.id === "string" || typeof values.id === "number" ? String(values.id) : undefined;
  const problem = (
    code: string,
    message: string,
    ruleId = id,
    severity: "error" | "warning" = "error",
  ) => diagnostics.push({ severity, code, message, file, ruleId, line });
  if (id === undefined) return void problem("missing-key", msg.missingKey("id"));
  if (!ID.test(id)) return void problem("bad-id", msg.badId(id));
  for (const key of Object.keys(values)) {
    const hint = KNOWN.includes(key) ? undefined : closestName(key, KNOWN, { maxDistance: 2 });
    if (hint) problem("unknown-key", msg.unknownKey(key, hint), id, "warning");
  }
  const text = (key: string, fallback = ""): string => {
    const v = values[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== "string") problem("bad-type", msg.badKeyType(key, v, "text"));
    return String(v);
  };
  const action = values.action ?? "review";
  if (!ACTIONS.includes(action as RuleActionName)) problem("bad-action", msg.badAction(action));
  const enabled = values.enabled ?? true;
  if (typeof enabled !== "boolean")
    problem("bad-type", msg.badKeyType("enabled", enabled, "true or false"));
  const written = values.status ?? "active";
  const known = ruleStatusNames.includes(written as RuleStatusName);
  if (!known) problem("bad-status", msg.badStatus(written));
  const status: RuleStatusName = known ? (written as RuleStatusName) : "active";
  const version = values.version;
  if (version !== undefined && typeof version !== "string" && typeof version !== "number")
    problem("bad-type", msg.badKeyType("version", version, "a number or text"));
  const priority = values.priority ?? 0;
  if (typeof priority !== "number" || !Number.isFinite(priority))
    problem("bad-type", msg.badKeyType("priority", priority, "a number"));
  const normalize = parseNormalize(values.normalize, (m) => problem("bad-normalize", m));
  const extra = Object.fromEntries(Object.entries(values).filter(([k]) => !KNOWN.includes(k)));
  const rule: RuleDefinition = {
    id,
    name: text("name", id),
    policy: text("policy"),
    action: (ACTIONS.includes(action as RuleActionName) ? action : "review") as RuleActionName,
    owner: text("owner"),
    description: text("description"),
    enabled: enabled === true && isEvaluatedStatus(status),
    status,
    version: typeof version === "string" || typeof version === "number" ? version : undefined,
    priority: typeof priority === "number" && Number.isFinite(priority) ? priority : 0,
    when: "",
    normalize,
    extra,
    line,
  };
  const whenEntry = node.get("when", true);
  const whenNode = isAlias(whenEntry) ? whenEntry.resolve(doc) : whenEntry;
  if (whenNode === undefined || values.when === null || values.when === "") {
    problem("missing-key", msg.missingKey("when"));
    return rule;
  }
  if (
    !isScalar(whenNode) ||
    (typeof whenNode.value !== "string" && typeof whenNode.value !== "boolean")
  ) {
    problem("bad-type", msg.badKeyType("when", values.when, "an expression (text)"));
    return rule;
  }
  rule.when = String(whenNode.value);
  const start = ctx.at(whenNode.range?.[0] ?? 0);
  rule.locate = whenLocator(ctx.sourceLines, start.line, start.column, rule.when);
  try {
    rule.expression = parseRuleExpression(rule.when);
  } catch (error) {
    if (!(error instanceof RuleSyntaxError)) throw error;
    diagnostics.push({
      severity: "error",
      code: "syntax",
      message: error.message,
      file,
      ruleId: id,
      ...rule.locate(error.offset),
      length: error.length,
    });
  }
  return rule;
}
