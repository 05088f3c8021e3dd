import { TnsError } from "../../lib/errors/TnsError.js";

const unitMb: Record<string, number> = { "": 1, m: 1, mb: 1, g: 1024, gb: 1024 };

/**
 * A commander option parser for a memory size in MB: `2GB`, `1.5G`, `3000MB` or `3000`.
 * @example .option("--memory <size>", "memory for the run", memorySize("--memory"), 2048)
 */
export const memorySize =
  (option: string) =>
  (text: string): number => {
    const trimmed = text.trim();
    let end = 0;
    while (end < trimmed.length && "0123456789.".includes(trimmed[end])) end++;
    const value = Number(trimmed.slice(0, end));
    const unit = unitMb[trimmed.slice(end).trim().toLowerCase()];
    if (end > 0 && Number.isFinite(value) && value > 0 && unit !== undefined)
      return Math.floor(value * unit);
    throw new TnsError(
      `${option} ${JSON.stringify(text)}: not a memory size; write e.g. ${option} 2GB or ${option} 3000MB`,
    );
  };
