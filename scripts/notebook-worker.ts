// Child process that executes one notebook: tslab keeps global state (and a file watcher), so each
// notebook gets a fresh process. Receives {notebook, path} over IPC, replies with the result.
import { executeNotebook } from "../lib/report/executeNotebook.js";
import type { Notebook } from "../lib/report/Notebook.js";
import { withholdPersonalData } from "../lib/report/withholdPersonalData.js";

process.once("message", (message: { notebook: Notebook; path: string }) => void run(message));

/** Executes the notebook and sends the result (or the failure) to the parent, then exits. */
async function run(message: { notebook: Notebook; path: string }): Promise<void> {
  try {
    const executed = await executeNotebook(message.notebook, { path: message.path });
    // Scanned here, not in the parent, so the scan counts against the notebook's --timeout.
    const privacy = withholdPersonalData(executed.notebook);
    const result = { ...executed, notebook: privacy.notebook, personalData: privacy.cells };
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    const e = error as Error;
    process.send!({ ok: false, message: e.stack ?? String(e) }, () => process.exit(1));
  }
}
