import { DataLoadError } from "./DataLoadError.js";
import * as msg from "./messages.js";

/**
 * A stream transform from the bytes of `file` to UTF-8 text, cut at line ends, that refuses bytes
 * which are not UTF-8 with a {@link DataLoadError} naming the file and line — Node's own decoding
 * would put U+FFFD in their place without a word. A byte order mark is passed on as text.
 * @example await pipeline(createReadStream(path), decodeUtf8Strictly(path), csvParser);
 */
export function decodeUtf8Strictly(
  file: string,
): (chunks: AsyncIterable<Uint8Array>) => AsyncGenerator<string> {
  return async function* (chunks) {
    let line = 1;
    let pending = new Uint8Array(0);
    const decode = (bytes: Uint8Array): string => {
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        throw new DataLoadError(msg.invalidUtf8(file, line + badLine(bytes)), { file, line });
      }
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) line++;
      return text;
    };
    for await (const chunk of chunks) {
      const bytes = pending.length ? concat(pending, chunk) : chunk;
      // Whole lines only: a character split across two reads is decoded once both halves are in.
      const end = bytes.lastIndexOf(0x0a) + 1;
      pending = bytes.slice(end);
      if (end > 0) yield decode(bytes.subarray(0, end));
    }
    if (pending.length) yield decode(pending);
  };
}

/** Lines before the first line of `bytes` that is not valid UTF-8 (lines end at LF). */
function badLine(bytes: Uint8Array): number {
  let lines = 0;
  let start = 0;
  for (let at = 0; at <= bytes.length; at++) {
    if (at < bytes.length && bytes[at] !== 0x0a) continue;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, at));
    } catch {
      return lines;
    }
    lines++;
    start = at + 1;
  }
  return lines;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
