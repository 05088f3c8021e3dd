import { join } from "node:path";
import { stringify } from "yaml";
import { FileSink } from "./FileSink.js";
import { keywordLists } from "./keywords.js";
import { productionRules } from "./productionRules.js";
import { candidateRules } from "./candidateRules.js";

const header = [
  "# Production detection rules at the end of the sample period (written by scripts/generate-data.ts).",
  "# `when` grammar: field contains_any $list | field ~ /regex/ (RE2) | field in $list | field in (...)",
  "# | numeric comparisons, combined with and / or. $name refers to data/lists/<name>.txt.",
  "# contains_any is a case-insensitive substring match with no normalisation.",
  "# History of contact_phone (v1 → broken v2 → rollback v3): see data/incidents.json.",
];

const candidateHeader = [
  "# Candidate rules: proposed, not live (written by scripts/generate-data.ts). Notebook 02 backtests",
  "# them against the production rules; tns.yaml names this file under `candidates`.",
];

/**
 * Writes data/rules/production-rules.yaml, data/rules/candidate-rules.yaml and data/lists/<name>.txt (one keyword per line) from the
 * same constants the generator's rule logic uses, and returns the paths written.
 * @example writeReferenceFiles("data"); // ["data/rules/production-rules.yaml", "data/lists/…"]
 */
export function writeReferenceFiles(out: string): string[] {
  const written: string[] = [];
  const rules = new FileSink(join(out, "rules", "production-rules.yaml"));
  for (const line of header) rules.line(line);
  rules.line(
    stringify(
      productionRules.map((rule) => ({ ...rule })),
      { lineWidth: 0 },
    ).trimEnd(),
  );
  rules.close();
  written.push(rules.path);
  const candidates = new FileSink(join(out, "rules", "candidate-rules.yaml"));
  for (const line of candidateHeader) candidates.line(line);
  candidates.line(
    stringify(
      candidateRules.map((rule) => ({ ...rule })),
      { lineWidth: 0 },
    ).trimEnd(),
  );
  candidates.close();
  written.push(candidates.path);
  for (const [name, words] of Object.entries(keywordLists)) {
    const list = new FileSink(join(out, "lists", `${name}.txt`));
    for (const word of words) list.line(word);
    list.close();
    written.push(list.path);
  }
  return written;
}
