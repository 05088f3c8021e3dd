import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Command } from "commander";
import { DatasetError } from "../../lib/dataset/DatasetError.js";
import { definitionYaml, type DefinitionExtras } from "../../lib/dataset/definitionYaml.js";
import { inspectFolder } from "../../lib/dataset/inspectFolder.js";
import { proposeDefinition } from "../../lib/dataset/proposeDefinition.js";
import { writeFileAtomic } from "../../lib/data/writeFileAtomic.js";
import { log } from "./cliLog.js";

/** Adds `tns init`. */
export function registerDatasetCommands(program: Command): void {
  program
    .command("init")
    .description(
      "inspect a folder of exports and write a commented tns.yaml mapping them onto the kit's tables",
    )
    .argument(
      "<folder>",
      "the folder holding your exports (CSV, TSV, Parquet, JSON Lines; any encoding)",
    )
    .option("--out <file>", "where to write the definition (default <folder>/tns.yaml)")
    .option("--force", "overwrite an existing definition")
    .addHelpText(
      "after",
      `
Then:
  npx tns check-data --dataset <folder>/tns.yaml
  npx tns report --dataset <folder>/tns.yaml`,
    )
    .action(async (folder: string, opts: { out?: string; force?: boolean }) => {
      if (!existsSync(folder) || !statSync(folder).isDirectory())
        throw new DatasetError(`${folder}: not a folder; pass the folder that holds your exports`);
      const out = opts.out ?? join(folder, "tns.yaml");
      if (existsSync(out) && !opts.force)
        throw new DatasetError(
          `${out} exists; pass --force to overwrite it, or --out <file> to write elsewhere`,
        );
      const files = await inspectFolder(folder);
      if (!files.length)
        throw new DatasetError(
          `${folder}: no .csv, .tsv, .csv.gz, .parquet or .jsonl file found (searched three levels deep)`,
        );
      const proposal = proposeDefinition(files);
      await writeFileAtomic(out, definitionYaml(proposal, extras(folder)));
      for (const t of proposal.tables) {
        const mapped = Object.entries(t.columns).map(([kit, source]) => `${source} → ${kit}`);
        process.stdout.write(
          `${t.table.padEnd(13)} ${t.file.path}${t.file.encoding !== "utf-8" ? ` (${t.file.encoding})` : ""}${mapped.length ? `: ${mapped.join(", ")}` : ""}\n`,
        );
        for (const column of t.unmapped)
          process.stdout.write(`  TODO: no column for the required ${column}\n`);
      }
      for (const m of proposal.missing)
        process.stdout.write(`missing      ${m.table}: no ${m.turnsOff}\n`);
      for (const f of proposal.unused)
        process.stdout.write(`not used     ${f.path}${f.problem ? ` (${f.problem})` : ""}\n`);
      log(`wrote ${out}; check it, then run: npx tns check-data --dataset ${out}`);
    });
}

/** The rule file, lists folder, KPI file and incident log beside the exports, when there are any. */
function extras(folder: string): DefinitionExtras {
  const found: DefinitionExtras = {};
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(folder, path);
      if (name.startsWith(".") || name === "node_modules") continue;
      if (statSync(path).isDirectory()) {
        if (name === "lists" && !found.lists) found.lists = rel;
        else if (depth > 1) walk(path, depth - 1);
      } else if (/^kpis?\.ya?ml$/i.test(name)) found.kpis ??= rel;
      else if (/^incidents?\.json$/i.test(name)) found.incidents ??= rel;
      else if (/\.ya?ml$/i.test(name) && /rules/i.test(rel) && name !== "tns.yaml") {
        // Candidate rules (backtested against the live set) are named so; the rest is the live set.
        if (/candidate|proposed|shadow/i.test(name)) found.candidates ??= rel;
        else found.rules ??= rel;
      }
    }
  };
  walk(folder, 3);
  return found;
}
