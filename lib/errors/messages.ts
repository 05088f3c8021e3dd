// Every user-facing message of the errors module: what failed, the file, the fix.

const fixes: Record<string, string> = {
  ENOSPC: "no space left on the device; free space or write to another folder",
  EROFS: "the file system is read-only; choose a writable folder (e.g. --out /tmp/reports)",
  EISDIR: "it is a folder; give a file path",
  ENOTDIR: "a part of the path is a file, not a folder; check the path",
  EACCES: "permission denied; choose a folder you can write to or fix its permissions",
  EPERM: "operation not permitted; choose a folder you can write to or fix its permissions",
  ENOENT: "no such file or folder; check the path",
  EMFILE: "too many open files; raise the limit (ulimit -n) or run fewer jobs",
  EDQUOT: "disk quota exceeded; free space or write to another folder",
};

export const fileSystemFailed = (action: string, path: string, code: string, detail: string) =>
  `cannot ${action} ${path}: ${fixes[code] ?? `${code} (${detail}); check the path and the disk`}`;
