/** One bar as the bar chart draws it: category, colour group, value, interval and tooltip. */
export interface BarDatum {
  category: string;
  group: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  title: string;
}
