// Prints the gzipped size of the JavaScript a first visit loads: the entry script of
// dist/index.html and every modulepreload link; and the size of the brotli files the build wrote
// beside them, which the server sends to browsers that accept brotli (all current ones). What a
// browser actually receives on the first route, lazy chunks and headers included, is measured in
// Chromium by first-load.bench.mjs. Run after `vite build`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");

const files = new Set();
for (const match of html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) files.add(match[1]);
for (const match of html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) files.add(match[1]);
if (files.size === 0) throw new Error("no entry script found in dist/index.html");

let total = 0;
let brotli = 0;
for (const file of files) {
  const path = join(dist, file.replace(/^\//, ""));
  const bytes = gzipSync(readFileSync(path), { level: 9 }).length;
  total += bytes;
  brotli += existsSync(`${path}.br`) ? readFileSync(`${path}.br`).length : readFileSync(path).length;
  console.error(`${file}: ${(bytes / 1024).toFixed(1)} KB gzip`);
}
const kb = total / 1024;
console.log(`bench web.initial_js_gzip_kb ${kb.toFixed(1)} KB`);
console.log(`bench web.initial_js_br_kb ${(brotli / 1024).toFixed(1)} KB`);

// The budget: initial JavaScript, gzipped, at most 250 KB.
const budgetKb = 250;
if (kb > budgetKb) {
  console.error(`initial JavaScript is over the ${budgetKb} KB budget`);
  process.exitCode = 1;
}
