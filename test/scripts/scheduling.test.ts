import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The scheduled-rerun examples must name commands the CLI really has.
function tnsCommands(text: string): string[] {
  return [...new Set([...text.matchAll(/npx tns ([a-z-]+)/g)].map((m) => m[1]))];
}

describe("scheduled rerun examples", () => {
  it("the Airflow DAG compiles and every tns command it runs exists", () => {
    const dag = "scripts/airflow/tns_daily_reports.py";
    const compile = spawnSync("/usr/bin/python3", [
      "-c",
      "import ast,sys; ast.parse(open(sys.argv[1]).read())",
      dag,
    ]);
    expect(compile.status, compile.stderr?.toString()).toBe(0);
    const commands = tnsCommands(readFileSync(dag, "utf8"));
    expect(commands).toEqual(expect.arrayContaining(["check-data", "report"]));
    for (const command of commands) {
      const help = spawnSync(process.execPath, ["bin/tns.js", command, "--help"], {
        encoding: "utf8",
      });
      expect(help.status, `tns ${command} --help: ${help.stderr}`).toBe(0);
    }
  });

  it("the README's cron line uses existing tns commands", () => {
    const readme = readFileSync("README.md", "utf8");
    const cron = readme.split("\n").find((line) => /^\d+ \d+ \* \* \* /.test(line));
    expect(cron).toBeDefined();
    for (const command of tnsCommands(cron!)) {
      const help = spawnSync(process.execPath, ["bin/tns.js", command, "--help"], {
        encoding: "utf8",
      });
      expect(help.status, `tns ${command} --help`).toBe(0);
    }
  });
});
