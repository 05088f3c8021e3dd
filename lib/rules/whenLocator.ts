/** A 1-based position in a file and the source line it is on. */
export interface SourcePosition {
  line: number;
  column: number;
  snippet: string;
  /** The decision-table cell (`rules!D7`) when the rule comes from a table. */
  cell?: string;
}

/**
 * Maps offsets in a rule's `when` text back to the file: each line of the expression is found in
 * the source lines from `startLine` (1-based) on, so plain, quoted and block scalars all map
 * exactly; a folded scalar (whose lines were joined) falls back to the start of the value.
 * @example whenLocator(sourceLines, 14, 9, "title ~ /x/")(8); // { line: 14, column: 17, … }
 */
export function whenLocator(
  sourceLines: readonly string[],
  startLine: number,
  startColumn: number,
  when: string,
): (offset: number) => SourcePosition {
  const parts = when.split("\n");
  const found: { line: number; column: number }[] = [];
  let search = startLine - 1;
  for (const [k, part] of parts.entries()) {
    let hit: { line: number; column: number } | undefined;
    for (let i = search; i < Math.min(sourceLines.length, search + 20); i++) {
      const from = i === startLine - 1 && k === 0 ? startColumn - 1 : 0;
      const at = sourceLines[i].indexOf(part, from);
      if (at >= 0) {
        hit = { line: i + 1, column: at + 1 };
        search = i + 1;
        break;
      }
    }
    if (!hit) {
      found.length = 0;
      break;
    }
    found.push(hit);
  }
  return (offset: number) => {
    if (found.length === 0)
      return { line: startLine, column: startColumn, snippet: sourceLines[startLine - 1] ?? "" };
    let rest = offset;
    let k = 0;
    while (k < parts.length - 1 && rest > parts[k].length) {
      rest -= parts[k].length + 1;
      k++;
    }
    const { line, column } = found[k];
    return { line, column: column + rest, snippet: sourceLines[line - 1] ?? "" };
  };
}
