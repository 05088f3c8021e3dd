import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import type { Command } from "commander";
import { checkDataset } from "../../lib/checks/checkDataset.js";
import { computeKpisFromDataset } from "../../lib/kpi/computeKpisFromDataset.js";
import { formatKpiValue } from "../../lib/kpi/formatKpiValue.js";
import { kpiScorecard } from "../../lib/kpi/kpiScorecard.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { KpiError } from "../../lib/kpi/KpiError.js";
import { noKpiFile } from "../../lib/kpi/messages.js";
import { writeFileAtomic } from "../../lib/data/writeFileAtomic.js";
import { dedupeEvents } from "../../lib/stream/dedupeEvents.js";
import { jsonlEvents } from "../../lib/stream/jsonlEvents.js";
import { monitorStream } from "../../lib/stream/monitorStream.js";
import { parseDuration } from "../../lib/stream/parseDuration.js";
import { StreamError } from "../../lib/stream/StreamError.js";
import { noEvents, quarantineCounts } from "../../lib/stream/messages.js";
import { parseDropLimit } from "../../lib/stream/parseDropLimit.js";
import { checkZone } from "../../lib/time/checkZone.js";
import { sampleSchemas } from "../../lib/data/sampleSchemas.js";
import { compileRules } from "../../lib/rules/compileRules.js";
import { loadRuleFile } from "../../lib/rules/loadRuleFile.js";
import { ruleFieldSchema } from "../../lib/rules/ruleFieldSchema.js";
import { cliDefinition, openCliDataset } from "./cliDataset.js";
import { engineOption } from "./engineOption.js";
import { log } from "./cliLog.js";
import { ShadowStreamReadout } from "../../lib/rules/ShadowStreamReadout.js";
import { shadowLines } from "./rulesShadowReadout.js";
import { kpiTables } from "./kpiTables.js";
import { checkTableOutputs, tableOutputOptions, writeTableOutputs } from "./tableOutputs.js";
import { DEFAULT_ZONE } from "../../lib/time/defaultZone.js";

