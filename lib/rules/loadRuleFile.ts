import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { RuleSet } from "./RuleDefinition.js";
import { RuleError } from "./RuleError.js";
import { isDecisionTableFile } from "./isDecisionTableFile.js";
import { parseDecisionTable } from "./parseDecisionTable.js";
import { parseRuleFile } from "./parseRuleFile.js";
import { parseKeywordList } from "./parseKeywordList.js";
import { readDecisionTableSheet } from "./readDecisionTableSheet.js";
import * as msg from "./messages.js";

/** Options for {@link loadRuleFile}. */
export interface LoadRuleFileOptions {
  /** Folder of named lists, one `<name>.txt` per list (default: `../lists` beside the rule file's folder, i.e. data/lists for data/rules/x.yaml). */
  listsDir?: string;
  /** Encoding of a `.csv` decision table (default "auto": UTF-8, else CP949). */
  encoding?: string;
}

/**
 * Reads a rule file — YAML, or a decision table (`.xlsx`, `.csv`) — and the named lists in
 * `listsDir` into a {@link RuleSet}; problems in the file come back as diagnostics (see
 * {@link parseRuleFile} and {@link parseDecisionTable}, whose diagnostics cite cells such as
 * `rules!D7`). Throws {@link RuleError} only when the file cannot be read.
 * @example const rules = await loadRuleFile("data/rules/production-rules.yaml");
 */
export async function loadRuleFile(
  path: string,
  options: LoadRuleFileOptions = {},
): Promise<RuleSet> {
  const listsDir = options.listsDir ?? join(dirname(path), "..", "lists");
  const lists: Record<string, readonly string[]> = {};
  if (existsSync(listsDir)) {
    for (const name of (await readdir(listsDir)).filter((n) => n.endsWith(".txt")).sort())
      lists[basename(name, ".txt")] = parseKeywordList(
        await readFile(join(listsDir, name), "utf8"),
      );
  }
  if (isDecisionTableFile(path)) {
    const sheet = await readDecisionTableSheet(path, { encoding: options.encoding });
    return parseDecisionTable(sheet, { lists, problems: sheet.problems });
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new RuleError(msg.unreadableRuleFile(path, (error as Error).message));
  }
  return parseRuleFile(text, { file: path, lists });
}
