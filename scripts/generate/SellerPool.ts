import type { Seller } from "./Listing.js";
import { cumulativeWeights, type Random } from "./random.js";

const activity = { new: 1.2, standard: 1.5, power: 12, official: 8 } as const;

/**
 * Picks the seller of each listing: regular sellers by activity (power sellers list most), wave
 * sellers only for wave listings, and never a seller who had not joined yet.
 * @example new SellerPool(rng, sellers).pick(rng, createdAt, false);
 */
export class SellerPool {
  readonly #regular: Seller[];
  readonly #regularWeights: number[];
  readonly #wave: Seller[];
  readonly #fallback: Seller;

  constructor(rng: Random, sellers: readonly Seller[]) {
    this.#regular = sellers.filter((seller) => !seller.wave);
    this.#regularWeights = cumulativeWeights(
      this.#regular.map((seller) => activity[seller.tier] * rng.lognormal(1, 0.8)),
    );
    this.#wave = sellers.filter((seller) => seller.wave);
    this.#fallback = this.#regular[0]!;
  }

  /** A seller who joined before `at`; `wave` picks among the evasion-wave sellers. */
  pick(rng: Random, at: number, wave: boolean): Seller {
    if (wave) {
      const joined = this.#wave.filter((seller) => seller.joinedAt <= at);
      return joined.length > 0 ? rng.pick(joined) : this.#wave[0];
    }
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const seller = this.#regular[rng.index(this.#regularWeights)];
      if (seller.joinedAt <= at) return seller;
    }
    return this.#fallback;
  }
}
