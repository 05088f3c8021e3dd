import { closestName } from "../data/closestName.js";
import type { InspectedFile } from "./inspectFolder.js";
import { kitColumns, kitTableNames, type KitTableName } from "./kitTables.js";

/** A proposed source for one kit table: the file, its encoding and the column mapping. */
export interface ProposedTable {
  table: KitTableName;
  file: InspectedFile;
  /** kit column → the file's column, for the columns whose names differ. */
  columns: Record<string, string>;
  /** Required kit columns with no candidate in the file. */
  unmapped: string[];
}

/** A proposal for a folder: tables found, files left over, and what the missing tables turn off. */
export interface DefinitionProposal {
  tables: ProposedTable[];
  unused: InspectedFile[];
  missing: { table: KitTableName; turnsOff: string }[];
}

const TABLE_WORDS: Record<KitTableName, string[]> = {
  listings: ["listing", "item", "product", "goods", "상품", "post"],
  sellers: ["seller", "shop", "merchant", "vendor", "store", "판매자"],
  model_scores: ["score", "prediction", "model", "prob"],
  flags: ["flag", "detection", "alert", "hit", "탐지"],
  reviews: ["review", "moderation", "decision", "검수", "심사"],
  audits: ["audit", "qa", "sample", "감사"],
  appeals: ["appeal", "dispute", "이의"],
  events: ["event", "stream", "log"],
};

const COLUMN_WORDS: Record<string, string[]> = {
  listing_id: ["item_id", "product_id", "goods_id", "post_id", "상품id", "상품번호"],
  seller_id: ["seller_code", "seller", "shop_id", "merchant_id", "vendor_id", "판매자id"],
  created_at: ["created", "created_time", "reg_date", "registered_at", "등록일시", "등록일"],
  title: ["product_title", "item_name", "name", "subject", "상품명", "제목"],
  description: ["desc", "product_desc", "body", "content", "상세설명", "설명"],
  price_krw: ["price", "amount", "price_won", "가격", "판매가"],
  is_violation: ["gt_violation", "violation", "is_bad", "ground_truth", "label_violation"],
  violation_policy: ["gt_policy", "policy"],
  category: ["cat", "category_name", "카테고리"],
  tier: ["grade", "level", "seller_tier", "등급"],
  joined_at: ["signup", "signup_at", "registered_at", "join_date", "가입일시"],
  country: ["nation", "country_code", "국가"],
  verified: ["is_verified", "identity_verified", "인증"],
  model: ["model_name", "model_version"],
  score: ["prob", "probability", "risk_score", "점수"],
  scored_at: ["ts", "scored_time", "score_time", "predicted_at"],
  flagged_at: ["flagged_time", "detected_at", "flag_time", "탐지시각"],
  detector: ["rule", "rule_id", "source"],
  review_id: ["검수id", "moderation_id"],
  enqueued_at: ["queued_at", "enqueue_time", "입고시각", "접수시각"],
  reviewed_at: ["decided_at", "review_time", "검수시각", "처리시각"],
  reviewer_id: ["reviewer", "moderator", "agent_id", "검수자"],
  decision: ["verdict", "판정", "result_code"],
  handling_seconds: ["handle_seconds", "handling_time", "aht", "처리초"],
  queue: ["큐", "queue_name"],
  label: ["audit_label", "auditor_label", "판정"],
  inclusion_prob: ["inclusion_probability", "sampling_prob", "weight_prob"],
  appealed_at: ["appeal_time", "appealed_time", "이의신청시각"],
  resolved_at: ["resolve_time", "resolved_time", "closed_at"],
  outcome: ["result", "appeal_result", "결과"],
};

const TURNS_OFF: Record<KitTableName, string> = {
  listings: "every report (listings are the kit's base table)",
  sellers: "seller segments (tier, country) in the backtest and root-cause reports",
  model_scores: "model metrics and threshold tuning (03) and model KPIs",
  flags: "detector volumes in the overview (01), root cause by detector (06)",
  reviews: "reviewer-confirmed precision, review KPIs, the KPI dashboard (04) and root cause (06)",
  audits: "recall estimated from audits of unflagged listings (03)",
  appeals: "appeal KPIs (overturn rate)",
  events: "the stream monitor (05)",
};

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");

