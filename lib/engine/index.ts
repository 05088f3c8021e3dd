// engine: the SQL engines behind a dataset (DuckDB, embedded ClickHouse, a ClickHouse server) and the one
// place per engine where their SQL differs.
export { type EngineName, engineNames, isEngineName } from "./EngineName.js";
export { checkEngineName } from "./checkEngineName.js";
export { EngineError } from "./EngineError.js";
export type { SqlDialect } from "./SqlDialect.js";
export { duckDbDialect } from "./duckDbDialect.js";
export { clickHouseDialect } from "./clickHouseDialect.js";
export { ClickHouseDataset } from "./ClickHouseDataset.js";
export { type ClickHouseServerOptions } from "./clickHouseServerSession.js";
export { backtestInEngine } from "./backtestInEngine.js";
