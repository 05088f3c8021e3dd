import { table, type ColumnTable } from "arquero";

/**
 * An arquero table of named columns, in order. arquero keeps columns in a plain object, where a
 * column named `__proto__` would set the object's prototype instead of adding a column (its values
 * unreadable, `objects()` throwing); such a column is kept as `__proto___` (one more `_` until the
 * name is free) with a process warning naming `source` and both names.
 * @example columnTable([["listing_id", ["L1"]], ["__proto__", ["x"]]], "data/listings.csv");
 */
export function columnTable(columns: Iterable<[string, unknown[]]>, source: string): ColumnTable {
  const entries = [...columns];
  const taken = new Set(entries.map(([name]) => name));
  const safe = entries.map(([name, values]): [string, unknown[]] => {
    if (name !== "__proto__") return [name, values];
    let renamed = `${name}_`;
    while (taken.has(renamed)) renamed += "_";
    taken.add(renamed);
    process.emitWarning(
      `column "__proto__" of ${source} is renamed "${renamed}": the name is reserved in JavaScript objects; rename the column in the export to keep your own name`,
      { code: "TNS_RESERVED_COLUMN" },
    );
    return [renamed, values];
  });
  return table(new Map(safe));
}
