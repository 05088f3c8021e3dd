import type { QueueName } from "./kinds.js";
import type { Listing } from "./Listing.js";
import type { Random } from "./random.js";
import { DAY, HOUR, localHour } from "./time.js";

/** A review decision as written to reviews.csv (the id is assigned by the caller). */
export interface ReviewDecision {
  queue: QueueName;
  enqueuedAt: number;
  reviewedAt: number;
  reviewerId: string;
  decision: "violation" | "no_violation" | "escalate";
  handlingSeconds: number;
}

interface Reviewer {
  id: string;
  accuracy: number;
  speed: number;
}

const QUEUES: readonly QueueName[] = ["counterfeit", "contact", "prohibited", "fraud"];
const teamSizes = { counterfeit: 8, contact: 6, prohibited: 4, fraud: 4 } as const;
const handlingMedian = { counterfeit: 95, contact: 45, prohibited: 60, fraud: 150 } as const;
const SHIFT_START = 9;
const SHIFT_END = 23;

/**
 * The review operation: one FIFO fluid queue per review queue, staffed each day at 1.35× the mean
 * arrivals of the previous seven days or 75 % of today's, whichever is more (so a sudden spike
 * builds a backlog that drains once volume falls back), reviewers working 09:00–23:00 with their own accuracy and speed.
 * @example desk.startDay(arrivals); desk.review(rng, listing, "contact", flaggedAt);
 */
export class ReviewDesk {
  readonly #teams: Record<QueueName, Reviewer[]>;
  readonly #floaters: Reviewer[];
  readonly #clock: Record<QueueName, number> = {
    counterfeit: 0,
    contact: 0,
    prohibited: 0,
    fraud: 0,
  };
  readonly #history: Record<QueueName, number[]> = {
    counterfeit: [],
    contact: [],
    prohibited: [],
    fraud: [],
  };
  readonly #perHour: Record<QueueName, number> = {
    counterfeit: 1,
    contact: 1,
    prohibited: 1,
    fraud: 1,
  };

  constructor(rng: Random) {
    let next = 1;
    const hire = (): Reviewer => ({
      id: `R${String(next++).padStart(3, "0")}`,
      accuracy: Math.min(0.99, Math.max(0.9, rng.normal(0.955, 0.018))),
      speed: rng.lognormal(1, 0.25),
    });
    this.#teams = Object.fromEntries(
      QUEUES.map((queue) => [queue, Array.from({ length: teamSizes[queue] }, hire)]),
    ) as Record<QueueName, Reviewer[]>;
    this.#floaters = [hire(), hire()];
  }

  /** Sets today's staffing from the arrivals of the previous days (or today's, on the first day). */
  startDay(arrivals: Record<QueueName, number>): void {
    for (const queue of QUEUES) {
      const past = this.#history[queue].slice(-7);
      const mean =
        past.length > 0 ? past.reduce((a, b) => a + b, 0) / past.length : arrivals[queue];
      // Leads move reviewers onto a queue that floods today, but only up to 75 % of its arrivals.
      const staffed = Math.max(4, 1.35 * mean, 0.75 * arrivals[queue]);
      this.#perHour[queue] = staffed / (SHIFT_END - SHIFT_START);
      this.#history[queue].push(arrivals[queue]);
    }
  }

  /** Reviews one listing enqueued at `enqueuedAt`; null for the ~3 % that are never picked up. */
  review(
    rng: Random,
    listing: Listing,
    queue: QueueName,
    enqueuedAt: number,
  ): ReviewDecision | null {
    if (rng.chance(0.03)) return null;
    const team = rng.chance(0.1) ? this.#floaters : this.#teams[queue];
    const reviewer = rng.pick(team);
    const ready = enqueuedAt + rng.lognormal(20 * 60_000, 0.8);
    const start = inShift(Math.max(this.#clock[queue], ready));
    const reviewedAt = Math.floor(start + HOUR / this.#perHour[queue]);
    this.#clock[queue] = reviewedAt;
    const truth = listing.policy !== null;
    let decision: ReviewDecision["decision"];
    if (rng.chance(queue === "fraud" ? 0.06 : 0.03)) decision = "escalate";
    else {
      const correct = rng.chance(reviewer.accuracy);
      decision = correct === truth ? "violation" : "no_violation";
    }
    const handlingSeconds = Math.max(
      5,
      Math.round(rng.lognormal(handlingMedian[queue] * reviewer.speed, 0.5)),
    );
    return { queue, enqueuedAt, reviewedAt, reviewerId: reviewer.id, decision, handlingSeconds };
  }
}

// Work only happens on shift; anything ready outside it waits for the next 09:00.
function inShift(at: number): number {
  const hour = localHour(at);
  if (hour >= SHIFT_START && hour < SHIFT_END) return at;
  const dayStart = at - ((at + 9 * HOUR) % DAY);
  const nextStart = dayStart + SHIFT_START * HOUR;
  return hour < SHIFT_START ? nextStart : nextStart + DAY;
}
