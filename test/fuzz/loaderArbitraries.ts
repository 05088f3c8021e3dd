// Generators for the loader fuzz runs (issue 12): CSV/TSV and JSON Lines files as exports and
// attackers write them — headers with __proto__, constructor, duplicates and huge names; cells
// with quotes, delimiters and line breaks inside, unclosed quotes, huge cells, ragged rows;
// JSON lines that are not objects, nested a hundred thousand deep or cut off — then as bytes:
// UTF-8 with or without a BOM, CP949, UTF-16, invalid UTF-8, cut mid-character, random bytes.
import fc from "fast-check";
import iconv from "iconv-lite";

/** Column names: the kit's, JavaScript's reserved ones, Korean, empty, huge, with a delimiter. */
export const headerNames = [
  "listing_id",
  "listing_id",
  "title",
  "price_krw",
  "created_at",
  "verified",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "가격",
  "",
  " listing_id",
  "LISTING_ID",
  "listing-id",
  '"a,b"',
  '"x""y"',
  "\uFEFFlisting_id",
  "n".repeat(3_000),
];

/** Cell texts as written in the file (some quoted, some breaking the quoting on purpose). */
const rawCells = [
  "L0000001",
  "L0000002",
  "12000",
  "-0.5",
  "1,200",
  '"1,200"',
  "12만원",
  "",
  " ",
  "true",
  "YES",
  "0",
  "2026-08-03T14:05:09+09:00",
  "2026-08-03 14:05:09",
  "2026-02-30",
  "9999-99-99T99:99:99",
  "가방 레플리카",
  "😀",
  "\uFEFF",
  "\u0000",
  'a"b',
  '"quoted, comma"',
  '"multi\nline"',
  '"multi\r\nline"',
  '"un"closed',
  '"',
  '""',
  '"never closed',
  "NaN",
  "Infinity",
  "1e400",
  "0x1F",
  "9007199254740993",
  "\t",
  "x".repeat(70_000),
  "9".repeat(128_000),
  '"' + "가".repeat(40_000) + '"',
];

// A cell quoted properly (RFC 4180): the loaders must read it back whatever it holds.
const quotedCell = fc
  .string({ unit: "grapheme", maxLength: 20 })
  .map((s) => `"${s.replaceAll('"', '""')}"`);

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...rawCells) },
  { weight: 1, arbitrary: quotedCell },
);

/** How the text becomes bytes. */
export type ByteFormKind = "utf8" | "bom" | "cp949" | "utf16" | "invalid" | "cut" | "random";

/** Bytes one after the other. */
export function joinBytes(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Text to bytes in one of the forms a file arrives in. */
export function toBytes(text: string, form: ByteFormKind, noise: Uint8Array): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  switch (form) {
    case "utf8":
      return utf8;
    case "bom":
      return joinBytes([0xef, 0xbb, 0xbf], utf8);
    case "cp949":
      return joinBytes(iconv.encode(text, "cp949"));
    case "utf16":
      return joinBytes([0xff, 0xfe], iconv.encode(text, "utf16le"));
    case "invalid": {
      // A lone continuation byte, an overlong form and 0xFF, somewhere in the middle.
      const at = noise.length ? noise[0] % (utf8.length + 1) : 0;
      return joinBytes(utf8.subarray(0, at), [0x80, 0xc0, 0xaf, 0xff], utf8.subarray(at));
    }
    case "cut": {
      // Cut inside the last multi-byte character, as a truncated download does.
      const last = utf8.findLastIndex((b) => b >= 0xc0);
      return last > 0 ? utf8.subarray(0, last + 1) : joinBytes(utf8, [0xe4, 0xb8]);
    }
    case "random":
      return noise;
  }
}

const byteForm = fc.constantFrom<ByteFormKind>(
  "utf8",
  "utf8",
  "utf8",
  "utf8",
  "bom",
  "cp949",
  "utf16",
  "invalid",
  "cut",
  "random",
);
const noise = fc.uint8Array({ minLength: 0, maxLength: 300 });

// Values that fit the listings-like schema of the fuzz runs, per column (some empty).
const fitting: Record<string, fc.Arbitrary<string>> = {
  listing_id: fc.oneof(
    fc.constantFrom("L0000001", "가-1", "L 2"),
    quotedCell.filter((c) => c.length > 2),
  ),
  title: fc.oneof(quotedCell, fc.constantFrom("", "가방")),
  price_krw: fc.constantFrom("12000", "-5", "", "0"),
  created_at: fc.constantFrom(
    "2026-08-03T14:05:09+09:00",
    "2026-08-03 14:05:09",
    "",
    "2026-08-03T05:05:09Z",
  ),
  verified: fc.constantFrom("true", "FALSE", "1", "no", ""),
};
const otherColumns = ["__proto__", "constructor", "toString", "hasOwnProperty", "가격", "valueOf"];

// A file as a careful export writes it: unique names with listing_id, values that fit, UTF-8.
const cleanDelimited = (delimiter: "," | "\t") =>
  fc
    .tuple(
      fc.subarray([...Object.keys(fitting).slice(1), ...otherColumns]),
      fc.constantFrom("\n", "\r\n"),
      fc.boolean(),
    )
    .chain(([names, newline, bom]) => {
      const header = ["listing_id", ...names];
      const row = fc.tuple(
        ...header.map((name) => (Object.hasOwn(fitting, name) ? fitting[name] : quotedCell)),
      );
      return fc.array(row, { maxLength: 6 }).map((rows) => {
        const text = [header, ...rows].map((r) => r.join(delimiter)).join(newline) + newline;
        const form: ByteFormKind = bom ? "bom" : "utf8";
        return { text, bytes: toBytes(text, form, new Uint8Array(0)), form };
      });
    });

