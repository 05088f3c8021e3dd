import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { DatasetError } from "./DatasetError.js";
import { decoderLabel } from "./decoderLabel.js";
import * as msg from "./messages.js";

/**
 * Streams a text file in `encoding` (cp949, euc-kr, utf-16, latin-1 … anything `TextDecoder`
 * knows; a `.gz` file is decompressed first) into a UTF-8 file, refusing bytes that are not valid
 * in the encoding: a {@link DatasetError} names the file and line, never a silent U+FFFD.
 * @example await transcodeToUtf8("reviews.csv", "/tmp/reviews.utf8.csv", "cp949");
 */
export async function transcodeToUtf8(
  source: string,
  target: string,
  encoding: string,
): Promise<void> {
  const wide = /^utf-?16/i.test(encoding);
  let line = 1;
  let pending = new Uint8Array(0);
  const decodeLines = (bytes: Uint8Array): string => {
    try {
      return new TextDecoder(decoderLabel(encoding), { fatal: true }).decode(bytes);
    } catch {
      // Find the first bad line so the message can name it; lines end at LF in every encoding
      // accepted here but UTF-16, which is decoded as one stream below.
      let start = 0;
      for (let at = 0; at <= bytes.length; at++) {
        if (at === bytes.length || bytes[at] === 0x0a) {
          try {
            new TextDecoder(decoderLabel(encoding), { fatal: true }).decode(
              bytes.subarray(start, at),
            );
          } catch {
            throw new DatasetError(msg.invalidEncoding(source, line, encoding));
          }
          line++;
          start = at + 1;
        }
      }
      throw new DatasetError(msg.invalidEncoding(source, line, encoding));
    }
  };
  const countLines = (text: string) => {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) line++;
  };
  const wideDecoder = new TextDecoder(decoderLabel(encoding), { fatal: true });
  async function* transcode(chunks: AsyncIterable<Uint8Array>) {
    for await (const chunk of chunks) {
      if (wide) {
        let text: string;
        try {
          text = wideDecoder.decode(chunk, { stream: true });
        } catch {
          throw new DatasetError(msg.invalidEncoding(source, line, encoding));
        }
        countLines(text);
        yield Buffer.from(text.replace(/^\uFEFF/, ""), "utf8");
        continue;
      }
      const bytes = pending.length ? concat(pending, chunk) : chunk;
      const end = bytes.lastIndexOf(0x0a) + 1;
      pending = bytes.slice(end);
      if (end === 0) continue;
      const text = decodeLines(bytes.subarray(0, end));
      countLines(text);
      yield Buffer.from(text, "utf8");
    }
    if (!wide && pending.length) yield Buffer.from(decodeLines(pending), "utf8");
  }
  const input = createReadStream(source);
  if (/\.gz$/i.test(source))
    await pipeline(input, createGunzip(), transcode, createWriteStream(target));
  else await pipeline(input, transcode, createWriteStream(target));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
