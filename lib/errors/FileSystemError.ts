import { TnsError } from "./TnsError.js";
import * as msg from "./messages.js";

/** Error codes of the file system that are the user's to fix (disk, permissions, paths). */
export const fileSystemCodes: ReadonlySet<string> = new Set([
  "ENOSPC",
  "EROFS",
  "EISDIR",
  "ENOTDIR",
  "EACCES",
  "EPERM",
  "ENOENT",
  "EMFILE",
  "EDQUOT",
]);

/**
 * A file that cannot be read or written (disk full, read-only, a folder where a file should be,
 * permissions), naming the file, the code and the fix. Exit code 2.
 * @example throw FileSystemError.from(error, "reports/index.html", "write");
 */
export class FileSystemError extends TnsError {
  override name = "FileSystemError";
  readonly path: string;
  /** The system error code, e.g. "ENOSPC". */
  readonly code: string;

  constructor(message: string, path: string, code: string, cause?: unknown) {
    super(message, { cause });
    this.path = path;
    this.code = code;
  }

  /**
   * Wraps a Node.js system error about `path`; other errors are returned unchanged.
   * @example catch (e) { throw FileSystemError.from(e, path, "write"); }
   */
  static from(error: unknown, path: string, action: "read" | "write"): unknown {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (!code || !fileSystemCodes.has(code) || error instanceof TnsError) return error;
    const detail = (error as Error).message;
    return new FileSystemError(msg.fileSystemFailed(action, path, code, detail), path, code, error);
  }
}