/** A delimited file (CSV or, with a tab, TSV) as bytes, with its header and delimiter. */
export const delimitedFile = (delimiter: "," | "\t") =>
  fc.oneof(cleanDelimited(delimiter), hostileDelimited(delimiter));

const hostileDelimited = (delimiter: "," | "\t") =>
  fc
    .record({
      header: fc.array(fc.constantFrom(...headerNames), { minLength: 0, maxLength: 6 }),
      withId: fc.boolean(),
      rows: fc.array(
        fc.oneof(
          { weight: 5, arbitrary: fc.array(cell, { minLength: 1, maxLength: 7 }) },
          { weight: 1, arbitrary: fc.constant([] as string[]) },
        ),
        { maxLength: 8 },
      ),
      shapeRows: fc.boolean(),
      newline: fc.constantFrom("\n", "\r\n", "\r", "\n"),
      trailing: fc.boolean(),
      form: byteForm,
      noise,
    })
    .map(({ header, withId, rows, shapeRows, newline, trailing, form, noise: bytes }) => {
      const names = withId && !header.includes("listing_id") ? ["listing_id", ...header] : header;
      // Most rows as wide as the header (so the file can load), some ragged.
      const body = rows.map((cells) =>
        shapeRows && names.length
          ? Array.from(
              { length: names.length },
              (_, i) => cells[i % Math.max(1, cells.length)] ?? "",
            )
          : cells,
      );
      const text =
        [names, ...body].map((r) => r.join(delimiter)).join(newline) + (trailing ? newline : "");
      return { text, bytes: toBytes(text, form, bytes), form };
    });

/** JSON values as written on a line (some not JSON at all). */
const jsonValues = [
  '"L0000001"',
  '"L0000002"',
  "12000",
  '"12000"',
  "-0.5",
  "true",
  '"yes"',
  "null",
  '""',
  "[1, 2]",
  "{}",
  '{"nested": {"a": [1]}}',
  '"2026-08-03T14:05:09+09:00"',
  '"2026-02-30"',
  "1e400",
  '"\\ud800"',
  '"\\u0000"',
  '"' + "가".repeat(30_000) + '"',
  "9007199254740993",
];
const jsonKeys = [
  "listing_id",
  "listing_id",
  "title",
  "price_krw",
  "created_at",
  "verified",
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "",
  "가격",
  "k".repeat(2_000),
];
const objectLine = fc
  .array(fc.tuple(fc.constantFrom(...jsonKeys), fc.constantFrom(...jsonValues)), { maxLength: 6 })
  .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")}}`);
const junkLine = fc.constantFrom(
  "",
  "   ",
  "[]",
  "5",
  "null",
  '"text"',
  "{",
  '{"listing_id": }',
  '{"listing_id": "L1",}',
  "{'listing_id': 'L1'}",
  "\uFEFF{}",
  "[".repeat(100_000) + "]".repeat(100_000),
  '{"a": ' + "[".repeat(50_000) + "]".repeat(50_000) + "}",
  '{"listing_id": "L1"} {"listing_id": "L2"}',
  "NaN",
);

// JSON values that fit the listings-like schema, per key.
const fittingJson: Record<string, fc.Arbitrary<string>> = {
  listing_id: fc.oneof(
    fc.constantFrom('"L0000001"', '"가-1"'),
    fc.string({ minLength: 1, maxLength: 12 }).map((v) => JSON.stringify(v)),
  ),
  title: fc.oneof(
    fc.string({ maxLength: 20 }).map((v) => JSON.stringify(v)),
    fc.constant("null"),
  ),
  price_krw: fc.constantFrom("12000", '"12000"', "null", "-5"),
  created_at: fc.constantFrom('"2026-08-03T14:05:09+09:00"', '"2026-08-03 14:05:09"', "null"),
  verified: fc.constantFrom("true", "false", '"yes"', "null", "0"),
};
const otherJson = fc.constantFrom('"x"', "1", "[1]", "{}", "null", "true");

// A file as a careful export writes it: every line an object with a listing_id.
const cleanJsonl = fc
  .array(
    fc
      .tuple(
        fittingJson.listing_id,
        fc.subarray([...Object.keys(fittingJson).slice(1), ...otherColumns]),
      )
      .chain(([id, keys]) =>
        fc
          .tuple(
            ...keys.map((key) => (Object.hasOwn(fittingJson, key) ? fittingJson[key] : otherJson)),
          )
          .map((values) =>
            [`{"listing_id": ${id}`, ...keys.map((k, i) => `${JSON.stringify(k)}: ${values[i]}`)]
              .join(", ")
              .concat("}"),
          ),
      ),
    { maxLength: 6 },
  )
  .map((lines) => {
    const text = lines.join("\n") + "\n";
    return { text, bytes: toBytes(text, "utf8", new Uint8Array(0)), form: "utf8" as ByteFormKind };
  });

/** A JSON Lines file as bytes: objects (odd keys and values) and lines that are not objects. */
export const jsonlFile = fc.oneof(
  cleanJsonl,
  fc
    .record({
      lines: fc.array(
        fc.oneof({ weight: 4, arbitrary: objectLine }, { weight: 1, arbitrary: junkLine }),
        { maxLength: 8 },
      ),
      newline: fc.constantFrom("\n", "\r\n", "\n"),
      form: byteForm,
      noise,
    })
    .map(({ lines, newline, form, noise: bytes }) => {
      const text = lines.join(newline);
      return { text, bytes: toBytes(text, form, bytes), form };
    }),
);
