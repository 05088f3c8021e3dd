// A copy of the sample dataset with adversarial rows planted in the evasion incident's window
// (2026-09-15 to 09-29, Asia/Seoul): Hangul, zero-width and full-width ids, titles, queues and
// detectors, a seller the sellers table lacks, and NULLs in every optional column.
import { appendFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../report/notebookFixture.js";

const rows: Record<string, string[]> = {
  "listings.csv": [
    "L가\u200B품1,S02103,2026-09-20T10:00:00+09:00,fashion,샤넬,레\u200B플리카 가방 ＲＥＰＬＩＣＡ,,,,true,counterfeit",
    'Ｌ０００２,S02103,2026-09-21T10:00:00+09:00,,,"가 품 ""미러급"" 1:1 replica",,1000,5,true,counterfeit',
    "L가품3,S가 품,2026-09-22T10:00:00+09:00,fashion,,ｒｅｐｌｉｃａ watch,,0,,false,",
    "L0NULL4,,2026-09-23T10:00:00+09:00,,,,,,,,",
  ],
  "sellers.csv": ["S가 품,2026-09-01T00:00:00+09:00,ｎｅｗ,ＫＲ,"],
  "flags.csv": [
    "L가품3,2026-09-22T11:00:00+09:00,rule:가\u200B품,counterfeit,ｃｏｕｎｔｅｒｆｅｉｔ,review",
  ],
  "reviews.csv": [
    "R가품1,L가품3,ｃｏｕｎｔｅｒｆｅｉｔ,2026-09-22T11:05:00+09:00,2026-09-23T09:00:00+09:00,,no_violation,",
    "R가품2,Ｌ０００２,counterfeit,2026-09-21T11:05:00+09:00,2026-09-24T09:00:00+09:00,,violation,30",
    "R가품3,L0NULL4,,2026-09-23T11:05:00+09:00,,,,",
  ],
  "audits.csv": [
    "U가품,L가\u200B품1,2026-09-25T10:00:00+09:00,ｏｔｈｅｒ,0.1,violation,counterfeit",
  ],
  "appeals.csv": ["A가품,L가품3,2026-09-23T10:00:00+09:00,2026-09-24T10:00:00+09:00,upheld"],
};

/** The folder of the copy (its tns.yaml is the sample's). */
export async function adversarialDataset(name: string): Promise<string> {
  const dir = await tempDir(name);
  cpSync("data", dir, {
    recursive: true,
    filter: (src) => !src.includes("generated") && !src.endsWith(".jsonl"),
  });
  for (const [file, lines] of Object.entries(rows))
    appendFileSync(join(dir, file), lines.map((l) => `${l}\n`).join(""));
  return dir;
}
