import { copyFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FileSink } from "./FileSink.js";
import { DEFAULT_ZONE } from "../../lib/time/defaultZone.js";

/** The kit's bundled KPI definitions (hand-written; generated folders get a copy). */
const bundledKpis = join(kitRoot(), "data", "kpis.yaml");

/** The checkout's root: the nearest folder above this file with a package.json (source or dist/). */
function kitRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The dataset definition of a folder in the generator's own layout (the bundled sample's tns.yaml). */
export const sampleDefinitionText = `# The bundled sample described as a dataset: every table maps onto the kit's tables by name, so no
# column mapping is needed. Copy this file beside your own exports and edit the paths and \`columns\`
# (kit column: your column), or run \`npx tns init <folder>\` to have one proposed.
name: sample marketplace
zone: ${DEFAULT_ZONE}
tables:
  listings: { path: listings.csv }
  sellers: { path: sellers.csv }
  model_scores: { path: model_scores.csv }
  flags: { path: flags.csv }
  reviews: { path: reviews.csv }
  audits: { path: audits.csv }
  appeals: { path: appeals.csv }
  events: { path: events.jsonl }
lists: lists
rules: rules/production-rules.yaml
candidates: rules/candidate-rules.yaml
kpis: kpis.yaml
incidents: incidents.json
`;

/**
 * Writes `tns.yaml` into a generated folder and, unless the folder is the kit's own data/, a copy
 * of the bundled kpis.yaml, so every report runs on what the generator wrote.
 * @example writeDatasetDefinition("data/generated"); // ["data/generated/tns.yaml", "data/generated/kpis.yaml"]
 */
export function writeDatasetDefinition(out: string): string[] {
  const sink = new FileSink(join(out, "tns.yaml"));
  sink.line(sampleDefinitionText.trimEnd());
  sink.close();
  const written = [sink.path];
  const kpis = join(out, "kpis.yaml");
  if (resolve(kpis) !== resolve(bundledKpis) && existsSync(bundledKpis)) {
    copyFileSync(bundledKpis, kpis);
    written.push(kpis);
  }
  return written;
}
