import type { DatasetDefinition } from "../dataset/DatasetDefinition.js";
import type { ClickHouseServerOptions } from "./clickHouseServerSession.js";
import { EngineError } from "./EngineError.js";

/**
 * The server options of a definition with engine clickhouse: its url and database, and the user
 * and password read from the environment variables the tns.yaml names (a named variable that is
 * not set is an {@link EngineError}, so a job never signs in as the wrong user).
 * @example clickHouseServerOptions(definition) // { url: "https://ch:8443", database: "tns", username: "…", … }
 */
export function clickHouseServerOptions(definition: DatasetDefinition): ClickHouseServerOptions {
  const server = definition.clickhouse;
  if (!server)
    throw new EngineError(
      `engine clickhouse: ${definition.file} has no clickhouse: block; add clickhouse: { url: http://host:8123, database: <db> } to it`,
    );
  const secret = (variable: string | undefined, key: string) => {
    if (variable === undefined) return undefined;
    const value = process.env[variable];
    if (value === undefined)
      throw new EngineError(
        `engine clickhouse: clickhouse.${key} in ${definition.file} names the environment variable ${variable}, which is not set; export ${variable}=… before running`,
      );
    return value;
  };
  return {
    url: server.url,
    database: server.database,
    username: secret(server.userVariable, "user_env"),
    password: secret(server.passwordVariable, "password_env"),
    zone: definition.zone,
    userVariable: server.userVariable,
    passwordVariable: server.passwordVariable,
  };
}
