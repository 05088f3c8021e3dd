// A replay of data/events.jsonl with every kind of trouble a stream monitor meets, written as JSONL
// text: exact and reformatted duplicates, late events, events dated 2099 and 2020, invalid and
// missing timestamps, malformed lines, blank lines, CRLF and lone CR line ends, a byte-order mark,
// times without an offset or in UTC, lone surrogates and evasive text in listings, fields of the
// wrong type and unknown event types. Seeded: the same text on every run.
import { randomLcg } from "d3-random";

/** How many lines of each kind of trouble {@link troubledReplay} wrote. */
export interface TroubledReplayCounts {
  lines: number;
  malformed: number;
  invalid: number;
  duplicates: number;
}

const shift = (ts: string, ms: number) => {
  const d = new Date(Date.parse(ts) + ms + 9 * 3_600_000);
  return `${d.toISOString().slice(0, 19)}+09:00`;
};

const evasive = [
  "레\u200B플리카 가방 미러급",
  "ｒｅｐｌｉｃａ 샤넬 백",
  "r3pl1ca bag 1:1",
  "가 품 지갑",
  "정품 \ud800 깨진 제목",
  "Рrada bag (Cyrillic Р)",
];

/**
 * The sample's event lines repeated `copies` times (each copy 90 days later) with trouble mixed
 * in at seeded random places; returns the text and what was put in.
 * @example const { text } = troubledReplay(readFileSync("data/events.jsonl", "utf8").split("\n"));
 */
export function troubledReplay(
  sample: readonly string[],
  copies = 2,
  seed = 0.14,
): { text: string; counts: TroubledReplayCounts } {
  const random = randomLcg(seed);
  const lines = sample.filter((l) => l.trim() !== "");
  const out: string[] = [];
  const ends: string[] = [];
  const counts: TroubledReplayCounts = { lines: 0, malformed: 0, invalid: 0, duplicates: 0 };
  const push = (line: string, end = "\n") => {
    out.push(line);
    ends.push(end);
  };
  const recent: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const offset = copy * 90 * 86_400_000;
    for (const original of lines) {
      const event = JSON.parse(original) as Record<string, unknown>;
      event.ts = shift(String(event.ts), offset);
      if (event.type === "listing_created" && random() < 0.02)
        event.title = evasive[Math.floor(random() * evasive.length)];
      const line = JSON.stringify(event);
      const r = random();
      if (r < 0.002) push(line, "\r\n");
      else if (r < 0.003) push(line, "\r");
      else push(line);
      recent.push(line);
      if (recent.length > 2_000) recent.shift();
      const trouble = random();
      if (trouble < 0.01) {
        push(line); // a replayed consumer writing the event twice
        counts.duplicates++;
      } else if (trouble < 0.013) {
        push(line.replace('","type":', '", "type" : ')); // the same event, spaced differently
        counts.duplicates++;
      } else if (trouble < 0.016 && recent.length > 1_000) {
        push(recent[0]); // an event hours old: late, or a duplicate within the horizon
      } else if (trouble < 0.0165) {
        push(JSON.stringify({ ...event, ts: "2099-01-01T00:00:00+09:00" }));
      } else if (trouble < 0.017) {
        push(JSON.stringify({ ...event, ts: "2020-01-01T00:00:00+09:00" }));
      } else if (trouble < 0.0175) {
        push(JSON.stringify({ ...event, ts: "2026-13-01T00:00:00+09:00" }));
        counts.invalid++;
      } else if (trouble < 0.018) {
        push(`{"ts": "${String(event.ts)}", "type": `);
        counts.malformed++;
      } else if (trouble < 0.0185) {
        push("");
      } else if (trouble < 0.019) {
        const { ts } = event as { ts: string };
        push(JSON.stringify({ ...event, ts: ts.slice(0, 19) })); // wall-clock time in the zone
      } else if (trouble < 0.0195) {
        push(
          JSON.stringify({ ...event, ts: new Date(Date.parse(String(event.ts))).toISOString() }),
        );
      } else if (trouble < 0.02) {
        push(JSON.stringify({ ...event, type: "heartbeat" }));
      } else if (trouble < 0.0205 && event.type === "listing_created") {
        push(JSON.stringify({ ...event, listing_id: "X", price_krw: "cheap", title: 42 }));
      }
    }
  }
  counts.lines = out.length;
  let text = "\uFEFF";
  for (let i = 0; i < out.length; i++) text += out[i] + ends[i];
  return { text, counts };
}
