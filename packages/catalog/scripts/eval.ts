/**
 * Evaluates the fit on held-out survey data: fits on every work year but the latest (same code as
 * scripts/fit.ts), measures on the latest, next to a naive baseline (salary median by experience
 * level of the earlier years).
 *
 *   pnpm eval --data ../shared/data/ai_jobs_salaries_2020-2023.csv [--data …] [--report FILE]
 *
 * Paths are resolved against the directory the command was run from.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { defaultCatalogInput } from "../src/index.js";
import { fitCatalog } from "../src/fit/apply-fit.js";
import { cleanRows } from "../src/fit/clean.js";
import { evaluateCatalog, type EvalReport } from "../src/fit/evaluate.js";
import { parseArgs, readJson, readSurveys, userPath, writeJson } from "./io.js";

const args = parseArgs(process.argv.slice(2));
const dataPaths = (args.get("data") ?? []).map(userPath);
const reportPath = args.get("report")?.[0];
if (dataPaths.length === 0) {
  console.error("usage: pnpm eval --data <survey.csv> [--data …] [--report FILE]");
  process.exit(2);
}

const blsFile = fileURLToPath(new URL("../data/bls-medians.json", import.meta.url));
const bls = readJson<{ medians: Record<string, number> }>(join(blsFile)).medians;

const { rows, files } = readSurveys(dataPaths);
const cleaned = cleanRows(rows);
const years = [...new Set(cleaned.rows.map((r) => r.workYear))].sort((a, b) => a - b);
const testYear = years[years.length - 1]!;
const train = cleaned.rows.filter((r) => r.workYear < testYear);
const test = cleaned.rows.filter((r) => r.workYear === testYear);
if (train.length === 0) {
  console.error(`need at least two work years; found ${years.join(", ")}`);
  process.exit(2);
}

const { catalog } = fitCatalog(defaultCatalogInput, train, { blsMedians: bls });
const result = evaluateCatalog(catalog, train, test);
const targets = { maxMdapeRatio: 0.8, coverage: [0.45, 0.55] as const };
const met = result.mdapeRatio <= targets.maxMdapeRatio && result.model.coverage >= targets.coverage[0] && result.model.coverage <= targets.coverage[1];

const report: EvalReport = {
  description:
    `Held-out evaluation: catalog fitted (scripts/fit.ts code) on work years ${years.slice(0, -1).join(", ")} of ${files.join(", ")}, ` +
    `measured on work year ${testYear}. Rows cleaned (adjacent salary pairs collapsed to their midpoint, exact duplicates dropped, full-time only). ` +
    "Model: base p50/p25/p75 of core's estimate for the row's role (title), level (title hint, else survey code), country of residence, arrangement, company size and year. " +
    "Baseline: p25/p50/p75 of salary_in_usd per experience level of the training years. Model and baseline are scored on the same rows (mapped title, country in the catalog).",
  files,
  trainYears: years.slice(0, -1),
  testYear,
  cleaning: { ...cleaned.counts },
  ...result,
  targets: { ...targets, met },
};

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
console.log(`files: ${files.join(", ")}; train years ${report.trainYears.join(", ")} (${train.length} rows), test year ${testYear} (${test.length} rows)`);
console.log(`cleaning: ${JSON.stringify(cleaned.counts)}`);
console.log(`titles mapped to a role: ${pct(result.mappedShare)} (${result.counts.testMapped}/${test.length}); priced: ${result.counts.testPriced}`);
console.log(`model    MdAPE ${pct(result.model.mdape)}  p25–p75 coverage ${pct(result.model.coverage)}  (n=${result.model.n})`);
console.log(`baseline MdAPE ${pct(result.baseline.mdape)}  p25–p75 coverage ${pct(result.baseline.coverage)}  (same rows)`);
console.log(`baseline MdAPE ${pct(result.baselineAllRows.mdape)}  p25–p75 coverage ${pct(result.baselineAllRows.coverage)}  (all ${test.length} test rows)`);
console.log(`model / baseline MdAPE: ${result.mdapeRatio.toFixed(3)} (target ≤ ${targets.maxMdapeRatio}); coverage target ${pct(targets.coverage[0])}–${pct(targets.coverage[1])}: ${met ? "met" : "NOT met"}`);
for (const [code, m] of Object.entries(result.byLevel)) {
  console.log(`  ${code}: n=${m.model.n} model MdAPE ${pct(m.model.mdape)} cov ${pct(m.model.coverage)} | baseline MdAPE ${pct(m.baseline.mdape)} cov ${pct(m.baseline.coverage)}`);
}
if (reportPath) {
  writeJson(userPath(reportPath), report);
  console.log(`report written to ${userPath(reportPath)}`);
}
