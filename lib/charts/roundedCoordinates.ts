import type { RenderFunction } from "@observablehq/plot";

const GEOMETRY = ["x", "y", "width", "height", "d"];

// Rounds every decimal number in an attribute value to one decimal place; a linear scan of text
// Plot itself wrote (numbers, commas, path commands).
function roundNumbers(value: string): string {
  let out = "";
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if ((c >= "0" && c <= "9") || c === "." || (c === "-" && /[\d.]/.test(value[i + 1] ?? ""))) {
      let end = i + 1;
      while (end < value.length && /[\d.]/.test(value[end])) end++;
      if (value[end] === "e") {
        end += /[+-]/.test(value[end + 1] ?? "") ? 2 : 1;
        while (end < value.length && /\d/.test(value[end])) end++;
      }
      const n = Math.round(Number(value.slice(i, end)) * 10) / 10;
      out += String(Object.is(n, -0) ? 0 : n);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * A Plot render transform that rounds the geometry of a mark's elements to 0.1 px: invisible hover
 * marks (one per threshold) are otherwise written with 15 decimals, which made a tuning report's
 * hover bands 110 kB; a tenth of a pixel is below what a pointer can tell apart.
 * @example Plot.rect(bands, { x1: "x1", x2: "x2", render: roundedCoordinates })
 */
export const roundedCoordinates: RenderFunction = function (
  index,
  scales,
  values,
  dims,
  ctx,
  next,
) {
  const g = next!(index, scales, values, dims, ctx);
  if (g === null) return g;
  for (const element of [g, ...g.querySelectorAll("*")])
    for (const name of GEOMETRY) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, roundNumbers(value));
    }
  return g;
};