/** The source column for a kit column: same name, a known synonym, or a close spelling. */
function columnFor(kit: string, names: readonly string[], taken: Set<string>): string | undefined {
  const free = names.filter((n) => !taken.has(n));
  const exact = free.find((n) => fold(n) === fold(kit));
  if (exact) return exact;
  for (const word of COLUMN_WORDS[kit] ?? []) {
    const hit = free.find((n) => fold(n) === fold(word));
    if (hit) return hit;
  }
  return closestName(kit, free, { maxDistance: 2 });
}

/**
 * Proposes how a folder's files map onto the kit's tables: each file is matched to the table its
 * name and columns fit best, and each kit column to the file's column of the same name, a known
 * synonym (`item_id` → `listing_id`, `gt_violation` → `is_violation`, Korean headers such as 상품ID)
 * or a close spelling. What is still missing is listed with what it turns off.
 * @example proposeDefinition(await inspectFolder("exports/")).tables.map((t) => t.table)
 */
export function proposeDefinition(inspected: readonly InspectedFile[]): DefinitionProposal {
  const files = groupParts(inspected);
  const candidates: {
    table: KitTableName;
    file: InspectedFile;
    score: number;
    mapping: ProposedTable;
  }[] = [];
  for (const file of files) {
    if (file.problem) continue;
    const names = file.columns.map((c) => c.name);
    const base = fold(file.path);
    for (const table of kitTableNames) {
      const kit = kitColumns(table);
      const taken = new Set<string>();
      const columns: Record<string, string> = {};
      const unmapped: string[] = [];
      let matched = 0;
      for (const [name, spec] of Object.entries(kit)) {
        const column = columnFor(name, names, taken);
        if (column) {
          taken.add(column);
          matched += spec.required ? 2 : 1;
          if (column !== name) columns[name] = column;
        } else if (spec.required) unmapped.push(name);
      }
      const nameHit = TABLE_WORDS[table].some((w) => base.includes(fold(w))) ? 3 : 0;
      const isEvents = table === "events" && file.format === "jsonl" && names.includes("type");
      const score =
        table === "events"
          ? isEvents
            ? nameHit + 5
            : -1
          : nameHit + matched - unmapped.length * 3;
      candidates.push({ table, file, score, mapping: { table, file, columns, unmapped } });
    }
  }
  candidates.sort((a, b) => b.score - a.score || (a.file.path < b.file.path ? -1 : 1));
  const chosen = new Map<KitTableName, ProposedTable>();
  const used = new Set<InspectedFile>();
  for (const c of candidates) {
    if (c.score <= 0 || chosen.has(c.table) || used.has(c.file)) continue;
    chosen.set(c.table, c.mapping);
    used.add(c.file);
  }
  return {
    tables: kitTableNames.filter((t) => chosen.has(t)).map((t) => chosen.get(t)!),
    unused: files.filter((f) => !used.has(f)),
    missing: kitTableNames
      .filter((t) => !chosen.has(t))
      .map((table) => ({ table, turnsOff: TURNS_OFF[table] })),
  };
}

/**
 * Files that differ only in digits (items_2026-08.parquet, items_2026-09.parquet) and share their
 * columns become one source with a glob (items_*.parquet).
 */
function groupParts(files: readonly InspectedFile[]): InspectedFile[] {
  const groups = new Map<string, InspectedFile[]>();
  for (const file of files) {
    const key = `${file.path.replace(/[0-9]+([-_.][0-9]+)*/g, "*")}|${file.columns.map((c) => c.name).join(",")}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.entries()].map(([key, members]) =>
    members.length === 1 ? members[0] : { ...members[0], path: key.slice(0, key.indexOf("|")) },
  );
}
