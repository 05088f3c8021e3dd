import { randomUUID } from "node:crypto";
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
  /** The tns.yaml's environment variables of the user and password, named in messages. */
  userVariable?: string;
  passwordVariable?: string;
}

// A server's codes for a user it does not know or a wrong password.
const SIGN_IN_CODES = new Set(["192", "193", "194", "516"]);

/**
 * A session on a ClickHouse server or cluster over HTTP(S), through the official client
 * (`@clickhouse/client`). Statements and whole-result queries run one at a time in one server
 * session (a `session_id` of its own), so the scratch tables a job writes (CREATE TEMPORARY
 * TABLE) last until it closes and need no write grant on the database; streamed scans run outside
 * it, since a server refuses a second query in a session while one is still streaming
 * (SESSION_IS_LOCKED) and a job writes while it scans. Checks that the server answers and that
 * the user signs in before returning; otherwise throws {@link EngineError} naming the url or the
 * credential variables and the fix.
 * @example const s = await clickHouseServerSession({ url: "http://ch:8123", database: "tns", zone: DEFAULT_ZONE });
 */
export async function clickHouseServerSession(
  options: ClickHouseServerOptions,
): Promise<ClickHouseSession> {
  const { createClient, ClickHouseLogLevel } = await import("@clickhouse/client");
  const client = createClient({
    // The client would log every failed request with its stack to stderr; the kit reports the
    // failure itself, once, as an EngineError or DatasetError naming the fix.
    log: { level: ClickHouseLogLevel.OFF },
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
    const reason = (ping as { error?: Error }).error?.message.split("\n")[0] || "no answer";
    throw new EngineError(
      `engine clickhouse: ${options.url} cannot be reached (${reason}); check clickhouse.url in the tns.yaml and that the server is up, or run with --engine duckdb`,
    );
  }
  // /ping needs no sign-in: a first query checks the credentials.
  try {
    await client.command({ query: "SELECT 1" });
  } catch (error) {
    await client.close();
    const e = error as Error & { code?: string };
    const first = e.message.split("\n")[0].trim().replace(/\.$/, "");
    if (e.code !== undefined && SIGN_IN_CODES.has(e.code)) {
      const from = [
        options.userVariable && `user from ${options.userVariable}`,
        options.passwordVariable && `password from ${options.passwordVariable}`,
      ].filter(Boolean);
      throw new EngineError(
        `engine clickhouse: ${options.url} refused to sign in ${options.username ?? "default"} (${first}); check the ${from.length ? from.join(" and ") : "clickhouse.user_env and clickhouse.password_env variables"}`,
      );
    }
    throw new EngineError(
      `engine clickhouse: ${options.url} answers but cannot run a query (${first}); check the server and clickhouse.database in the tns.yaml`,
    );
  }
  const session_id = randomUUID();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const toResult = (json: { meta?: ClickHouseResult["meta"]; data: unknown[][] }) => ({
    meta: json.meta ?? [],
    rows: json.data,
  });
  return {
    run: (sql) => serial(async () => void (await client.command({ query: sql, session_id }))),
    query: (sql) =>
      serial(async () =>
        toResult(
          await (
            await client.query({ query: sql, format: "JSONCompact", session_id })
          ).json<unknown[]>(),
        ),
      ),
    async *stream(sql) {
      const result = await client.query({
        query: sql,
        format: "JSONCompactEachRowWithNamesAndTypes",
      });
      // The first two rows are the names and the types, in one batch or two.
      const header: string[][] = [];
      let meta: ClickHouseResult["meta"] | undefined;
      for await (const batch of result.stream()) {
        let rows = (batch as { json<T>(): T }[]).map((row) => row.json<unknown[]>());
        if (!meta) {
          const taken = rows.slice(0, 2 - header.length) as string[][];
          header.push(...taken);
          rows = rows.slice(taken.length);
          if (header.length < 2) continue;
          const [names, types] = header;
          meta = names.map((name, i) => ({ name, type: types[i] }));
        }
        if (rows.length) yield { meta, rows };
      }
    },
    close: () => client.close(),
  };
}
