// The one place the re2 package is imported: a CommonJS module with its own declarations.
import RE2 from "re2";

/** The RE2 constructor (linear-time regular expressions, no backtracking). */
export const Re2: typeof RE2 = RE2;
/** A compiled set of RE2 patterns matched in one pass. */
export type RE2Set = InstanceType<typeof RE2.Set>;
