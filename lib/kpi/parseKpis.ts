import { langs } from "../i18n/Lang.js";
import { parse } from "yaml";
import type { KpiDefinition, KpiFormula, KpiSet, KpiTarget, KpiTerm } from "./KpiDefinition.js";
import { KpiError } from "./KpiError.js";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";
import * as msg from "./messages.js";
import { shareProblem } from "./shareProblem.js";
import type { GrainName } from "../time/periodStart.js";

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const kinds = ["count", "ratio", "quantile", "freshness", "backlog"] as const;
const grains = ["day", "week", "month"];
const grainRank: Record<GrainName, number> = { day: 0, week: 1, month: 2 };

/**
 * Parses and checks the text of a kpis.yaml file (see data/kpis.yaml): every KPI has a unique
 * name, an owner, a grain, exactly one formula kind and, when it has a target, a direction (and a
 * target grain no coarser than the KPI's); a percent ratio cannot exceed 100% (see
 * {@link shareProblem}). A single term may be written without a list. Throws {@link KpiError} naming the file, KPI and field.
 * Column names are checked later, against the loaded tables, by `compileKpi`.
 * @example const set = parseKpis(await readFile("data/kpis.yaml", "utf8"), "data/kpis.yaml");
 */
export function parseKpis(text: string, file = "kpis.yaml"): KpiSet {
  let doc: unknown;
  try {
    doc = parse(stripByteOrderMark(text));
  } catch (error) {
    throw new KpiError(msg.notYaml(file, (error as Error).message.split("\n")[0]));
  }
  if (!isObject(doc) || !Array.isArray(doc.kpis) || doc.kpis.length === 0)
    throw new KpiError(msg.noKpis(file));
  const derived = (isObject(doc.derived) ? doc.derived : {}) as KpiSet["derived"];
  const seen = new Set<string>();
  const kpis = doc.kpis.map((raw, i) => {
    const kpi = parseKpi(raw, file, i);
    if (seen.has(kpi.name)) throw new KpiError(msg.duplicateKpi(file, kpi.name), kpi.name);
    seen.add(kpi.name);
    return kpi;
  });
  return { derived, kpis };
}

function parseKpi(raw: unknown, file: string, index: number): KpiDefinition {
  if (!isObject(raw) || typeof raw.name !== "string" || raw.name === "")
    throw new KpiError(msg.missingField(file, `#${index + 1}`, "name", "precision_by_queue"));
  const name = raw.name;
  const text = (field: string, example: string, fallback?: string): string => {
    const value = raw[field] ?? fallback;
    if (value === undefined) throw new KpiError(msg.missingField(file, name, field, example), name);
    if (typeof value !== "string")
      throw new KpiError(msg.invalidField(file, name, field, value, "write text"), name);
    return value;
  };
  const grain = text("grain", "day", "day");
  if (!grains.includes(grain))
    throw new KpiError(
      msg.invalidField(file, name, "grain", grain, "use day, week or month"),
      name,
    );
  const dimensions = raw.dimensions ?? [];
  if (!Array.isArray(dimensions) || dimensions.some((d) => typeof d !== "string"))
    throw new KpiError(
      msg.invalidField(
        file,
        name,
        "dimensions",
        dimensions,
        "write a list of column names, e.g. [queue]",
      ),
      name,
    );
  const formula = parseFormula(raw.formula, file, name);
  const format = text("format", "percent", "number");
  const share = format === "percent" ? shareProblem(formula) : undefined;
  if (share) throw new KpiError(msg.shareOver100(file, name, share), name);
  const target = raw.target === undefined ? undefined : parseTarget(raw.target, file, name);
  if (target?.grain && grainRank[target.grain] > grainRank[grain as GrainName])
    throw new KpiError(msg.targetGrain(file, name, target.grain, grain), name);
  return {
    name,
    title: text("title", "Precision by queue", name),
    description: text("description", "Share of decided flags confirmed as violations"),
    owner: text("owner", "trust-safety-ops"),
    area: text("area", "enforcement"),
    grain: grain as KpiDefinition["grain"],
    dimensions: dimensions as string[],
    formula,
    format,
    target,
    ...translationsOf(raw, file, name),
  };
}

