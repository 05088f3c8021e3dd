import type {
  ComparisonOperator,
  RuleExpression,
  RuleListOperand,
  RuleLiteral,
} from "./RuleExpression.js";
import type { RuleToken } from "./RuleToken.js";
import { RuleSyntaxError } from "./RuleSyntaxError.js";
import { tokenizeRuleExpression } from "./tokenizeRuleExpression.js";
import * as msg from "./messages.js";

const COMPARISONS = new Set(["=", "!=", "<", "<=", ">", ">="]);
const MAX_DEPTH = 200;

/**
 * Parses a `when` expression by recursive descent (`or` binds loosest, then `and`, then `not`):
 *
 * ```
 * expr      := and ("or" and)*
 * and       := unary ("and" unary)*
 * unary     := "not" unary | "(" expr ")" | predicate
 * predicate := field ("=" | "!=" | "<" | "<=" | ">" | ">=") literal
 *            | field ("~" | "!~") /pattern/flags          (RE2 syntax; flags i, m, s)
 *            | field "not"? "in" (list | $name)
 *            | field ("contains_any" | "contains_word") (list | $name)
 *            | field "is" "not"? "null"
 * list      := ("[" | "(") literal ("," literal)* ("]" | ")")
 * literal   := "string" | 'string' | number | true | false
 * ```
 * Keywords are case-insensitive. Throws {@link RuleSyntaxError} with the offset of the problem.
 * @example parseRuleExpression('category in ["bags", "watches"] and price_krw < 150000');
 */
export function parseRuleExpression(text: string): RuleExpression {
  const tokens = tokenizeRuleExpression(text);
  let at = 0;
  let depth = 0;
  const peek = (): RuleToken => tokens[at];
  const next = (): RuleToken => tokens[at++];
  const isWord = (t: RuleToken, word: string) => t.kind === "keyword" && t.value === word;
  const fail = (t: RuleToken, expected: string): never => {
    throw new RuleSyntaxError(msg.unexpectedToken(t, expected), t.start, t.end - t.start);
  };

  function expression(): RuleExpression {
    if (++depth > MAX_DEPTH) throw new RuleSyntaxError(msg.tooDeep(MAX_DEPTH), peek().start);
    const terms = [conjunction()];
    while (isWord(peek(), "or")) {
      next();
      terms.push(conjunction());
    }
    depth--;
    return balanced("or", terms);
  }

  function conjunction(): RuleExpression {
    const terms = [unary()];
    while (isWord(peek(), "and")) {
      next();
      terms.push(unary());
    }
    return balanced("and", terms);
  }

  function unary(): RuleExpression {
    const t = peek();
    if (isWord(t, "not")) {
      next();
      if (++depth > MAX_DEPTH) throw new RuleSyntaxError(msg.tooDeep(MAX_DEPTH), t.start);
      const operand = unary();
      depth--;
      return { type: "not", operand, start: t.start, end: operand.end };
    }
    if (t.kind === "punct" && t.value === "(") {
      next();
      const inner = expression();
      const close = next();
      if (close.kind !== "punct" || close.value !== ")") fail(close, msg.expected.closeParen);
      return { ...inner, start: t.start, end: close.end };
    }
    return predicate();
  }

  function predicate(): RuleExpression {
    const field = next();
    if (field.kind !== "ident") fail(field, msg.expected.field);
    const op = next();
    const start = field.start;
    if (op.kind === "op" && COMPARISONS.has(op.value)) {
      const value = literal();
      const end = tokens[at - 1].end;
      return {
        type: "compare",
        field: field.value,
        op: op.value as ComparisonOperator,
        value,
        start,
        end,
      };
    }
    if (op.kind === "op" && (op.value === "~" || op.value === "!~")) {
      const re = next();
      // The tokenizer reads a /pattern/ after ~ or refuses the text; only the end can come instead.
      if (re.kind !== "regex") fail(re, msg.expected.regex);
      return {
        type: "regex",
        field: field.value,
        pattern: re.value,
        flags: re.flags ?? "",
        negated: op.value === "!~",
        start,
        end: re.end,
      };
    }
    if (isWord(op, "not") || isWord(op, "in")) {
      if (isWord(op, "not") && !isWord(next(), "in")) fail(tokens[at - 1], msg.expected.in);
      const list = listOperand();
      return {
        type: "in",
        field: field.value,
        list,
        negated: isWord(op, "not"),
        start,
        end: tokens[at - 1].end,
      };
    }
    if (isWord(op, "contains_any") || isWord(op, "contains_word")) {
      const list = listOperand();
      const words = op.value === "contains_word";
      return { type: "contains", field: field.value, list, words, start, end: tokens[at - 1].end };
    }
    if (isWord(op, "is")) {
      const negated = isWord(peek(), "not");
      if (negated) next();
      const nul = next();
      if (!isWord(nul, "null")) fail(nul, msg.expected.null);
      return { type: "isNull", field: field.value, negated, start, end: nul.end };
    }
    return fail(op, msg.expected.operator);
  }

  function listOperand(): RuleListOperand {
    const t = next();
    if (t.kind === "listRef")
      return { kind: "named", name: t.value, span: { start: t.start, end: t.end } };
    if (t.kind !== "punct" || (t.value !== "[" && t.value !== "("))
      return fail(t, msg.expected.list);
    const close = t.value === "[" ? "]" : ")";
    const values: RuleLiteral[] = [literal()];
    for (;;) {
      const sep = next();
      if (sep.kind === "punct" && sep.value === close) return { kind: "values", values };
      if (sep.kind !== "punct" || sep.value !== ",") fail(sep, msg.expected.listSeparator(close));
      values.push(literal());
    }
  }

  function literal(): RuleLiteral {
    const t = next();
    if (t.kind === "string") return t.value;
    if (t.kind === "number") return Number(t.value);
    if (isWord(t, "true") || isWord(t, "false")) return t.value === "true";
    return fail(t, isWord(t, "null") ? msg.expected.notNull : msg.expected.literal);
  }

  const result = expression();
  if (peek().kind !== "end") fail(peek(), msg.expected.endOrBoolean);
  return result;
}

// A flat chain `a or b or … ` as a balanced tree: and/or are associative, and a left-deep tree of
// 3,000 terms overflowed the stack of every recursive walk (compile, evaluate, SQL, lint); balanced,
// its depth is log2(terms).
function balanced(type: "and" | "or", terms: RuleExpression[]): RuleExpression {
  let level = terms;
  while (level.length > 1) {
    const up: RuleExpression[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i];
      const right = level[i + 1];
      up.push(right ? { type, left, right, start: left.start, end: right.end } : left);
    }
    level = up;
  }
  return level[0];
}
