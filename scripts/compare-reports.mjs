// Compares two `tns report` output folders page by page with the parts a code-only change may
// alter taken out: each code cell's source (<details class="code">), the cell sections around the
// outputs with the newline that joins them (cell numbers and boundaries move when cells are split or
// merged) and the recorded git commit.
// Usage: node scripts/compare-reports.mjs <before-dir> <after-dir>; exits 1 when a page differs.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: node scripts/compare-reports.mjs <before-dir> <after-dir>");
  process.exit(2);
}

/** A page without its code: what a reader of the report sees. */
const withoutCode = (html) =>
  html
    .replace(/<details class="code"><summary>[\s\S]*?<\/code><\/pre><\/details>/g, "")
    // The newline that joins one cell's section to the next goes too: splitting a cell adds one.
    .replace(/<section class="cell [^"]*" id="cell-\d+">|<\/section>\n?/g, "")
    // The commit line, in either language of the report (en "Code: git", ko "코드: git").
    .replace(
      /(Code|코드): git <code>[0-9a-f]{40}( \(modified\))?<\/code>/g,
      "$1: git <code>(commit)</code>",
    );

let differing = 0;
const pages = (await readdir(before)).filter((f) => /^\d.*\.html$/.test(f)).sort();
for (const page of pages) {
  const a = withoutCode(await readFile(join(before, page), "utf8"));
  const text = await readFile(join(after, page), "utf8").catch(() => undefined);
  if (text === undefined) {
    differing++;
    console.log(`MISSING    ${page} in ${after}`);
    continue;
  }
  const b = withoutCode(text);
  if (a === b) {
    console.log(`same       ${page}`);
    continue;
  }
  differing++;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  console.log(`DIFFERENT  ${page} at character ${i}:`);
  console.log(`  before: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 160))}`);
  console.log(`  after:  ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 160))}`);
}
console.log(`${pages.length - differing} of ${pages.length} pages the same without their code`);
process.exit(differing ? 1 : 0);
