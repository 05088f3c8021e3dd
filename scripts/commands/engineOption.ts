import { Option } from "commander";
import { engineOverrideVariable } from "../../lib/dataset/Dataset.js";
import { checkEngineName } from "../../lib/engine/checkEngineName.js";
import { engineNames } from "../../lib/engine/EngineName.js";

/**
 * `--engine <name>`: runs the command on this engine instead of the dataset's (with --dataset or a
 * plain --data file). Parsing sets TNS_ENGINE, which every dataset the command opens — and the
 * notebooks `tns report` runs — reads; an unknown name is an EngineError (exit 2).
 * @example program.command("backtest").addOption(engineOption())
 */
export function engineOption(): Option {
  return new Option(
    "--engine <name>",
    `where the work runs, instead of the dataset's engine: ${engineNames.join(", ")}`,
  ).argParser((value: string) => {
    const engine = checkEngineName(value, "--engine");
    process.env[engineOverrideVariable] = engine;
    return engine;
  });
}
