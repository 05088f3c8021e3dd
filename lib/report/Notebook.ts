/** A Jupyter notebook in nbformat 4, as far as the kit reads and writes it. */
export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: NotebookMetadata;
  cells: Cell[];
}

/** Notebook-level metadata; `kernelspec.name` must be `tslab`. */
export interface NotebookMetadata {
  kernelspec?: { name: string; display_name?: string; language?: string };
  language_info?: Record<string, unknown>;
  tns?: RunRecord;
  [key: string]: unknown;
}

/**
 * What the runner records about an execution in the executed notebook's metadata: nothing that
 * varies between runs (the duration is in reports/manifest.json).
 */
export interface RunRecord {
  parameters: Record<string, ParameterValue>;
  status: "ok" | "failed";
  failedCell?: number;
}

/** A notebook cell: code, Markdown or raw. */
export type Cell = CodeCell | MarkdownCell | RawCell;

/** Cell metadata; `tags` carries `parameters` and `injected-parameters`. */
export interface CellMetadata {
  tags?: string[];
  [key: string]: unknown;
}

/** A code cell: its source, the outputs it printed and its tags (e.g. `parameters`). */
export interface CodeCell {
  cell_type: "code";
  id?: string;
  metadata: CellMetadata;
  source: string | string[];
  execution_count: number | null;
  outputs: Output[];
}

/** A markdown cell: prose rendered into the page. */
export interface MarkdownCell {
  cell_type: "markdown";
  id?: string;
  metadata: CellMetadata;
  source: string | string[];
  attachments?: Record<string, unknown>;
}

/** A raw cell: text the notebook keeps but never runs. */
export interface RawCell {
  cell_type: "raw";
  id?: string;
  metadata: CellMetadata;
  source: string | string[];
}

/** A cell output in nbformat 4. */
export type Output = StreamOutput | DisplayDataOutput | ErrorOutput;

/** Text a cell printed on stdout or stderr. */
export interface StreamOutput {
  output_type: "stream";
  name: "stdout" | "stderr";
  text: string | string[];
}

/** What a cell displayed (HTML, markdown, an image, the report info), by MIME type. */
export interface DisplayDataOutput {
  output_type: "display_data";
  data: Record<string, string | string[]>;
  metadata: Record<string, unknown>;
}

/** The error a cell threw: its name, message and traceback. */
export interface ErrorOutput {
  output_type: "error";
  ename: string;
  evalue: string;
  traceback: string[];
}

/** A parameter value a notebook can receive: what JSON can say. */
export type ParameterValue = string | number | boolean | null;
