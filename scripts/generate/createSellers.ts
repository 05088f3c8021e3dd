import type { TierName } from "./kinds.js";
import type { Seller } from "./Listing.js";
import type { Random } from "./random.js";
import { DAY, localMidnight } from "./time.js";
import { timeline } from "./timeline.js";

/** Options of {@link createSellers}. */
export interface CreateSellersOptions {
  /** Regular sellers; default 2,500. */
  count?: number;
  /** Sellers of the evasion wave (new, CN/HK, joined shortly before it); default 30. */
  waveCount?: number;
  /** Exclusive end of the period in epoch ms; default 90 days after the start. */
  end?: number;
}

const history = localMidnight(2019, 1, 1);
const newSince = timeline.start - 60 * DAY;

function country(rng: Random, isNew: boolean): string {
  const r = rng.uniform();
  if (isNew)
    return r < 0.62
      ? "KR"
      : r < 0.78
        ? "CN"
        : r < 0.85
          ? "HK"
          : r < 0.9
            ? "VN"
            : r < 0.95
              ? "US"
              : "JP";
  return r < 0.8
    ? "KR"
    : r < 0.87
      ? "CN"
      : r < 0.9
        ? "HK"
        : r < 0.93
          ? "US"
          : r < 0.97
            ? "JP"
            : "VN";
}

function establishedTier(rng: Random): TierName {
  const r = rng.uniform();
  return r < 0.72 ? "standard" : r < 0.93 ? "power" : "official";
}

const verifiedShare = { new: 0.25, standard: 0.6, power: 0.9, official: 1 } as const;

/**
 * Draws the sellers, numbered S00001… in order of joining: established sellers joined since 2019,
 * "new" sellers within 60 days before the period or during it, plus the evasion-wave sellers.
 * @example createSellers(rng, { count: 2500 }).length; // 2530
 */
export function createSellers(rng: Random, options: CreateSellersOptions = {}): Seller[] {
  const { count = 2500, waveCount = 30, end = timeline.start + 90 * DAY } = options;
  const drafts: Omit<Seller, "id">[] = [];
  for (let i = 0; i < count; i += 1) {
    const isNew = rng.chance(0.22);
    const joinedAt = isNew
      ? Math.floor(rng.between(newSince, end - DAY))
      : Math.floor(rng.between(history, newSince));
    const tier = isNew ? "new" : establishedTier(rng);
    const verified = rng.chance(verifiedShare[tier]);
    drafts.push({ joinedAt, tier, country: country(rng, isNew), verified, wave: false });
  }
  const wave = timeline.evasionWave;
  for (let i = 0; i < waveCount; i += 1) {
    const joinedAt = Math.floor(rng.between(wave.start - 7 * DAY, wave.start + 7 * DAY));
    const origin = rng.chance(0.7) ? "CN" : "HK";
    drafts.push({ joinedAt, tier: "new", country: origin, verified: false, wave: true });
  }
  // Stable sort by join time so ids read in joining order on every engine.
  const order = drafts
    .map((_, i) => i)
    .sort((a, b) => drafts[a].joinedAt - drafts[b].joinedAt || a - b);
  return order.map((index, rank) => ({
    id: `S${String(rank + 1).padStart(5, "0")}`,
    ...drafts[index],
  }));
}
