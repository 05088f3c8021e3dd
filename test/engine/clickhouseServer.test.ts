// engine: clickhouse, run for real: the kit's server path (@clickhouse/client over HTTP, the
// tns.yaml's clickhouse block, credentials from environment variables, `sql:` tables over the
// server's own tables) against the real ClickHouse engine (chdb) behind a minimal HTTP front
// (chdbHttpServer.ts — a test stand-in, not a ClickHouse server). The sample is loaded into the
// front's engine as MergeTree tables (model_scores under other column names, mapped back in the
// tns.yaml), and `tns backtest`, `metrics`, `kpi` and `report` run as a user runs them: the CLI in
// a child process, signing in from environment variables; every number equals `--engine duckdb`
// on the sample's files.
import { execFile } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { ClickHouseLogLevel, createClient } from "@clickhouse/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuckDbDataset } from "../../lib/dataset/DuckDbDataset.js";
import { kitTableNames } from "../../lib/dataset/kitTables.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { periodOfInterest } from "../../lib/dataset/periodOfInterest.js";
import { readIncidents } from "../../lib/dataset/readIncidents.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { shadowRulesReadout } from "../../lib/rules/shadowRulesReadout.js";
import { withShadowRules } from "../../lib/rules/withShadowRules.js";
import { tempDir } from "../report/notebookFixture.js";
import { startChdbHttpServer, type ChdbHttpServer } from "./chdbHttpServer.js";
import { engineNotebooks } from "./engineNotebooks.js";

const USER = "tns_analyst";
const PASSWORD = "s3cret-파스워드";
const credentials = { TNS_CH_USER: USER, TNS_CH_PASSWORD: PASSWORD };
const tables = kitTableNames;
const data = resolve("data");

/** The server dataset's tns.yaml: its tables on the server; rules, lists and KPIs beside it. */
function serverYaml(url: string): string {
  const sql = (t: string) =>
    t === "model_scores"
      ? `  model_scores:\n    sql: "SELECT item_id, model_name, p_violation, scored_at FROM ml.scores"\n    columns: { listing_id: item_id, model: model_name, score: p_violation }\n`
      : `  ${t}: { sql: "SELECT * EXCEPT (ingest_seq), ingest_seq AS tns_row FROM marketplace.${t}" }\n`;
  return `name: sample marketplace
zone: Asia/Seoul
engine: clickhouse
clickhouse:
  url: ${url}
  database: marketplace
  user_env: TNS_CH_USER
  password_env: TNS_CH_PASSWORD
tables:
${tables.map(sql).join("")}lists: lists
rules: rules/production-rules.yaml
candidates: rules/candidate-rules.yaml
kpis: kpis.yaml
incidents: incidents.json
`;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function tns(args: string[], env: Record<string, string | undefined> = credentials) {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.TNS_ENGINE;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["bin/tns.js", ...args],
      { env: childEnv, maxBuffer: 1 << 26 },
    );
    return { code: 0, stdout, stderr } as Run;
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr } as Run;
  }
}

