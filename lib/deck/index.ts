// deck: the PowerPoint deck a report makes (00), slide by slide.
// deckBytes is not re-exported: it loads pptxgenjs, which notebooks never need; the renderer
// imports it when --pptx asks for a deck.
export {
  deckMimeType,
  deckPart,
  type DeckPart,
  type DeckTrend,
  type DeckSeries,
  type DeckIncident,
} from "./deckPart.js";
export { collectDeck, type DeckContent } from "./collectDeck.js";
export { deckTrend, type DeckTrendOptions } from "./deckTrend.js";
export type { DeckTitle } from "./deckBytes.js";
