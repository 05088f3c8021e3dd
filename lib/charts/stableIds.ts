import { createHash } from "node:crypto";

// Plot numbers clip paths, patterns and markers from module-level counters (plot-clip-7), so the
// same chart gets different ids on each render. Ids must also stay unique when several charts share
// one HTML page, hence a hash of the chart's content rather than a per-chart counter.

// Rewrites each url(#id) whose id is renamed; indexOf scanning keeps it linear on label text.
function renameUrlReferences(value: string, mapping: ReadonlyMap<string, string>): string {
  let out = "";
  let kept = 0;
  let at = value.indexOf("url(#");
  while (at >= 0) {
    let end = at + 5;
    while (end < value.length && value[end] !== ")" && !/\s/.test(value[end])) end++;
    const id = value.slice(at + 5, end);
    if (value[end] === ")" && mapping.has(id)) {
      out += value.slice(kept, at) + `url(#${mapping.get(id)})`;
      kept = end + 1;
    }
    // A url(# inside [at, end) would stop at the same place: continue after it.
    at = value.indexOf("url(#", end);
  }
  return out + value.slice(kept);
}

function renameIds(root: Element, mapping: ReadonlyMap<string, string>): void {
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of [...element.attributes]) {
      const { name, value } = attribute;
      const isLink = (name === "href" || name === "xlink:href") && value.startsWith("#");
      if (name === "id" && mapping.has(value)) {
        attribute.value = mapping.get(value)!;
      } else if (isLink && mapping.has(value.slice(1))) {
        attribute.value = `#${mapping.get(value.slice(1))}`;
      } else if (value.includes("url(#")) {
        attribute.value = renameUrlReferences(value, mapping);
      }
    }
  }
}

/**
 * Serialises a rendered chart with its element ids replaced by `<prefix>-<content hash>-<n>`.
 *
 * The same chart always serialises to the same string; different charts get different ids.
 * @example const html = serializeWithStableIds(Plot.plot({ document, marks }), "tns-plot");
 */
export function serializeWithStableIds(root: Element, prefix: string): string {
  const owners = root.querySelectorAll("[id]");
  if (owners.length === 0) return root.outerHTML;
  const ids = [...new Set([...owners].map((element) => element.id))];
  const placeholders = new Map(ids.map((id, i) => [id, `${prefix}-id-${i + 1}`]));
  renameIds(root, placeholders);
  const hash = createHash("sha256").update(root.outerHTML).digest("hex").slice(0, 8);
  const finals = new Map(
    ids.map((_, i) => [`${prefix}-id-${i + 1}`, `${prefix}-${hash}-${i + 1}`]),
  );
  renameIds(root, finals);
  return root.outerHTML;
}
