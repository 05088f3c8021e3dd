import { TnsError } from "../errors/TnsError.js";
/**
 * A `when` expression that does not parse: the message says what was expected, `offset` is the
 * 0-based position in the expression (parseRuleFile turns it into a line, column and caret).
 * @example try { parseRuleExpression("a = "); } catch (e) { if (e instanceof RuleSyntaxError) e.offset; }
 */
export class RuleSyntaxError extends TnsError {
  override name = "RuleSyntaxError";
  readonly offset: number;
  readonly length: number;

  constructor(message: string, offset: number, length = 1) {
    super(message);
    this.offset = offset;
    this.length = Math.max(1, length);
  }
}
