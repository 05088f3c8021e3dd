import { TnsError } from "../../lib/errors/TnsError.js";

/**
 * A commander option parser for a whole number ≥ 1 (`-j abc` used to run nothing and exit 0).
 * @example .option("-j, --jobs <n>", "notebooks run at once", wholeNumber("--jobs"), 2)
 */
export const wholeNumber =
  (option: string) =>
  (text: string): number => {
    const value = Number(text);
    if (/^\s*\d+\s*$/.test(text) && value >= 1) return value;
    throw new TnsError(
      `${option} ${JSON.stringify(text)}: not a whole number ≥ 1; write e.g. ${option} 2`,
    );
  };
