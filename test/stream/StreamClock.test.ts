import { describe, expect, it } from "vitest";
import { StreamClock, type StreamClockOptions } from "../../lib/stream/StreamClock.js";

const minute = 60_000;
const hour = 3_600_000;
const year2099 = Date.UTC(2099, 0, 1);
const t0 = Date.UTC(2026, 9, 1);

/** Runs times through a clock; returns what was admitted (in order) and quarantined, and the clock. */
function run(times: number[], options: StreamClockOptions = {}) {
  const admitted: number[] = [];
  const quarantined: [number, string][] = [];
  const clock = new StreamClock<number>(
    options,
    (i) => admitted.push(i),
    (i, _t, kind) => quarantined.push([i, kind]),
  );
  const nows: number[] = [];
  times.forEach((t, i) => {
    clock.offer(i, t);
    nows.push(clock.now);
  });
  clock.flush();
  return { admitted, quarantined, nows, now: clock.now };
}

const steady = (n: number, from = t0, step = minute) =>
  Array.from({ length: n }, (_, i) => from + i * step);

describe("StreamClock", () => {
  it("StreamClock quarantines one event dated 2099 in the middle and never moves past the stream", () => {
    const times = steady(100);
    times.splice(50, 0, year2099);
    const r = run(times);
    expect(r.quarantined).toEqual([[50, "future"]]);
    expect(r.admitted).toEqual([...Array(101).keys()].filter((i) => i !== 50));
    expect(Math.max(...r.nows.filter((n) => !Number.isNaN(n)))).toBe(t0 + 99 * minute);
  });

  it("StreamClock quarantines a 2099 event that comes first, or last", () => {
    const first = run([year2099, ...steady(30)]);
    expect(first.quarantined).toEqual([[0, "future"]]);
    expect(first.admitted).toHaveLength(30);
    expect(first.now).toBe(t0 + 29 * minute);
    const last = run([...steady(30), year2099]);
    expect(last.quarantined).toEqual([[30, "future"]]);
    expect(last.now).toBe(t0 + 29 * minute);
    // A stream shorter than `confirm` is anchored on its median at the end.
    expect(run([year2099, t0, t0 + minute]).quarantined).toEqual([[0, "future"]]);
  });

  it("StreamClock quarantines events far behind it as past, and ones without a time as invalid", () => {
    const times = steady(40);
    times.splice(20, 0, Date.UTC(1970, 0, 1), NaN, t0 + 19 * minute - 6 * 86_400_000);
    const r = run(times);
    expect(r.quarantined).toEqual([
      [20, "past"],
      [21, "invalid"],
    ]);
    // Six days behind is within maxPast (7 d): admitted, and left to the windows' lateness.
    expect(r.admitted).toContain(22);
    expect(run([Date.UTC(1970, 0, 1), ...steady(30)]).quarantined).toEqual([[0, "past"]]);
  });

  it("StreamClock follows a real gap in the stream once confirm events agree, losing none", () => {
    const times = [...steady(30), ...steady(30, t0 + 5 * hour)];
    const r = run(times);
    expect(r.quarantined).toEqual([]);
    expect(r.admitted).toEqual([...Array(60).keys()]);
    expect(r.now).toBe(t0 + 5 * hour + 29 * minute);
    // Several gaps close together (a quiet night) are followed as well.
    const night = [...steady(20), ...[2, 4, 4.1, 6, 8, 8.2, 10, 12].map((h) => t0 + h * hour)];
    const n = run([...night, ...steady(20, t0 + 13 * hour)]);
    expect([n.quarantined, n.admitted.length]).toEqual([[], 48]);
  });

  it("StreamClock keeps its time when half the traffic carries a wrong clock", () => {
    const times = steady(200).flatMap((t, i) => [t, year2099 + i]);
    const r = run(times);
    expect(r.quarantined.every(([i, kind]) => i % 2 === 1 && kind === "future")).toBe(true);
    expect(r.quarantined).toHaveLength(200);
    expect(r.now).toBe(t0 + 199 * minute);
  });

  it("StreamClock re-anchors past a wrong-clock event held when a real gap follows", () => {
    const times = [...steady(20), year2099, ...steady(5, t0 + 20 * minute)];
    const r = run([...times, ...steady(20, t0 + 6 * hour)]);
    expect(r.quarantined).toEqual([[20, "future"]]);
    expect(r.admitted).toHaveLength(45);
  });

  it("StreamClock honours maxFuture, maxPast and confirm, and rejects bad ones", () => {
    const jump = [...steady(5), t0 + 3 * hour, ...steady(5, t0 + 5 * minute)];
    expect(run(jump).quarantined).toEqual([[5, "future"]]);
    expect(run(jump, { maxFuture: 4 * hour }).quarantined).toEqual([]);
    expect(run([...steady(5), t0 - 2 * hour], { maxPast: hour }).quarantined).toEqual([
      [5, "past"],
    ]);
    expect(run([...steady(5), ...steady(3, t0 + 5 * hour)], { confirm: 3 }).quarantined).toEqual(
      [],
    );
    const noop = () => {};
    expect(() => new StreamClock({ maxFuture: -1 }, noop, noop)).toThrow(
      /maxFuture: "-1" is not a duration ≥ 0; e\.g\. maxFuture 1h/,
    );
    expect(() => new StreamClock({ confirm: 0 }, noop, noop)).toThrow(
      /confirm: "0" is not a whole number ≥ 1/,
    );
  });
});