// `ko: { title, description }`: each part optional, falling back to the English one.
function translationsOf(
  raw: Record<string, unknown>,
  file: string,
  name: string,
): Pick<KpiDefinition, "translations"> {
  const translations: NonNullable<KpiDefinition["translations"]> = {};
  for (const lang of langs.filter((l) => l !== "en")) {
    const given = raw[lang];
    if (given === undefined) continue;
    const field = (key: "title" | "description") => {
      const value = isObject(given) ? given[key] : undefined;
      if (value !== undefined && typeof value !== "string")
        throw new KpiError(
          msg.invalidField(file, name, `${lang}.${key}`, value, "write text"),
          name,
        );
      return value;
    };
    if (!isObject(given))
      throw new KpiError(
        msg.invalidField(file, name, lang, given, `write { title: …, description: … }`),
        name,
      );
    translations[lang] = {
      title: field("title") ?? String(raw.title ?? name),
      description: field("description") ?? String(raw.description ?? ""),
    };
  }
  return Object.keys(translations).length ? { translations } : {};
}

function parseFormula(raw: unknown, file: string, name: string): KpiFormula {
  if (!isObject(raw))
    throw new KpiError(
      msg.missingField(file, name, "formula", "{ count: { table: flags, time: flagged_at } }"),
      name,
    );
  const present = kinds.filter((k) => raw[k] !== undefined);
  if (present.length !== 1) throw new KpiError(msg.formulaKind(file, name, present), name);
  const scale = raw.scale ?? 1;
  if (typeof scale !== "number" || !Number.isFinite(scale))
    throw new KpiError(
      msg.invalidField(file, name, "formula.scale", scale, "write a number, e.g. 0.000277778"),
      name,
    );
  const terms = (value: unknown, field: string): KpiTerm[] => {
    const list = Array.isArray(value) ? value : [value];
    return list.map((term, i) => {
      const where = `${field}${list.length > 1 ? `[${i}]` : ""}`;
      if (!isObject(term) || typeof term.table !== "string" || typeof term.time !== "string")
        throw new KpiError(
          msg.missingField(
            file,
            name,
            `${where}.table/time`,
            "{ table: reviews, time: reviewed_at }",
          ),
          name,
        );
      return term as unknown as KpiTerm;
    });
  };
  const kind = present[0];
  const body = raw[kind];
  if (kind === "count") return { count: terms(body, "formula.count"), scale };
  if (kind === "ratio") {
    if (!isObject(body) || body.numerator === undefined || body.denominator === undefined)
      throw new KpiError(
        msg.missingField(
          file,
          name,
          "formula.ratio.numerator/denominator",
          "{ numerator: {...}, denominator: {...} }",
        ),
        name,
      );
    return {
      ratio: {
        numerator: terms(body.numerator, "formula.ratio.numerator"),
        denominator: terms(body.denominator, "formula.ratio.denominator"),
      },
      scale,
    };
  }
  if (kind === "quantile") {
    const [term] = terms(body, "formula.quantile");
    const q = (body as Raw).q;
    if (typeof q !== "number" || !(q >= 0 && q <= 1))
      throw new KpiError(
        msg.invalidField(file, name, "formula.quantile.q", q, "write a number in [0, 1], e.g. 0.9"),
        name,
      );
    if (typeof (body as Raw).value !== "string")
      throw new KpiError(
        msg.missingField(file, name, "formula.quantile.value", "hours_to_decision"),
        name,
      );
    return { quantile: { ...term, value: (body as Raw).value as string, q }, scale };
  }
  if (!isObject(body) || typeof body.table !== "string")
    throw new KpiError(msg.missingField(file, name, `formula.${kind}.table`, "reviews"), name);
  return { [kind]: body, scale };
}

function parseTarget(raw: unknown, file: string, name: string): KpiTarget {
  if (typeof raw === "number" || (isObject(raw) && raw.direction === undefined))
    throw new KpiError(msg.noDirection(file, name), name);
  if (!isObject(raw) || typeof raw.value !== "number")
    throw new KpiError(msg.missingField(file, name, "target.value", "0.8"), name);
  const { value, direction, warning, grain } = raw;
  if (grain !== undefined && !grains.includes(grain as string))
    throw new KpiError(
      msg.invalidField(file, name, "target.grain", grain, "use day, week or month"),
      name,
    );
  if (direction !== "higher" && direction !== "lower")
    throw new KpiError(
      msg.invalidField(file, name, "target.direction", direction, "use higher or lower"),
      name,
    );
  if (warning !== undefined) {
    if (typeof warning !== "number")
      throw new KpiError(
        msg.invalidField(file, name, "target.warning", warning, "write a number"),
        name,
      );
    if (direction === "higher" ? warning > value : warning < value)
      throw new KpiError(msg.warningSide(file, name, value, warning, direction), name);
  }
  return {
    value,
    direction,
    warning: warning,
    ...(grain === undefined ? {} : { grain: grain as GrainName }),
  };
}
