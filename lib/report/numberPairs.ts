/**
 * A notebook parameter written as `name=number` pairs, comma-separated (e.g. the review capacity
 * of each queue, `"counterfeit=6,contact=4"`), as a Map; items without `=` are skipped.
 * @example numberPairs("counterfeit=6, contact=4").get("contact") // 4
 */
export function numberPairs(text: string): Map<string, number> {
  return new Map(
    text
      .split(",")
      .filter((p) => p.includes("="))
      .map((p) => p.split("="))
      .map(([k, v]) => [k.trim(), Number(v)] as [string, number]),
  );
}
