import { EngineError } from "./EngineError.js";
import {
  outputSettings,
  type ClickHouseResult,
  type ClickHouseSession,
} from "./ClickHouseSession.js";

type ChdbModule = typeof import("chdb");
type ChdbSession = InstanceType<ChdbModule["Session"]>;

let shared: { session: ChdbSession; queue: Promise<unknown> } | undefined;

/**
 * A session on the embedded ClickHouse (the npm package `chdb`, ClickHouse in-process; no
 * server). The engine is one per process and starts once (about a second); each caller works in
 * its own database, selected before each of its statements, and statements run one at a time.
 * @example const session = await chdbSession("tns_1"); await session.query("SELECT 1");
 */
export async function chdbSession(database: string): Promise<ClickHouseSession> {
  if (!shared) {
    let chdb: ChdbModule;
    try {
      chdb = await import("chdb");
    } catch (error) {
      throw new EngineError(
        `engine chdb: the embedded ClickHouse (npm package chdb) cannot be loaded (${(error as Error).message.split("\n")[0]}); run npm ci, or use --engine duckdb`,
        { cause: error },
      );
    }
    const session = new chdb.Session();
    shared = { session, queue: Promise.resolve() };
    for (const [key, value] of Object.entries(outputSettings))
      await session.queryAsync(`SET ${key} = ${typeof value === "number" ? value : `'${value}'`}`);
    process.once("exit", () => shared?.session.close());
  }
  const state = shared;
  const { session } = state;
  await session.queryAsync(`CREATE DATABASE IF NOT EXISTS ${database}`);
  // One statement at a time, each after `USE` of this caller's database: datasets opened side by
  // side in one process never see each other's tables.
  const acquire = async (): Promise<() => void> => {
    const before = state.queue;
    let release!: () => void;
    state.queue = new Promise<void>((resolve) => (release = resolve));
    await before;
    await session.queryAsync(`USE ${database}`);
    return release;
  };
  const serial = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  const parse = (text: string): ClickHouseResult => {
    // A statement (CREATE, INSERT, DROP) answers nothing: an empty result.
    if (!text.trim()) return { meta: [], rows: [] };
    const json = JSON.parse(text) as { meta: ClickHouseResult["meta"]; data: unknown[][] };
    return { meta: json.meta, rows: json.data };
  };
  return {
    run: (sql) => serial(async () => void (await session.queryAsync(sql))),
    query: (sql) =>
      serial(async () => parse((await session.queryAsync(sql, { format: "JSONCompact" })).text())),
    async *stream(sql) {
      // The stream holds the session until its last chunk is read.
      const release = await acquire();
      try {
        // Each chunk of a ...WithNamesAndTypes stream repeats the header: read the header once
        // from an empty result, then stream headerless rows.
        const head = await session.queryAsync(`SELECT * FROM (${sql}) LIMIT 0`, {
          format: "JSONCompact",
        });
        const { meta } = parse(head.text());
        const stream = session.queryStream(sql, { format: "JSONCompactEachRow" });
        for await (const chunk of stream) {
          const lines = chunk.text().split("\n").filter(Boolean);
          const rows = lines.map((line) => JSON.parse(line) as unknown[]);
          if (rows.length) yield { meta, rows };
        }
      } finally {
        release();
      }
    },
    close: () =>
      serial(async () => {
        await session.queryAsync(`DROP DATABASE IF EXISTS ${database}`);
        await session.queryAsync("USE default");
      }),
  };
}
