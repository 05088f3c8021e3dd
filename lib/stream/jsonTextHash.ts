import type { StreamEvent } from "./StreamEvent.js";

// Float64 bits of a number, read without allocating.
const float = new Float64Array(1);
const words = new Int32Array(float.buffer);
// Deeper than this, JSON.stringify says what is wrong (a cycle) or the text is hashed as it is.
const maxDepth = 64;

// FNV-1a step over one 32-bit word or UTF-16 code unit.
const step = (h: number, x: number) => Math.imul(h ^ x, 0x01000193);

/** Murmur3's finaliser: every input bit reaches every output bit, so low bits index a table well. */
export function finalMix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * A 32-bit hash of a string's code units.
 * @example stringHash("L0000001") === stringHash("L000000" + "1") // true
 */
export function stringHash(text: string): number {
  let h = step(0x811c9dc5, text.length);
  for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i));
  return finalMix(h);
}

/**
 * A 32-bit hash of the text `JSON.stringify(value)` would give, computed from the value without
 * building the text: values whose JSON texts are equal hash equal (`{a: 1}` and `{a: 1.0}`, `-0`
 * and `0`, `NaN` and `null`, a skipped `undefined`), so it can stand in front of a comparison of
 * the texts. Plain objects, arrays, strings, numbers, booleans and null are walked; anything else
 * (a Date, a `toJSON`, a class instance) is hashed through its JSON text, and a BigInt or a cycle
 * throws as JSON.stringify throws.
 * @example jsonTextHash(JSON.parse('{"ts": "2026-08-01", "n": 1}')) === jsonTextHash({ ts: "2026-08-01", n: 1.0 }) // true
 */
export function jsonTextHash(value: unknown): number {
  const h = valueHash(0x811c9dc5, value, "", 0);
  // undefined (a function or symbol at the top) has no JSON text: JSON.stringify gives undefined.
  return finalMix(h === undefined ? 0 : h);
}

// The hash state after `value`, or undefined when JSON.stringify leaves it out (undefined, a
// function, a symbol). `key` is the holder's key, passed to a toJSON as JSON.stringify passes it.
function valueHash(h: number, value: unknown, key: string, depth: number): number | undefined {
  switch (typeof value) {
    case "string":
      h = step(step(h, 1), value.length);
      for (let i = 0; i < value.length; i++) h = step(h, value.charCodeAt(i));
      return h;
    case "number":
      if (!Number.isFinite(value)) return step(h, 5); // as null
      if ((value | 0) === value) return step(step(h, 2), value); // -0 | 0 is 0, as its text is "0"
      float[0] = value;
      return step(step(step(h, 3), words[0]), words[1]);
    case "boolean":
      return step(h, value ? 4 : 6);
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "object":
      if (value === null) return step(h, 5);
      break;
    default:
      return textHash(h, value, key);
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  const o = value as Record<string, unknown>;
  if (depth >= maxDepth || typeof o.toJSON === "function") return textHash(h, value, key);
  if (Array.isArray(value) && proto === Array.prototype) {
    h = step(step(h, 7), value.length);
    for (let i = 0; i < value.length; i++)
      h = valueHash(h, value[i], String(i), depth + 1) ?? step(h, 5);
    return step(h, 8);
  }
  if (proto !== Object.prototype && proto !== null) return textHash(h, value, key);
  return step(fieldsHash(step(h, 9), o, undefined, depth), 11);
}

// The fields of a plain object but `skip`, in JSON.stringify's order (for-in's, own keys only).
function fieldsHash(
  h: number,
  o: Record<string, unknown>,
  skip: string | undefined,
  depth: number,
): number {
  for (const k in o) {
    if (!Object.hasOwn(o, k) || k === skip) continue;
    const after = valueHash(step(h, 10), o[k], k, depth + 1);
    if (after === undefined) continue;
    // A key by its length and ends: it is the values that tell events apart, and the texts are
    // compared when hashes meet. Mixed in after the value, so a skipped value needs no undoing.
    const n = k.length;
    h = step(step(step(after, n), k.charCodeAt(0)), k.charCodeAt(n - 1));
  }
  return h;
}

/**
 * A 32-bit hash of an event's JSON text, like {@link jsonTextHash}, but with `time` — its `ts`
 * read by `parse` — standing for the `ts` text: equal texts have equal times, and a time is cheaper
 * to mix than 25 characters. Events that are not plain objects are hashed through their JSON text.
 * @example eventTextHash(event, parse(event.ts), parse)
 */
export function eventTextHash(
  event: StreamEvent,
  time: number,
  parse: (ts: string) => number,
): number {
  const proto = Object.getPrototypeOf(event) as unknown;
  if (
    (proto !== Object.prototype && proto !== null) ||
    typeof (event as { toJSON?: unknown }).toJSON === "function"
  ) {
    const plain = JSON.parse(JSON.stringify(event) ?? "null") as unknown;
    return plain !== null && typeof plain === "object" && !Array.isArray(plain)
      ? eventTextHash(plain as StreamEvent, parse(String((plain as StreamEvent).ts)), parse)
      : jsonTextHash(plain);
  }
  if (typeof event.ts !== "string") return jsonTextHash(event);
  const h = fieldsHash(step(0x811c9dc5, 12), event, "ts", 0);
  float[0] = time;
  return finalMix(step(step(step(h, 13), words[0]), words[1]));
}

// Anything else is hashed as the plain value its JSON text reads back as, which JSON.stringify
// turns into the same text (a Date becomes its ISO string); undefined when the text leaves it out.
function textHash(h: number, value: unknown, key: string): number | undefined {
  const text = JSON.stringify({ [key]: value });
  const plain = JSON.parse(text) as Record<string, unknown>;
  return Object.hasOwn(plain, key) ? valueHash(h, plain[key], key, 0) : undefined;
}
