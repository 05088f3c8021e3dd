import { stringify } from "yaml";
import type { DefinitionProposal } from "./proposeDefinition.js";
import { kitColumns } from "./kitTables.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** The other files a definition can name, relative to its folder. */
export interface DefinitionExtras {
  lists?: string;
  rules?: string;
  kpis?: string;
  incidents?: string;
  candidates?: string;
}

const flow = (value: unknown) => stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trim();

/**
 * A commented `tns.yaml` for a proposal: one block per table with its file, encoding and column
 * mapping, TODO comments for required columns nobody found, and the tables that are missing with
 * what that turns off.
 * @example await writeFile("tns.yaml", definitionYaml(proposeDefinition(files), { kpis: "kpis.yaml" }));
 */
export function definitionYaml(
  proposal: DefinitionProposal,
  extras: DefinitionExtras = {},
): string {
  const lines = [
    "# Dataset definition for TnS Kit, proposed by `tns init`. Check the mapping, then run",
    "#   npx tns check-data --dataset tns.yaml   and   npx tns report --dataset tns.yaml",
    "# Each table: path (file or glob, relative to this file), encoding (utf-8 unless said), and",
    "# columns as `kit column: your column` for the names that differ.",
    `zone: ${DEFAULT_ZONE} # the zone of timestamps written without an offset`,
    "tables:",
  ];
  for (const t of proposal.tables) {
    lines.push(`  ${t.table}:`);
    lines.push(`    path: ${flow(t.file.path)}`);
    if (t.file.encoding !== "utf-8")
      lines.push(`    encoding: ${t.file.encoding} # the file is not UTF-8`);
    if (Object.keys(t.columns).length) lines.push(`    columns: ${flow(t.columns)}`);
    for (const column of t.unmapped)
      lines.push(
        `    # TODO: no column found for the required ${column} (${kitColumns(t.table)[column].meaning}); add it to columns`,
      );
  }
  for (const [key, value] of Object.entries(extras))
    if (value) lines.push(`${key}: ${flow(value)}`);
  if (proposal.missing.length) {
    lines.push("# Tables not found (add them under tables: when you have them):");
    for (const m of proposal.missing) lines.push(`#   ${m.table}: without it, no ${m.turnsOff}`);
  }
  if (proposal.unused.length) {
    lines.push("# Files not used:");
    for (const f of proposal.unused)
      lines.push(`#   ${f.path}${f.problem ? ` (unreadable: ${f.problem})` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
