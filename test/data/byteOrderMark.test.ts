// Files saved by Windows Notepad or Excel start with a UTF-8 byte order mark (U+FEFF); every loader
// of YAML or JSON text must read them exactly as the same file without it.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { parseRuleFile } from "../../lib/rules/parseRuleFile.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { parseKpis } from "../../lib/kpi/parseKpis.js";
import { readDatasetDefinition } from "../../lib/dataset/readDatasetDefinition.js";
import { readIncidents } from "../../lib/dataset/readIncidents.js";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { stripByteOrderMark } from "../../lib/data/stripByteOrderMark.js";
import { tmpDir, writeTmp } from "./tmpFiles.js";

const BOM = "\uFEFF";
const dir = tmpDir("bom");

/** Writes `name` twice, plain and with a BOM, and returns both paths. */
function bothWays(name: string, text: string): [string, string] {
  const plain = join(dir, "plain");
  const marked = join(dir, "marked");
  mkdirSync(plain, { recursive: true });
  mkdirSync(marked, { recursive: true });
  return [writeTmp(plain, name, text), writeTmp(marked, name, BOM + text)];
}

describe("stripByteOrderMark", () => {
  it("stripByteOrderMark removes one leading U+FEFF and nothing else", () => {
    expect(stripByteOrderMark(`${BOM}a${BOM}b`)).toBe(`a${BOM}b`);
    expect(stripByteOrderMark("ab")).toBe("ab");
    expect(stripByteOrderMark("")).toBe("");
  });
});

describe("loaders read a file with a UTF-8 BOM exactly like the same file without it", () => {
  it("loadRuleFile and parseRuleFile: the sample rules, no diagnostics, same rules", async () => {
    const text = readFileSync("data/rules/production-rules.yaml", "utf8");
    const [plain, marked] = bothWays("rules.yaml", text);
    const listsDir = "data/lists";
    const a = await loadRuleFile(plain, { listsDir });
    const b = await loadRuleFile(marked, { listsDir });
    expect(b.diagnostics).toEqual([]);
    expect(b.rules.length).toBeGreaterThan(0);
    const strip = (set: typeof a) => set.rules.map(({ locate: _locate, ...rule }) => rule);
    expect(strip(b)).toEqual(strip(a));
    const parsed = parseRuleFile(`${BOM}- id: r1\n  when: title ~ /x/\n`);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.rules.map((r) => r.id)).toEqual(["r1"]);
  });

  it("loadKpis and parseKpis: the sample kpis.yaml without its opening comment", async () => {
    // A file that opens with a comment hides the BOM from the YAML parser; one that opens with its
    // first key, as an exported file does, does not.
    const sample = readFileSync("data/kpis.yaml", "utf8");
    const yaml = sample.slice(sample.indexOf("\nderived:") + 1);
    const [plain, marked] = bothWays("kpis.yaml", yaml);
    const kpis = await loadKpis(marked);
    expect(kpis.kpis.length).toBeGreaterThanOrEqual(12);
    expect(kpis).toEqual(await loadKpis(plain));
    expect(parseKpis(BOM + yaml)).toEqual(parseKpis(yaml));
  });

  it("readDatasetDefinition: a tns.yaml", async () => {
    for (const name of ["listings.csv", "incidents.json"])
      for (const sub of ["plain", "marked"]) {
        mkdirSync(join(dir, sub), { recursive: true });
        copyFileSync(join("data", name), join(dir, sub, name));
      }
    const yaml =
      "name: shop\ntables:\n  listings: { path: listings.csv }\nincidents: incidents.json\n";
    const [plain, marked] = bothWays("tns.yaml", yaml);
    const a = await readDatasetDefinition(plain);
    const b = await readDatasetDefinition(marked);
    expect(JSON.stringify(b).replaceAll("/marked", "/plain")).toBe(JSON.stringify(a));
  });

  it("readIncidents: an incident log", async () => {
    const [plain, marked] = bothWays("incidents.json", readFileSync("data/incidents.json", "utf8"));
    const incidents = await readIncidents(marked);
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents).toEqual(await readIncidents(plain));
  });

  it("jsonlEvents: an event stream whose first line carries the BOM", async () => {
    const lines = readFileSync("data/events.jsonl", "utf8").split("\n").slice(0, 5).join("\n");
    const [plain, marked] = bothWays("events.jsonl", lines + "\n");
    const read = async (path: string) => {
      const events = [];
      for await (const event of jsonlEvents(path)) events.push(event);
      return events;
    };
    const events = await read(marked);
    expect(events).toHaveLength(5);
    expect(events).toEqual(await read(plain));
  });
});
