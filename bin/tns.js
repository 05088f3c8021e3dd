#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript and built to dist/ by `npm run build`
// (which `npm ci` runs through the prepare script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/scripts/tns.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error("tns: dist/scripts/tns.js is missing; run `npm run build` (or `npm ci`) first.");
  process.exit(2);
}
await import(entry.href);
