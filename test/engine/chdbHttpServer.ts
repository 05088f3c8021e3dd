// A test stand-in for a ClickHouse server: the real ClickHouse engine (the npm package chdb, running
// in this process) behind a minimal HTTP front that answers what @clickhouse/client sends. It is
// NOT a ClickHouse server: no users file, no grants, no quotas, no native protocol, one node, no
// cluster; results are computed whole and then sent (a server streams them); the URL's settings
// are applied with SET in the request's session, so within a session_id they stay set for the
// later queries of that session (a server applies them to one query; the kit sends the same
// settings every time, so this does not change its results). What it does reproduce, because the
// kit depends on it: the SQL is run as sent (with the `FORMAT` the client appends), `database`,
// `default_format`, `session_id` (one chdb Session per id: temporary tables and SET persist within
// it, and a second request while one runs is refused with SESSION_IS_LOCKED, as a server does),
// sessionless queries in a fresh session each, `param_*` query parameters, HTTP Basic and
// X-ClickHouse-User/-Key sign-in checked against one user (AUTHENTICATION_FAILED otherwise),
// errors as ClickHouse's `Code: N. DB::Exception: … (NAME) (version …)` text with the
// X-ClickHouse-Exception-Code header and the server's HTTP status for that code, `/ping`, and
// gzip when the client enables HTTP compression.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Session } from "chdb";

/** Options of {@link startChdbHttpServer}. */
export interface ChdbHttpServerOptions {
  /** The one user that may sign in. Default "default". */
  user?: string;
  /** Its password. Default "" (none). */
  password?: string;
}

/** A running {@link startChdbHttpServer}. */
export interface ChdbHttpServer {
  /** Its base URL, e.g. `http://127.0.0.1:38123`. */
  url: string;
  /** Runs statements as an administrator would (loading tables), bypassing HTTP. */
  admin(sql: string): Promise<string>;
  /** The session ids the clients opened so far (each a chdb Session while it lives). */
  sessionIds(): string[];
  /** Stops listening and closes every session. */
  close(): Promise<void>;
}

// Parameters of the HTTP interface that are not settings.
const NOT_SETTINGS = new Set([
  "query",
  "database",
  "default_format",
  "session_id",
  "session_timeout",
  "session_check",
  "query_id",
  "user",
  "password",
  "quota_key",
  "role",
  "compress",
  "decompress",
  "buffer_size",
  "wait_end_of_query",
]);

// The HTTP status a server gives some exception codes (ClickHouse's exceptionCodeToHTTPStatus).
const STATUS: Record<number, number> = {
  516: 403, // AUTHENTICATION_FAILED
  62: 400, // SYNTAX_ERROR
  27: 400, // CANNOT_PARSE_INPUT_ASSERTION_FAILED
  36: 400, // BAD_ARGUMENTS
  53: 400, // TYPE_MISMATCH
  60: 404, // UNKNOWN_TABLE
  46: 404, // UNKNOWN_FUNCTION
  47: 404, // UNKNOWN_IDENTIFIER
  81: 404, // UNKNOWN_DATABASE
  115: 404, // UNKNOWN_SETTING
  73: 404, // UNKNOWN_FORMAT
};

interface Held {
  session: Session;
  busy: boolean;
  timer?: NodeJS.Timeout;
}

/**
 * Starts the HTTP front on a free port of 127.0.0.1 over a fresh chdb data directory.
 * @example const ch = await startChdbHttpServer({ user: "analyst", password: "pw" }); createClient({ url: ch.url, … })
 */
