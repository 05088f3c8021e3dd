import { EngineError } from "./EngineError.js";
import {
  outputSettings,
  type ClickHouseResult,
  type ClickHouseSession,
} from "./ClickHouseSession.js";

/** Where a ClickHouse server is and how to sign in: the tns.yaml's `clickhouse` block, resolved. */
export interface ClickHouseServerOptions {
  url: string;
  database: string;
  username?: string;
  password?: string;
  /** The dataset's zone: naive times are read and days cut in it. */
  zone: string;
}

/**
 * A session on a ClickHouse server or cluster over HTTP(S), through the official client
 * (`@clickhouse/client`). Checks the server answers before returning; throws
 * {@link EngineError} naming the url and the reason when it does not.
 * @example const s = await clickHouseServerSession({ url: "http://ch:8123", database: "tns", zone: DEFAULT_ZONE });
 */
export async function clickHouseServerSession(
  options: ClickHouseServerOptions,
): Promise<ClickHouseSession> {
  const { createClient } = await import("@clickhouse/client");
  const client = createClient({
    url: options.url,
    database: options.database,
    username: options.username,
    password: options.password,
    request_timeout: 600_000,
    clickhouse_settings: {
      ...(outputSettings as Record<string, never>),
      session_timezone: options.zone,
    },
  });
  const ping = await client.ping();
  if (!ping.success) {
    await client.close();
    const reason = (ping as { error?: Error }).error?.message.split("\n")[0] ?? "no answer";
    throw new EngineError(
      `engine clickhouse: ${options.url} cannot be reached (${reason}); check clickhouse.url in the tns.yaml and that the server is up, or run with --engine duckdb`,
    );
  }
  const toResult = (json: { meta?: ClickHouseResult["meta"]; data: unknown[][] }) => ({
    meta: json.meta ?? [],
    rows: json.data,
  });
  return {
    run: async (sql) => void (await client.command({ query: sql })),
    query: async (sql) =>
      toResult(await (await client.query({ query: sql, format: "JSONCompact" })).json<unknown[]>()),
    async *stream(sql) {
      const result = await client.query({
        query: sql,
        format: "JSONCompactEachRowWithNamesAndTypes",
      });
      let meta: ClickHouseResult["meta"] | undefined;
      for await (const batch of result.stream()) {
        let rows = (batch as { json<T>(): T }[]).map((row) => row.json<unknown[]>());
        if (!meta) {
          const [names, types] = rows as string[][];
          meta = names.map((name, i) => ({ name, type: types[i] }));
          rows = rows.slice(2);
        }
        if (rows.length) yield { meta, rows };
      }
    },
    close: () => client.close(),
  };
}