/** Parses a --json - result, failing with the command's stderr if it did not succeed. */
function json(run: Run): unknown {
  expect(run.stderr.includes("    at ") ? run.stderr : run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe("engine clickhouse (through @clickhouse/client, on chdb behind an HTTP front) equals DuckDB", () => {
  let ch: ChdbHttpServer;
  let dir: string;
  let yaml: string;

  beforeAll(async () => {
    ch = await startChdbHttpServer({ user: USER, password: PASSWORD });
    dir = resolve(await tempDir("clickhouse-server"));
    const duck = (await openDataset("data/tns.yaml", { engine: "duckdb" })) as DuckDbDataset;
    try {
      await ch.admin("CREATE DATABASE marketplace");
      await ch.admin("CREATE DATABASE ml");
      for (const t of tables) {
        const file = join(dir, `${t}.parquet`);
        await duck.exportParquet(t, file);
        // Server tables keep no file order (MergeTree with no sorting key); most carry an
        // ingestion sequence, which the tns.yaml gives the kit as tns_row. ml.scores has none:
        // the kit numbers its rows in the order of their columns.
        await ch.admin(
          t === "model_scores"
            ? `CREATE TABLE ml.scores ENGINE = MergeTree ORDER BY tuple() AS SELECT listing_id AS item_id, model AS model_name, score AS p_violation, scored_at FROM file('${file}', Parquet)`
            : `CREATE TABLE marketplace.${t} ENGINE = MergeTree ORDER BY tuple() AS SELECT * EXCEPT (tns_row), tns_row AS ingest_seq FROM file('${file}', Parquet)`,
        );
      }
    } finally {
      duck.close();
    }
    for (const f of ["lists", "rules", "kpis.yaml", "incidents.json"])
      cpSync(join(data, f), join(dir, f), { recursive: true });
    yaml = join(dir, "tns.yaml");
    writeFileSync(yaml, serverYaml(ch.url));
  }, 300_000);

  afterAll(() => ch?.close());

  it("the front is the real engine: the sample's rows are on it", async () => {
    const n = Number(await ch.admin("SELECT count() FROM marketplace.listings"));
    expect(n).toBeGreaterThan(1000);
  });

  it("the front answers as a server does: sign-in, errors, sessions", async () => {
    const client = createClient({
      url: ch.url,
      username: USER,
      password: PASSWORD,
      log: { level: ClickHouseLogLevel.OFF },
    });
    const wrong = createClient({
      url: ch.url,
      username: USER,
      password: "wrong",
      log: { level: ClickHouseLogLevel.OFF },
    });
    try {
      await expect(wrong.query({ query: "SELECT 1" })).rejects.toMatchObject({
        code: "516",
        type: "AUTHENTICATION_FAILED",
      });
      const query = (sql: string, session_id?: string) =>
        client.query({ query: sql, format: "JSONEachRow", session_id }).then((r) => r.json());
      await expect(query("SELECT * FROM nowhere")).rejects.toMatchObject({
        code: "60",
        type: "UNKNOWN_TABLE",
      });
      // A temporary table lives in its session only.
      await client.command({ query: "CREATE TEMPORARY TABLE t (x Int32)", session_id: "a" });
      await client.command({ query: "INSERT INTO t VALUES (7)", session_id: "a" });
      expect(await query("SELECT x FROM t", "a")).toEqual([{ x: 7 }]);
      await expect(query("SELECT x FROM t", "b")).rejects.toMatchObject({ code: "60" });
      await expect(query("SELECT x FROM t")).rejects.toMatchObject({ code: "60" });
      // A second query while one runs in the same session is refused.
      const busy = query("SELECT sleep(1)", "a");
      await new Promise((r) => setTimeout(r, 200));
      await expect(query("SELECT 1", "a")).rejects.toMatchObject({ type: "SESSION_IS_LOCKED" });
      await busy;
    } finally {
      await client.close();
      await wrong.close();
    }
    // The raw reply: ClickHouse's status, header and text; X-ClickHouse-User/-Key are read.
    const raw = await fetch(`${ch.url}/?query=SELECT%201`, {
      headers: { "X-ClickHouse-User": USER, "X-ClickHouse-Key": "wrong" },
    });
    expect(raw.status).toBe(403);
    expect(raw.headers.get("x-clickhouse-exception-code")).toBe("516");
    expect(await raw.text()).toMatch(
      /^Code: 516\. DB::Exception: tns_analyst: Authentication failed: .*\(AUTHENTICATION_FAILED\) \(version \d+\./,
    );
    // (The password is not Latin-1, which a header cannot carry: the URL's user and password.)
    const ok = await fetch(
      `${ch.url}/?query=SELECT%201&user=${USER}&password=${encodeURIComponent(PASSWORD)}`,
    );
    expect(await ok.text()).toBe("1\n");
    expect(await (await fetch(`${ch.url}/ping`)).text()).toBe("Ok.\n");
  });

  it("tns backtest gives the same hits, precision, recall and segments", async () => {
    const server = json(await tns(["backtest", "--dataset", yaml, "--json", "-"])) as Record<
      string,
      unknown
    >;
    const duck = json(
      await tns(["backtest", "--dataset", "data/tns.yaml", "--engine", "duckdb", "--json", "-"]),
    ) as Record<string, unknown>;
    // A server's examples are any first hits, not the first in row order (README says so): as
    // many, not the same. `data` and `rules_file` name files, `seconds` the time taken.
    const noExamples = (v: unknown): unknown =>
      JSON.parse(
        JSON.stringify(v, (k, x: unknown) =>
          k === "examples" && Array.isArray(x)
            ? x.length
            : ["data", "rules_file", "seconds"].includes(k)
              ? undefined
              : x,
        ),
      );
    expect(noExamples(server)).toEqual(noExamples(duck));
    expect(JSON.stringify(duck)).toMatch(/"hits":[1-9]/);
  }, 300_000);

  it("tns metrics gives the same curves, AP and ROC AUC", async () => {
    const args = ["metrics", "--where", "model=counterfeit_v4", "--json", "-"];
    const server = json(await tns([...args, "--dataset", yaml]));
    const duck = json(await tns([...args, "--dataset", "data/tns.yaml", "--engine", "duckdb"]));
    expect(server).toEqual(duck);
    expect(JSON.stringify(duck)).toMatch(/"average_precision":0\.\d/);
  }, 300_000);

  it("tns kpi gives the same value for every KPI, period and dimension", async () => {
    const out = (name: string) => join(dir, `${name}.json`);
    const a = await tns(["kpi", "--dataset", yaml, "--json", out("kpi-server")]);
    const b = await tns([
      "kpi",
      ...["--dataset", "data/tns.yaml", "--engine", "duckdb", "--json", out("kpi-duck")],
    ]);
    expect([a.code, a.stderr]).toEqual([b.code, b.stderr]);
    expect(a.stdout).toBe(b.stdout);
    const duck = JSON.parse(readFileSync(out("kpi-duck"), "utf8")) as unknown;
    expect(JSON.parse(readFileSync(out("kpi-server"), "utf8"))).toEqual(duck);
    expect(JSON.stringify(duck).length).toBeGreaterThan(1000);
  }, 300_000);

  it("the shadow readout writes its scratch tables in the dataset's server session and equals DuckDB's", async () => {
    const readout = async (file: string, engine: "duckdb" | "clickhouse") => {
      process.env.TNS_CH_USER = USER;
      process.env.TNS_CH_PASSWORD = PASSWORD;
      const ds = await openDataset(file, { engine });
      try {
        const listsDir = join(data, "lists");
        const rules = withShadowRules(
          await loadRuleFile(join(data, "rules/production-rules.yaml"), { listsDir }),
          await loadRuleFile(join(data, "rules/candidate-rules.yaml"), { listsDir }),
        );
        const period = await periodOfInterest(ds, {
          incidents: await readIncidents(join(data, "incidents.json")),
          kind: "evasion",
          days: 28,
        });
        return await shadowRulesReadout(ds, rules, { since: period.start, asOf: period.end });
      } finally {
        ds.close();
        delete process.env.TNS_CH_USER;
        delete process.env.TNS_CH_PASSWORD;
      }
    };
    const before = ch.sessionIds().length;
    const server = await readout(yaml, "clickhouse");
    const duck = await readout("data/tns.yaml", "duckdb");
    expect(server).toEqual(duck);
    expect(duck.rules.some((r) => r.newHits > 0)).toBe(true);
    expect(duck.rules.some((r) => r.arrival.some((p) => p.labeled > 0))).toBe(true);
    // One server session for the dataset, and no scratch table left in the user's database.
    expect(ch.sessionIds().length).toBe(before + 1);
    expect(await ch.admin("SELECT count() FROM system.tables WHERE database = 'marketplace'")).toBe(
      `${tables.length - 1}\n`,
    );
  }, 600_000);

  describe("tns report on the server renders the same HTML as --engine duckdb", () => {
    const notebooks = engineNotebooks;
    const rendered: Record<string, string> = {};
    beforeAll(async () => {
      const only = notebooks.map((n) => n.slice(0, 2)).join(",");
      for (const [name, dataset, engine] of [
        ["server", yaml, []],
        ["duck", "data/tns.yaml", ["--engine", "duckdb"]],
      ] as const) {
        const out = join(dir, `report-${name}`);
        const run = await tns(
          ["report", "--dataset", dataset, ...engine, "--only", only, "--jobs", "1", "--out", out],
          credentials,
        );
        expect(run.code, run.stderr).toBe(0);
        rendered[name] = out;
      }
    }, 1_500_000);

    // Every byte but the provenance: the table of data files read (CSV files against SQL
    // sources) and the dataset parameter's path.
    const page = (name: string, engine: string, dataset: string) =>
      readFileSync(join(rendered[engine], `${name}.html`), "utf8")
        .replace(/<table(?:(?!<table)[\s\S])*?<th>Data file<\/th>[\s\S]*?<\/table>/g, "(files)")
        .replaceAll(resolve(dataset), "(dataset)");

    for (const name of notebooks)
      it(`${name} has the same bytes but for the data files read`, () => {
        const a = page(name, "duck", "data/tns.yaml");
        const b = page(name, "server", yaml);
        expect(a.match(/\(files\)/g)).toHaveLength(1);
        // Not vacuous: the report rendered its figures, not an error page.
        expect(a.includes("<svg") || a.includes("<table")).toBe(true);
        expect(/class="[^"]*error/.test(a)).toBe(false);
        expect(b === a).toBe(true);
      });
  });

  describe("a server that cannot be used stops the command with exit 2 and a message, no stack", () => {
    const expectStop = (run: Run, message: RegExp) => {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    };

    it("an unreachable url names the url and the tns.yaml key", async () => {
      const file = join(dir, "unreachable.yaml");
      // Port 9 (discard) on loopback: nothing listens there in a test machine.
      writeFileSync(file, serverYaml("http://127.0.0.1:9"));
      expectStop(
        await tns(["metrics", "--dataset", file, "--json", "-"]),
        /engine clickhouse: http:\/\/127\.0\.0\.1:9 cannot be reached .*check clickhouse\.url/,
      );
    }, 120_000);

    it("a credential variable that is not set names the variable", async () => {
      expectStop(
        await tns(["kpi", "--dataset", yaml], { TNS_CH_USER: USER, TNS_CH_PASSWORD: undefined }),
        /clickhouse\.password_env in .*names the environment variable TNS_CH_PASSWORD, which is not set; export TNS_CH_PASSWORD=/,
      );
    }, 120_000);

    it("a wrong password names the server's refusal and the variables to check", async () => {
      expectStop(
        await tns(["backtest", "--dataset", yaml, "--json", "-"], {
          TNS_CH_USER: USER,
          TNS_CH_PASSWORD: "wrong",
        }),
        /refused to sign in tns_analyst \(.*Authentication failed.*\); check the user from TNS_CH_USER and password from TNS_CH_PASSWORD/,
      );
    }, 120_000);
  });
});
