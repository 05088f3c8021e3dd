import type { CompiledNode, CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleHits } from "./RuleHits.js";
import { encodeTextChunk, type EncodedTextChunk } from "./encodeTextChunk.js";
import { evaluateNodeBits, type TruthBits } from "./evaluateNodeBits.js";
import { normalizeText } from "./normalizeText.js";
import * as msg from "./messages.js";

/** Options for {@link evaluateColumns}. */
export interface EvaluateColumnsOptions {
  /**
   * Rows evaluated together, rounded up to a multiple of 32; bounds the working memory to about
   * atoms × chunkSize / 4 bytes plus the chunk's text as UTF-8 (default 16384).
   */
  chunkSize?: number;
}

/**
 * Evaluates a compiled rule set over columns (field name → values, one per row): per chunk of
 * rows, each text channel's rows are encoded to UTF-8 once and matched with one RE2.Set pass per
 * row, then each rule's boolean tree is evaluated 32 rows at a time over bitsets, with SQL's
 * three-valued logic (a rule hits a row only when its condition is true). Lone surrogates are
 * matched as U+FFFD (as UTF-8 back ends see them) with a warning.
 * @example evaluateColumns(compiled, { title: ["레플리카 가방"], description: [null] }, 1);
 */
export function evaluateColumns(
  compiled: CompiledRuleSet,
  columns: Readonly<Record<string, ArrayLike<unknown>>>,
  rowCount: number,
  options: EvaluateColumnsOptions = {},
): RuleHits {
  const chunkSize = Math.max(32, Math.ceil((options.chunkSize ?? 16_384) / 32) * 32);
  const chunkWords = Math.min(chunkSize, Math.ceil(rowCount / 32) * 32) >>> 5;
  const bits = compiled.rules.map(() => new Uint32Array(Math.ceil(rowCount / 32)));
  const { atoms, nodes, encoded } = scratchFor(compiled, chunkWords);
  const broken = new Map<string, { rows: number; first: number }>();
  for (let from = 0; from < rowCount; from += chunkSize) {
    const n = Math.min(chunkSize, rowCount - from);
    const words = (n + 31) >>> 5;
    const texts = new Map<string, (string | null)[]>();
    compiled.channels.forEach((channel, c) => {
      let raw = texts.get(channel.field);
      if (!raw) {
        raw = wellFormedTexts(columns[channel.field], from, n, channel.field, broken);
        texts.set(channel.field, raw);
      }
      const steps = channel.steps;
      const normalized = steps.length > 0 ? raw.map((t) => t && normalizeText(t, steps)) : raw;
      const chunk = encodeTextChunk(normalized, 0, n, encoded[c]);
      encoded[c] = chunk;
      matchChannel(
        chunk,
        n,
        channel.set,
        channel.atoms.map((a) => atoms[a]),
      );
    });
    compiled.rules.forEach((rule, r) => {
      const { t } = evaluateNodeBits(rule.node, columns, atoms, from, n, nodes);
      // No bit past row n is ever set: atoms and comparisons only write rows of the chunk.
      const out = bits[r];
      for (let w = 0, at = from >>> 5; w < words; w++) out[at + w] = t[w];
    });
  }
  const warnings = [...broken].map(([field, b]) => msg.invalidUtf16(field, b.rows, b.first));
  return { ruleIds: compiled.rules.map((r) => r.id), rowCount, bits, warnings };
}

interface Scratch {
  atoms: TruthBits[];
  nodes: Map<CompiledNode, TruthBits>;
  encoded: (EncodedTextChunk | undefined)[];
}

// Working arrays kept per compiled rule set (evaluation is synchronous, so one call uses them at a
// time): a stream evaluating one event per call allocates nothing per atom or node.
const scratches = new WeakMap<CompiledRuleSet, Scratch>();

function scratchFor(compiled: CompiledRuleSet, chunkWords: number): Scratch {
  const kept = scratches.get(compiled);
  if (kept && kept.atoms.every((a) => a.t.length >= chunkWords)) return kept;
  const scratch: Scratch = {
    atoms: compiled.atoms.map(() => ({
      t: new Uint32Array(chunkWords),
      f: new Uint32Array(chunkWords),
    })),
    nodes: new Map(),
    encoded: compiled.channels.map(() => undefined),
  };
  scratches.set(compiled, scratch);
  return scratch;
}

/**
 * One RE2.Set pass per row of an encoded chunk, on views of its buffer (the re2 package reads a
 * Uint8Array as UTF-8 as it is, without converting): sets `t` of the atoms that match and `f` of
 * the atoms that do not; a null row is unknown for every atom.
 */
function matchChannel(
  chunk: EncodedTextChunk,
  n: number,
  set: CompiledRuleSet["channels"][number]["set"],
  targets: readonly TruthBits[],
): void {
  const { offsets, nulls } = chunk;
  const { buffer, byteOffset } = chunk.bytes;
  const words = (n + 31) >>> 5;
  const known = new Uint32Array(words);
  for (const a of targets) a.t.fill(0, 0, words);
  for (let i = 0; i < n; i++) {
    if (nulls[i] === 1) continue;
    const bit = 1 << (i & 31);
    const w = i >>> 5;
    known[w] |= bit;
    const view = new Uint8Array(buffer, byteOffset + offsets[i], offsets[i + 1] - offsets[i]);
    const hits = set.match(view as Buffer);
    for (let k = 0; k < hits.length; k++) targets[hits[k]].t[w] |= bit;
  }
  for (const a of targets) for (let w = 0; w < words; w++) a.f[w] = known[w] & ~a.t[w];
}

/** Rows of a text column as well-formed strings (lone surrogates → U+FFFD, counted) or null. */
function wellFormedTexts(
  values: ArrayLike<unknown>,
  from: number,
  n: number,
  field: string,
  broken: Map<string, { rows: number; first: number }>,
): (string | null)[] {
  const out = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const v = values[from + i];
    if (v === null || v === undefined) {
      out[i] = null;
      continue;
    }
    const text = typeof v === "string" ? v : String(v);
    if (text.isWellFormed()) out[i] = text;
    else {
      const b = broken.get(field) ?? { rows: 0, first: from + i };
      broken.set(field, { rows: b.rows + 1, first: b.first });
      out[i] = text.toWellFormed();
    }
  }
  return out;
}
