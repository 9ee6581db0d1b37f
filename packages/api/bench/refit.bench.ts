/**
 * Times a refit of the default catalog from salary files as the server runs one: the files
 * checked on a worker thread, then read and fitted on another, with the evaluation and the
 * plausibility suite. Paths of the files as arguments:
 *
 *   pnpm --filter @paypath/api exec tsx bench/refit.bench.ts ../../../shared/data/ai_jobs_salaries_2020-2023.csv …
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { defaultCatalog } from "@paypath/catalog";
import { runRefitThread } from "../src/services/refit/run-refit-thread.js";

const paths = process.argv.slice(2).map((p) => resolve(process.env.INIT_CWD ?? process.cwd(), p));
if (paths.length === 0) {
  console.error("usage: tsx bench/refit.bench.ts <salary.csv> [...]");
  process.exit(2);
}
const files = paths.map((p) => ({ name: basename(p), content: readFileSync(p, "utf8") }));
const bytes = files.reduce((s, f) => s + Buffer.byteLength(f.content), 0);

const t0 = performance.now();
const check = await runRefitThread({ kind: "check", files, catalog: defaultCatalog });
const t1 = performance.now();
if (check.kind !== "check" || check.problemCount > 0) throw new Error(`the files have problems: ${JSON.stringify(check).slice(0, 500)}`);
const steps: string[] = [];
const outcome = await runRefitThread({ kind: "refit", files, contributions: [], base: defaultCatalog, sourceId: "refit-bench", citation: "bench" }, (s) => steps.push(`${s}@${((performance.now() - t1) / 1000).toFixed(1)}s`));
const t2 = performance.now();
if (outcome.kind !== "refit") throw new Error("the refit failed");
const r = outcome.result;
console.log(`files ${files.map((f) => f.name).join(", ")}: ${(bytes / 1e6).toFixed(1)} MB, ${check.files.reduce((s, f) => s + f.rows, 0)} rows; steps ${steps.join(" ")}`);
console.log(`fit rows ${r.counts.fitRows}, figures changed ${r.changedFigures}, evaluation on ${r.evaluation.testYear}: draft MdAPE ${r.evaluation.draft.model.mdape.toFixed(3)} vs published ${r.evaluation.published.model.mdape.toFixed(3)}, plausibility ${r.plausibility.passed}/${r.plausibility.total}`);
console.log(`bench refit.check_s ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`bench refit.fit_s ${((t2 - t1) / 1000).toFixed(2)} s`);
console.log(`bench refit.public_files_s ${((t2 - t0) / 1000).toFixed(2)} s`);
