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

export interface CodeCell {
  cell_type: "code";
  id?: string;
  metadata: CellMetadata;
  source: string | string[];
  execution_count: number | null;
  outputs: Output[];
}

export interface MarkdownCell {
  cell_type: "markdown";
  id?: string;
  metadata: CellMetadata;
  source: string | string[];
  attachments?: Record<string, unknown>;
}

export interface RawCell {
  cell_type: "raw";
  id?: string;
  metadata: CellMetadata;
  source: string | string[];
}

/** A cell output in nbformat 4. */
export type Output = StreamOutput | DisplayDataOutput | ErrorOutput;

export interface StreamOutput {
  output_type: "stream";
  name: "stdout" | "stderr";
  text: string | string[];
}

export interface DisplayDataOutput {
  output_type: "display_data";
  data: Record<string, string | string[]>;
  metadata: Record<string, unknown>;
}

export interface ErrorOutput {
  output_type: "error";
  ename: string;
  evalue: string;
  traceback: string[];
}

/** A parameter value a notebook can receive: what JSON can say. */
export type ParameterValue = string | number | boolean | null;