/** Adds `tns kpi`, `tns check-data` and `tns monitor`. */
export function registerKpiCommands(program: Command): void {
  const [csv, xlsx] = tableOutputOptions(
    "every value (one row per KPI, period and dimension values, as --json)",
  );
  program
    .command("kpi")
    .description(
      "compute the KPIs of a kpis.yaml per period; print each KPI's status (met / at risk / missed / no data) in its last complete period",
    )
    .option("--dataset <tns.yaml>", "dataset definition (default data/tns.yaml, the sample)")
    .option("--data-dir <dir>", "or a folder of CSV tables named like the sample's")
    .addOption(engineOption())
    .option("--kpis <file>", "KPI definitions (default: the dataset's kpis)")
    .option("--from <day>", `first day (YYYY-MM-DD, ${DEFAULT_ZONE})`)
    .option(
      "--to <day>",
      `report date, the last day (YYYY-MM-DD, ${DEFAULT_ZONE}); default: the data's last day`,
    )
    .option("--json <out>", "write every value (period × dimensions) as JSON")
    .option(
      "--fail-on-miss",
      "exit 1 when a KPI missed its target in its last complete period (partial periods are not judged)",
    )
    .addOption(csv)
    .addOption(xlsx)
    .action(
      async (opts: {
        kpis?: string;
        dataset?: string;
        dataDir?: string;
        from?: string;
        to?: string;
        json?: string;
        csv?: string;
        xlsx?: string;
        failOnMiss?: boolean;
      }) => {
        await checkTableOutputs(opts);
        const ds = await openCliDataset(opts);
        const file =
          opts.kpis ?? ds.definition.kpis ?? (opts.dataDir ? "data/kpis.yaml" : undefined);
        if (!file) throw new KpiError(noKpiFile(ds.definition.file));
        const kpis = await loadKpis(file);
        const { values, warnings, dataRange } = await computeKpisFromDataset(kpis, ds, {
          from: opts.from,
          to: opts.to,
        }).finally(() => ds.close());
        for (const w of warnings) log(`warning: ${w}`);
        if (opts.json) await writeFileAtomic(opts.json, JSON.stringify(values, null, 1) + "\n");
        // The report date: --to, or the data's last day.
        const date = opts.to ?? dataRange?.last;
        const card = date ? kpiScorecard(values, { date }) : [];
        await writeTableOutputs(opts, kpiTables(values, card));
        for (const entry of card) {
          const v = entry.value;
          const target = v?.target
            ? ` (target ${v.target.direction === "higher" ? "≥" : "≤"} ${formatKpiValue(v.target.value, v.format)}${v.per ? ` per ${v.per}` : ""})`
            : "";
          process.stdout.write(
            `${entry.status.replace("_", " ").padEnd(9)} ${entry.kpi.padEnd(24)} ${v ? `${v.period}  ${formatKpiValue(v.value, v.format)}${target}  n=${v.n}` : `no complete period by ${date}`}\n`,
          );
        }
        const missed = card.filter((e) => e.status === "missed");
        if (opts.failOnMiss && missed.length) {
          log(
            `tns kpi: ${missed.length} KPI${missed.length > 1 ? "s" : ""} missed target in the last complete period up to ${date}: ${missed.map((e) => `${e.kpi} (${e.value!.period})`).join(", ")}`,
          );
          process.exitCode = 1;
        }
      },
    );

  program
    .command("check-data")
    .description(
      "data-integrity checks (schema, keys, references, ranges, freshness, rows per day); exit 1 on a failed check",
    )
    .option("--dataset <tns.yaml>", "dataset definition (default data/tns.yaml, the sample)")
    .option("--data-dir <dir>", "or a folder of CSV tables named like the sample's")
    .addOption(engineOption())
    .option("--json <out>", "write the check report as JSON")
    .action(async (opts: { dataset?: string; dataDir?: string; json?: string }) => {
      const ds = await openCliDataset(opts);
      const report = await checkDataset(ds).finally(() => ds.close());
      if (opts.json) await writeFileAtomic(opts.json, JSON.stringify(report, null, 1) + "\n");
      for (const c of report.checks)
        if (c.status !== "pass")
          process.stdout.write(
            `${c.status.toUpperCase()} ${c.check} ${c.table}${c.column ? `.${c.column}` : ""}: ${c.message}\n`,
          );
      for (const line of report.skipped ?? []) log(line);
      log(
        `${report.checks.length} checks: ${report.failed} failed, ${report.warned} warned${report.passed ? "" : " — gate closed"}`,
      );
      process.exitCode = report.passed ? 0 : 1;
    });

  program
    .command("monitor")
    .description(
      "monitor an event stream (JSONL file or - for stdin): windows, drift and rate alarms as JSONL; exit 1 when events were dropped as late or quarantined",
    )
    .option("--events <file>", "events.jsonl, or - to read stdin (default: the dataset's events)")
    .option("--dataset <tns.yaml>", "read events, rules and zone from a dataset definition")
    .option("--window <duration>", "window length (event time)", "1h")
    .option("--lateness <duration>", "allowed lateness", "10m")
    .option(
      "--zone <iana>",
      `zone of a ts without an offset (default: the dataset's zone, else ${DEFAULT_ZONE})`,
    )
    .option(
      "--max-future <duration>",
      "quarantine an event this far ahead of the stream clock unless 10 more confirm the jump",
      "1h",
    )
    .option(
      "--max-past <duration>",
      "quarantine an event this far behind the stream clock (at least window + lateness)",
      "7d",
    )
    .option("--max-dropped <n|%>", "late or quarantined events tolerated before exit 1", "0")
    .option("--tolerate-drops", "exit 0 whatever was dropped (still counted and reported)")
    .option("--speed <n>", "replay speed: event time runs n× faster than wall time", "Infinity")
    .option(
      "--on-malformed <mode>",
      "stop (exit 2) or skip (counted, with a warning) on a malformed line or invalid ts",
      "stop",
    )
    .option("--alerts <out>", "append alerts as JSON Lines (default: stdout)")
    .option("--json <out>", "write the run's counts (read, skipped, dropped by reason) as JSON")
    .option("--no-dedupe", "keep identical repeated events")
    .option(
      "--rules <file>",
      "rule file evaluated on each listing_created event (e.g. data/rules/production-rules.yaml)",
    )
    .action(
      async (opts: {
        events?: string;
        dataset?: string;
        window: string;
        lateness: string;
        zone?: string;
        maxFuture: string;
        maxPast: string;
        maxDropped: string;
        tolerateDrops?: boolean;
        speed: string;
        onMalformed: string;
        alerts?: string;
        json?: string;
        dedupe: boolean;
        rules?: string;
      }) => {
        if (opts.onMalformed !== "stop" && opts.onMalformed !== "skip")
          throw new StreamError(
            `--on-malformed: ${JSON.stringify(opts.onMalformed)} is not a mode; use stop or skip`,
          );
        const window = parseDuration(opts.window, "--window");
        const lateness = parseDuration(opts.lateness, "--lateness");
        const clock = {
          maxFuture: parseDuration(opts.maxFuture, "--max-future"),
          maxPast: parseDuration(opts.maxPast, "--max-past"),
        };
        const limit = parseDropLimit(opts.maxDropped);
        const definition = opts.dataset ? await cliDefinition(opts) : undefined;
        const zone = checkZone(opts.zone ?? definition?.zone ?? DEFAULT_ZONE, "--zone");
        const events = opts.events ?? definition?.tables.events?.path;
        if (!events) throw new StreamError(noEvents(definition?.file));
        const rules = opts.rules ?? definition?.rules;
        const stats = { lines: 0, events: 0, malformed: 0, invalid: 0 };
        const dupes = { duplicates: 0, evicted: 0, peakKeys: 0 };
        const source = jsonlEvents(events === "-" ? process.stdin : events, {
          malformed: opts.onMalformed,
          speed: Number(opts.speed),
          stats,
          zone,
          clock,
          onWarning: (m) => log(`warning: ${m}`),
        });
        const compiled = rules
          ? compileRules(await loadRuleFile(rules), ruleFieldSchema(sampleSchemas.listings))
          : undefined;
        const shadow = compiled?.rules.some((r) => r.definition.status === "shadow")
          ? new ShadowStreamReadout(compiled, { zone })
          : undefined;
        const file = opts.alerts ? createWriteStream(opts.alerts, { flags: "a" }) : undefined;
        const result = await monitorStream(
          opts.dedupe ? dedupeEvents(source, { stats: dupes, zone, clock }) : source,
          {
            window,
            lateness,
            zone,
            clock,
            keepWindows: false,
            // Shadow rules get their readout; every rule's hits still feed the rate alarms.
            rules: shadow ? undefined : compiled,
            evaluate: shadow ? (event) => shadow.observe(event) : undefined,
            onAlert: (a) => {
              const line = JSON.stringify(a) + "\n";
              if (file) file.write(line);
              else process.stdout.write(line);
            },
          },
        );
        if (file) {
          file.end();
          await finished(file);
        }
        const q = result.quarantine;
        const quarantined = q.future + q.past + q.invalid;
        const dropped = result.late + quarantined;
        const allowed = opts.tolerateDrops ? Infinity : limit.allowed(result.events);
        if (opts.json)
          await writeFileAtomic(
            opts.json,
            JSON.stringify(
              {
                source: events === "-" ? "stdin" : events,
                zone,
                window: opts.window,
                lateness: opts.lateness,
                maxFuture: opts.maxFuture,
                maxPast: opts.maxPast,
                lines: stats.lines,
                malformed: stats.malformed,
                invalid: stats.invalid,
                duplicates: dupes.duplicates,
                dedupe: { evicted: dupes.evicted, peakKeys: dupes.peakKeys },
                events: result.events,
                late: result.late,
                quarantine: q,
                dropped,
                allowedDrops: Number.isFinite(allowed) ? allowed : null,
                alerts: result.alerts.length,
                passed: dropped <= allowed,
                ...(shadow ? { shadow: shadow.readout() } : {}),
              },
              null,
              1,
            ) + "\n",
          );
        log(
          `${result.events} events (${stats.malformed} malformed lines and ${stats.invalid} invalid ts skipped, ${dupes.duplicates} duplicates dropped${dupes.evicted ? ` (${dupes.evicted} keys evicted from the de-duplication memory)` : ""}, ${result.late} late, ${quarantined} quarantined), ${result.alerts.length} alerts`,
        );
        if (shadow) for (const line of shadowLines(shadow.readout())) log(line);
        if (dropped > allowed) {
          log(
            `tns monitor: ${dropped} of ${result.events} events dropped, more than --max-dropped ${opts.maxDropped} allows: ${result.late} late (after the allowed lateness of ${opts.lateness}), ${quarantineCounts(q, clock)}; the windows and alerts leave them out. Fix the producer, or pass --max-dropped <n|%> or --tolerate-drops to accept them`,
          );
          process.exitCode = 1;
        }
      },
    );
}
