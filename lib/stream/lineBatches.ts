type Text = string | Buffer;

const codeAt = (text: Text, i: number): number =>
  typeof text === "string" ? text.charCodeAt(i) : (text[i] ?? NaN);

const slice = (text: Text, from: number, to: number): Text =>
  typeof text === "string" ? text.slice(from, to) : text.subarray(from, to);

const decoded = (text: Text): string => (typeof text === "string" ? text : text.toString("utf8"));

// A line of a chunk, decoded without making a Buffer view of it first.
const lineOf = (text: Text, from: number, to: number): string =>
  typeof text === "string" ? text.slice(from, to) : text.toString("utf8", from, to);

function joined(rest: Text, part: Text): Text {
  if (rest.length === 0) return part;
  if (typeof part === "string") return decoded(rest) + part;
  const head = typeof rest === "string" ? Buffer.from(rest, "utf8") : rest;
  const out = Buffer.allocUnsafe(head.length + part.length);
  out.set(head, 0);
  out.set(part, head.length);
  return out;
}

/**
 * The lines of a text stream, a batch per chunk read: one `await` per chunk instead of one per
 * line. Lines end as node:readline ends them with `crlfDelay: Infinity` — at `\n`, `\r\n` (also
 * across chunks) or a lone `\r` — so line numbers agree with it; a last line without an end is
 * kept when not empty. Buffers are split as bytes and each line is decoded from UTF-8 on its own
 * (line ends are single bytes in UTF-8), so a line kept for long (a de-duplication key) does not
 * hold on to the whole chunk it came from.
 * @example for await (const lines of lineBatches(createReadStream(path))) count += lines.length;
 */
export async function* lineBatches(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<string[]> {
  let rest: Text = "";
  let sawReturn = false;
  for await (const chunk of chunks) {
    const text: Text =
      typeof chunk === "string"
        ? chunk
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    // A \r that ended the last chunk and the \n that starts this one are one line end.
    if (sawReturn && codeAt(text, 0) === 10) start = 1;
    sawReturn = false;
    // Line ends as pairs: where the line stops, where the next one starts.
    const ends: number[] = [];
    const hasReturn =
      typeof text === "string" ? text.indexOf("\r", start) !== -1 : text.indexOf(13, start) !== -1;
    if (!hasReturn) {
      if (typeof text === "string")
        for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", end + 1))
          ends.push(end, end + 1);
      else
        for (let end = text.indexOf(10, start); end !== -1; end = text.indexOf(10, end + 1))
          ends.push(end, end + 1);
    } else
      for (let i = start; i < text.length; i++) {
        const c = codeAt(text, i);
        if (c !== 10 && c !== 13) continue;
        const crlf = c === 13 && codeAt(text, i + 1) === 10;
        ends.push(i, crlf ? i + 2 : i + 1);
        if (c === 13 && i === text.length - 1) sawReturn = true;
        if (crlf) i++;
      }
    if (ends.length === 0) {
      rest = joined(rest, slice(text, start, text.length));
      continue;
    }
    const lines = new Array<string>(ends.length / 2);
    // The part before the first line end continues the line the previous chunk left open.
    lines[0] = decoded(joined(rest, slice(text, start, ends[0])));
    for (let k = 1; k < lines.length; k++) lines[k] = lineOf(text, ends[2 * k - 1], ends[2 * k]);
    rest = slice(text, ends[ends.length - 1], text.length);
    yield lines;
  }
  const last = decoded(rest);
  if (last !== "") yield [last];
}
