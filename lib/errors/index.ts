// errors: the kit's error base class and file-system errors with messages that name the fix.
export { TnsError, type TnsErrorOptions } from "./TnsError.js";
export { FileSystemError, fileSystemCodes } from "./FileSystemError.js";
