import { describe, expect, it } from "vitest";
import { teeEvents } from "../../lib/stream/teeEvents.js";

async function* numbers(n: number, reads: { count: number }, failAt = -1) {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error(`bad line ${i}`);
    reads.count++;
    yield i;
  }
}

describe("teeEvents", () => {
  it("gives every consumer every item from one read of the source", async () => {
    const reads = { count: 0 };
    const [a, b] = teeEvents(numbers(50_000, reads), 2, { maxLag: 100 });
    const sum = async (s: AsyncIterable<number>) => {
      let total = 0;
      let n = 0;
      for await (const x of s) {
        total += x;
        n++;
      }
      return [n, total];
    };
    const [ra, rb] = await Promise.all([sum(a), sum(b)]);
    expect(ra).toEqual([50_000, (49_999 * 50_000) / 2]);
    expect(rb).toEqual(ra);
    expect(reads.count).toBe(50_000);
  });

  it("keeps a fast consumer within maxLag of a slow one", async () => {
    const reads = { count: 0 };
    const [fast, slow] = teeEvents(numbers(2_000, reads), 2, { maxLag: 50 });
    let maxAhead = 0;
    let slowSeen = 0;
    const runFast = (async () => {
      let n = 0;
      for await (const _ of fast) maxAhead = Math.max(maxAhead, ++n - slowSeen);
    })();
    const runSlow = (async () => {
      for await (const _ of slow) {
        slowSeen++;
        if (slowSeen % 10 === 0) await new Promise((r) => setTimeout(r, 0));
      }
    })();
    await Promise.all([runFast, runSlow]);
    expect(slowSeen).toBe(2_000);
    expect(maxAhead).toBeLessThanOrEqual(52);
  });

  it("passes a source error to every consumer", async () => {
    const [a, b] = teeEvents(numbers(10, { count: 0 }, 5), 2);
    const drain = async (s: AsyncIterable<number>) => {
      for await (const _ of s);
    };
    const results = await Promise.allSettled([drain(a), drain(b)]);
    expect(results.map((r) => r.status === "rejected" && (r.reason as Error).message)).toEqual([
      "bad line 5",
      "bad line 5",
    ]);
  });

  it("lets the others go on when one consumer stops early", async () => {
    const [a, b] = teeEvents(numbers(1_000, { count: 0 }), 2, { maxLag: 10 });
    const firstOnly = (async () => {
      for await (const x of a) if (x === 3) break;
    })();
    let n = 0;
    const all = (async () => {
      for await (const _ of b) n++;
    })();
    await Promise.all([firstOnly, all]);
    expect(n).toBe(1_000);
  });
});