export async function startChdbHttpServer(
  options: ChdbHttpServerOptions = {},
): Promise<ChdbHttpServer> {
  const { user = "default", password = "" } = options;
  const dir = mkdtempSync(join(tmpdir(), "chdb-http-"));
  // Sessions on one data path share its databases and tables but not their temporary tables,
  // settings or current database: what server sessions share and keep apart.
  const adminSession = new Session(dir);
  const version = (await adminSession.queryAsync("SELECT version()", { format: "TSV" }))
    .text()
    .trim();
  const sessions = new Map<string, Held>();
  const opened = new Set<string>();

  const exception = (code: number, name: string, text: string) =>
    Object.assign(new Error(`Code: ${code}. DB::Exception: ${text}. (${name})`), {
      clickhouseCode: code,
    });

  const signIn = (request: IncomingMessage, params: URLSearchParams) => {
    let name = request.headers["x-clickhouse-user"] as string | undefined;
    let key = request.headers["x-clickhouse-key"] as string | undefined;
    const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? "");
    if (basic) {
      const decoded = Buffer.from(basic[1], "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      name = decoded.slice(0, colon);
      key = decoded.slice(colon + 1);
    }
    name ??= params.get("user") ?? "default";
    key ??= params.get("password") ?? "";
    if (name !== user || key !== password)
      throw exception(
        516,
        "AUTHENTICATION_FAILED",
        `${name}: Authentication failed: password is incorrect, or there is no user with such name`,
      );
  };

  const sessionFor = (params: URLSearchParams): { held: Held; temporary: boolean } => {
    const id = params.get("session_id");
    if (!id) return { held: { session: new Session(dir), busy: false }, temporary: true };
    let held = sessions.get(id);
    if (!held) {
      if (params.get("session_check") === "1")
        throw exception(372, "SESSION_NOT_FOUND", `Session ${id} not found`);
      held = { session: new Session(dir), busy: false };
      sessions.set(id, held);
      opened.add(id);
    }
    if (held.busy)
      throw exception(373, "SESSION_IS_LOCKED", `Session ${id} is locked by a concurrent client`);
    // A session ends after session_timeout idle seconds (60 by default), as on a server.
    clearTimeout(held.timer);
    const idle = Number(params.get("session_timeout") ?? 60) * 1000;
    held.timer = setTimeout(() => {
      sessions.delete(id);
      held!.session.close();
    }, idle);
    held.timer.unref();
    return { held, temporary: false };
  };

  const literal = (value: string) => `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;

  const answer = async (request: IncomingMessage, response: ServerResponse, body: string) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/ping") return send(response, 200, "Ok.\n", "text/html; charset=UTF-8");
    const params = url.searchParams;
    const sql = [params.get("query"), request.method === "POST" ? body : ""]
      .filter((part) => part)
      .join("\n");
    if (!sql) return send(response, 200, "Ok.\n", "text/html; charset=UTF-8");
    signIn(request, params);
    const { held, temporary } = sessionFor(params);
    held.busy = true;
    try {
      const { session } = held;
      await session.queryAsync(`USE ${params.get("database") ?? "default"}`);
      const queryParams: Record<string, string> = {};
      for (const [key, value] of params) {
        if (key.startsWith("param_")) queryParams[key.slice(6)] = value;
        else if (!NOT_SETTINGS.has(key)) await session.queryAsync(`SET ${key} = ${literal(value)}`);
      }
      const format = params.get("default_format") ?? "TabSeparated";
      const result = Object.keys(queryParams).length
        ? await session.queryBindAsync(sql, queryParams, { format })
        : await session.queryAsync(sql, { format });
      const named = /\bFORMAT\s+(\w+)\s*;?\s*$/i.exec(sql)?.[1] ?? format;
      response.setHeader("X-ClickHouse-Format", named);
      response.setHeader(
        "X-ClickHouse-Summary",
        JSON.stringify({
          read_rows: String(result.rowsRead),
          read_bytes: String(result.bytesRead),
          elapsed_ns: String(Math.round(result.elapsed * 1e9)),
        }),
      );
      const type = /^JSON/i.test(named)
        ? "application/json; charset=UTF-8"
        : /^(TabSeparated|TSV)/i.test(named)
          ? "text/tab-separated-values; charset=UTF-8"
          : "text/plain; charset=UTF-8";
      const gzip =
        params.get("enable_http_compression") === "1" &&
        /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
      if (gzip) response.setHeader("Content-Encoding", "gzip");
      send(response, 200, gzip ? gzipSync(result.bytes()) : Buffer.from(result.bytes()), type);
    } finally {
      held.busy = false;
      if (temporary) held.session.close();
    }
  };

  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      response.setHeader("X-ClickHouse-Server-Display-Name", "chdb-http-shim");
      const queryId = new URL(request.url ?? "/", "http://localhost").searchParams.get("query_id");
      if (queryId) response.setHeader("X-ClickHouse-Query-Id", queryId);
      answer(request, response, body).catch((error: unknown) => {
        const e = error as Error & { clickhouseCode?: number };
        const code = e.clickhouseCode ?? 1002;
        const text = /^Code: \d+\. DB::Exception: /.test(e.message)
          ? e.message
          : `Code: ${code}. DB::Exception: ${e.message}. (UNKNOWN_EXCEPTION)`;
        response.setHeader("X-ClickHouse-Exception-Code", String(code));
        send(response, STATUS[code] ?? 500, `${text} (version ${version})\n`, "text/plain");
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    admin: async (sql) => (await adminSession.queryAsync(sql, { format: "TSV" })).text(),
    sessionIds: () => [...opened],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const held of sessions.values()) {
        clearTimeout(held.timer);
        held.session.close();
      }
      sessions.clear();
      adminSession.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string) {
  response.statusCode = status;
  response.setHeader("Content-Type", type);
  response.end(body);
}
