import type { KpiCard } from "../view/KpiCard.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";

/**
 * The MIME type a notebook displays to opt in to a PowerPoint deck (`tns report --pptx`); Jupyter
 * and the HTML report show nothing for it.
 */
export const deckMimeType = "application/vnd.tns.deck+json";

/** One line of a trend chart: its points in order. */
export interface DeckSeries {
  name: string;
  points: { x: string; y: number }[];
}

/** A trend shown as a native (editable) line chart. */
export interface DeckTrend {
  title: string;
  caption?: string;
  /** How the values read: "percent" for shares in [0, 1]. Default "number". */
  format?: "percent" | "number";
  series: DeckSeries[];
}

/** An incident in plain language. */
export interface DeckIncident {
  title: string;
  /** When it happened, as shown, e.g. "2026-09-15 – 2026-09-30". */
  when: string;
  /** What happened and why, in a sentence or two. */
  text: string;
}

/** What a notebook cell adds to its report's deck; parts are merged in the order displayed. */
export interface DeckPart {
  kpis?: KpiCard[];
  trends?: DeckTrend[];
  decisions?: RecommendationCard[];
  incidents?: DeckIncident[];
}

/**
 * Serialises a deck part for `tslab.display.raw(deckMimeType, deckPart({...}))`: the renderer
 * collects the parts and, with `--pptx`, writes the deck beside the report.
 * @example tslab.display.raw(deckMimeType, deckPart({ kpis: cards }))
 */
export function deckPart(part: DeckPart): string {
  return JSON.stringify(part);
}
