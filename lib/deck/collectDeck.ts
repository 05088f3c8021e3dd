import type { Notebook } from "../report/Notebook.js";
import { deckMimeType, type DeckPart } from "./deckPart.js";

/** Everything a notebook displayed for its deck, merged. */
export interface DeckContent {
  kpis: NonNullable<DeckPart["kpis"]>;
  trends: NonNullable<DeckPart["trends"]>;
  decisions: NonNullable<DeckPart["decisions"]>;
  incidents: NonNullable<DeckPart["incidents"]>;
}

const text = (value: string | string[]) => (Array.isArray(value) ? value.join("") : value);
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * The deck parts an executed notebook displayed ({@link deckPart}), merged in order; undefined when
 * it displayed none (it did not opt in to a deck).
 * @example collectDeck(executed)?.kpis.length // 7
 */
export function collectDeck(notebook: Notebook): DeckContent | undefined {
  let found = false;
  const deck: DeckContent = { kpis: [], trends: [], decisions: [], incidents: [] };
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") continue;
    for (const output of cell.outputs) {
      if (output.output_type !== "display_data" || output.data[deckMimeType] === undefined)
        continue;
      found = true;
      const part = JSON.parse(text(output.data[deckMimeType])) as DeckPart;
      deck.kpis.push(...list<DeckContent["kpis"][number]>(part.kpis));
      deck.trends.push(...list<DeckContent["trends"][number]>(part.trends));
      deck.decisions.push(...list<DeckContent["decisions"][number]>(part.decisions));
      deck.incidents.push(...list<DeckContent["incidents"][number]>(part.incidents));
    }
  }
  return found ? deck : undefined;
}
