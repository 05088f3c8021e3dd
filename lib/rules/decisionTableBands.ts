import type { DecisionTableRow } from "./DecisionTable.js";
import type { Bound, FieldConstraint } from "./rowConstraints.js";

/** A gap or an overlap between two bands of one numeric or time column. */
export interface DecisionTableBand {
  kind: "gap" | "overlap";
  field: string;
  /** The interval's ends as words ("from 100000", "below 200000"). */
  from: string;
  to: string;
  /** The two rows, in band order. */
  rows: [DecisionTableRow, DecisionTableRow];
  cells: string[];
}

/**
 * The gaps and overlaps between bands of one numeric or time field (`price_krw >=`, `price_krw <`)
 * among rows of one policy that are otherwise alike (same other conditions and normalisation):
 * the tiers a policy owner writes, e.g. block under 50,000 and review from 50,000 to 150,000.
 * Outer ends are open-ended by design and are not gaps.
 * @example decisionTableBands(rows, rows.map((r) => rowConstraints(r, lists)));
 */
export function decisionTableBands(
  rows: readonly DecisionTableRow[],
  constraints: readonly Map<string, FieldConstraint>[],
): DecisionTableBand[] {
  const groups = new Map<string, { row: DecisionTableRow; c: FieldConstraint }[]>();
  rows.forEach((row, i) => {
    for (const c of constraints[i].values()) {
      if (c.rangeCells.length === 0 || c.allowed || c.excluded.size || c.text.length || c.isNull)
        continue;
      const others = row.conditions
        .filter((k) => !(k.field === c.field && ["<", "<=", ">", ">="].includes(k.operator)))
        .map((k) => `${k.field} ${k.operator} ${JSON.stringify(k.condition)}`)
        .sort();
      const key = JSON.stringify([row.policy, c.field, row.normalize, others]);
      groups.set(key, [...(groups.get(key) ?? []), { row, c }]);
    }
  });
  const out: DecisionTableBand[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const time = members.some((m) =>
      m.row.conditions.some(
        (k) =>
          k.field === m.c.field &&
          k.condition.kind === "value" &&
          typeof k.condition.value === "string",
      ),
    );
    const show = (v: number) => (time ? new Date(v).toISOString() : String(v));
    const sorted = [...members].sort(
      (a, b) =>
        lowKey(a.c.low) - lowKey(b.c.low) ||
        Number(a.c.low?.open ?? 0) - Number(b.c.low?.open ?? 0),
    );
    let reach = sorted[0];
    for (const next of sorted.slice(1)) {
      const high = reach.c.high;
      const low = next.c.low;
      const cells = [...reach.c.rangeCells, ...next.c.rangeCells];
      const field = next.c.field;
      const pair: [DecisionTableRow, DecisionTableRow] = [reach.row, next.row];
      if (
        !high ||
        !low ||
        low.value < high.value ||
        (low.value === high.value && !low.open && !high.open)
      ) {
        const to = minHigh(high, next.c.high);
        // A band inside another is a subsumed row, and is reported as such.
        if (within(next.c, reach.c) || within(reach.c, next.c)) continue;
        out.push({
          kind: "overlap",
          field,
          from: low ? `${low.open ? "above" : "from"} ${show(low.value)}` : "from the lowest value",
          to: to ? `${to.open ? "below" : "up to"} ${show(to.value)}` : "the highest value",
          rows: pair,
          cells,
        });
      } else if (low.value > high.value || (low.open && high.open)) {
        out.push({
          kind: "gap",
          field,
          from: `${high.open ? "from" : "above"} ${show(high.value)}`,
          to: `${low.open ? "up to" : "below"} ${show(low.value)}`,
          rows: pair,
          cells,
        });
      }
      if (!next.c.high || (high && next.c.high.value > high.value)) reach = next;
    }
  }
  return out;
}

const lowKey = (b: Bound | undefined) => (b ? b.value : -Infinity);

/** Whether interval `inner` lies within `outer` (a missing bound is infinite). */
function within(inner: FieldConstraint, outer: FieldConstraint): boolean {
  const lowOk =
    !outer.low ||
    (inner.low !== undefined &&
      (inner.low.value > outer.low.value ||
        (inner.low.value === outer.low.value && (inner.low.open || !outer.low.open))));
  const highOk =
    !outer.high ||
    (inner.high !== undefined &&
      (inner.high.value < outer.high.value ||
        (inner.high.value === outer.high.value && (inner.high.open || !outer.high.open))));
  return lowOk && highOk;
}

function minHigh(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.value < b.value || (a.value === b.value && a.open) ? a : b;
}
