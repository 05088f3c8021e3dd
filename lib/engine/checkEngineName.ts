import { EngineError } from "./EngineError.js";
import { engineNames, isEngineName, type EngineName } from "./EngineName.js";

/**
 * An engine name checked: returns it, or throws {@link EngineError} naming where it came from
 * (`--engine`, a tns.yaml, TNS_ENGINE) and the engines there are.
 * @example checkEngineName("chdb", "--engine") // "chdb"
 */
export function checkEngineName(value: unknown, where: string): EngineName {
  if (isEngineName(value)) return value;
  throw new EngineError(
    `${where}: engine ${JSON.stringify(value)} is not known; use one of ${engineNames.join(", ")}`,
  );
}
