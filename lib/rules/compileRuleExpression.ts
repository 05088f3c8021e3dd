import { closestName } from "../data/closestName.js";
import type { CompiledNode, TextAtom } from "./CompiledRuleSet.js";
import type { RuleDefinition } from "./RuleDefinition.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import type { RuleExpression, RuleLiteral, RulePredicate, RuleSpan } from "./RuleExpression.js";
import type { RuleFieldKind, RuleFieldSchema } from "./ruleFieldSchema.js";
import { keywordPattern, regexPattern, type TextPatternOptions } from "./textPattern.js";
import * as msg from "./messages.js";

/** What {@link compileRuleExpression} reads and where it records atoms and findings. */
export interface RuleCompileContext extends TextPatternOptions {
  schema: RuleFieldSchema;
  lists: Readonly<Record<string, readonly string[]>>;
  file?: string;
  /** Text atoms so far; equal atoms are shared between rules. */
  atoms: TextAtom[];
  diagnostics: RuleDiagnostic[];
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Checks a parsed rule against the field schema and lists and lowers it to a {@link CompiledNode}:
 * unknown fields (with "did you mean"), type mismatches, missing lists and regex errors become
 * error diagnostics pointing at the predicate; returns undefined when any was found.
 * @example const node = compileRuleExpression(rule, { schema, lists, atoms: [], diagnostics: [] });
 */
export function compileRuleExpression(
  rule: RuleDefinition,
  ctx: RuleCompileContext,
): CompiledNode | undefined {
  if (!rule.expression) return undefined;
  const before = ctx.diagnostics.filter((d) => d.severity === "error").length;
  const report = (
    span: RuleSpan,
    code: string,
    message: string,
    severity: "error" | "warning" = "error",
  ) =>
    ctx.diagnostics.push({
      severity,
      code,
      message,
      file: ctx.file,
      ruleId: rule.id,
      line: rule.line,
      ...rule.locate?.(span.start, span.end),
      length: span.end - span.start,
    });
  // Own keys only: a field or list named constructor or __proto__ must not find Object.prototype's.
  const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
    Object.hasOwn(record, key) ? record[key] : undefined;
  const stepsFor = (field: string) => own(rule.normalize, field) ?? own(rule.normalize, "*") ?? [];

  const fieldKind = (p: RulePredicate): RuleFieldKind | undefined => {
    const kind = own(ctx.schema, p.field);
    if (kind) return kind;
    const fields = Object.keys(ctx.schema);
    const span = { start: p.start, end: p.start + p.field.length };
    report(
      span,
      "unknown-field",
      msg.unknownField(p.field, closestName(p.field, fields, { maxDistance: 3 }), fields),
    );
    return undefined;
  };

  const literal = (
    p: RulePredicate,
    kind: RuleFieldKind,
    value: RuleLiteral,
  ): string | number | boolean | undefined => {
    const ok =
      (kind === "number" && typeof value === "number") ||
      (kind === "string" && typeof value === "string") ||
      (kind === "boolean" && typeof value === "boolean") ||
      (kind === "timestamp" &&
        typeof value === "string" &&
        ISO_TIME.test(value) &&
        !Number.isNaN(Date.parse(value)));
    if (!ok) return void report(p, "type-mismatch", msg.literalTypeMismatch(p.field, kind, value));
    if (kind === "timestamp") return Date.parse(value as string);
    // A lone surrogate in a literal is U+FFFD, as in the values compared (and in any UTF-8 engine).
    return kind === "string" ? (value as string).toWellFormed() : value;
  };

  const atom = (
    p: RulePredicate,
    make: () => ReturnType<typeof regexPattern>,
  ): number | undefined => {
    const result = make();
    if (!result.ok) return void report(p, result.code, result.message);
    if (result.matchesEmpty && p.type === "regex")
      report(p, "matches-empty", msg.matchesEmpty(p.pattern), "warning");
    const candidate: TextAtom = {
      field: p.field,
      steps: stepsFor(p.field).filter((s) => s !== "casefold"),
      source: result.source,
    };
    const key = JSON.stringify(candidate);
    const existing = ctx.atoms.findIndex((a) => JSON.stringify(a) === key);
    if (existing >= 0) return existing;
    ctx.atoms.push(candidate);
    return ctx.atoms.length - 1;
  };

  const namedList = (
    p: RulePredicate,
    name: string,
    span: RuleSpan,
  ): readonly string[] | undefined => {
    const list = own(ctx.lists, name);
    if (list) {
      if (list.length === 0) report(span, "empty-list", msg.emptyList(name), "warning");
      return list;
    }
    report(span, "unknown-list", msg.unknownList(name, closestName(name, Object.keys(ctx.lists))));
    return undefined;
  };

  function lower(e: RuleExpression): CompiledNode | undefined {
    switch (e.type) {
      case "and":
      case "or": {
        const left = lower(e.left);
        const right = lower(e.right);
        return left && right ? { kind: e.type, left, right } : undefined;
      }
      case "not": {
        const operand = lower(e.operand);
        return operand && { kind: "not", operand };
      }
      case "isNull":
        return fieldKind(e) && { kind: "isNull", field: e.field, negated: e.negated };
      case "compare": {
        const kind = fieldKind(e);
        if (!kind) return undefined;
        if (kind === "boolean" && e.op !== "=" && e.op !== "!=")
          return void report(e, "type-mismatch", msg.orderOnBoolean(e.field, e.op));
        const value = literal(e, kind, e.value);
        return value === undefined
          ? undefined
          : { kind: "compare", field: e.field, type: kind, op: e.op, value };
      }
      case "in": {
        const kind = fieldKind(e);
        if (!kind) return undefined;
        if (e.list.kind === "named" && kind !== "string")
          return void report(e, "type-mismatch", msg.namedListOnNonText(e.field, kind));
        const raw =
          e.list.kind === "named" ? namedList(e, e.list.name, e.list.span) : e.list.values;
        if (!raw) return undefined;
        const values = raw.map((v) => literal(e, kind, v));
        if (values.some((v) => v === undefined)) return undefined;
        return {
          kind: "in",
          field: e.field,
          type: kind,
          values: values as (string | number | boolean)[],
          negated: e.negated,
        };
      }
      case "regex":
      case "contains": {
        const kind = fieldKind(e);
        if (!kind) return undefined;
        const op =
          e.type === "regex"
            ? e.negated
              ? "!~"
              : "~"
            : e.words
              ? "contains_word"
              : "contains_any";
        if (kind !== "string")
          return void report(e, "type-mismatch", msg.textOperatorOnNonText(op, e.field, kind));
        const steps = stepsFor(e.field);
        if (e.type === "regex") {
          const index = atom(e, () => regexPattern(e.pattern, e.flags, steps, ctx));
          return index === undefined
            ? undefined
            : { kind: "text", atom: index, negated: e.negated };
        }
        const list = e.list;
        const words =
          list.kind === "named" ? namedList(e, list.name, list.span) : list.values.map(String);
        if (!words) return undefined;
        const name = list.kind === "named" ? list.name : "(inline)";
        const index = atom(e, () => keywordPattern(name, words, e.words, steps));
        return index === undefined ? undefined : { kind: "text", atom: index, negated: false };
      }
    }
  }

  const node = lower(rule.expression);
  const after = ctx.diagnostics.filter((d) => d.severity === "error").length;
  return after > before ? undefined : node;
}
