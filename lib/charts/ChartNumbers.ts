/** A column of {@link ChartNumbers}: its header and whether it holds numbers (right-aligned). */
export interface ChartNumbersColumn {
  label: string;
  /** Right-align the column; default false. */
  numeric?: boolean;
}

/**
 * The numbers a chart draws, as display text: the table behind its "Show the numbers" toggle.
 * Every chart helper passes one to `renderPlot`, so a reader without a mouse, a screen, colour
 * vision or JavaScript gets the same values the marks encode.
 */
export interface ChartNumbers {
  columns: readonly ChartNumbersColumn[];
  /** One array of cell texts per row, in column order. */
  rows: readonly (readonly string[])[];
  /** A line under the table, e.g. "every 10th threshold of 1,001"; default none. */
  note?: string;
}
