/**
 * Evaluates the fit on held-out survey data: fits on every work year but the latest (same code as
 * scripts/fit.ts), measures on the latest, next to a naive baseline (salary quantiles by experience
 * level of the earlier years).
 *
 *   pnpm eval --data ../shared/data/ai_jobs_salaries_2020-2023.csv --data ../shared/data/ai_jobs_salaries_2024.csv \
 *     --data ../shared/data/infosec_jobs_salaries_2020-2023.csv --data ../shared/data/infosec_jobs_salaries_2024.csv \
 *     [--report packages/catalog/data/eval-report.json]
 *
 * Paths are resolved against the directory the command was run from.
 */
import { fileURLToPath } from "node:url";
import { checkPlausibility, type Catalog } from "@paypath/core";
import { defaultCatalogInput } from "../src/index.js";
import { fitCatalog } from "../src/fit/apply-fit.js";
import { cleanRows } from "../src/fit/clean.js";
import { evaluateCatalog, type EvalReport } from "../src/fit/evaluate.js";
import { anchorRatios } from "../src/fit/anchors.js";
import { parseArgs, readJson, readSurveys, userPath, writeJson } from "./io.js";

const args = parseArgs(process.argv.slice(2));
const dataPaths = (args.get("data") ?? []).map(userPath);
const reportPath = args.get("report")?.[0];
if (dataPaths.length === 0) {
  console.error("usage: pnpm eval --data <survey.csv> [--data …] [--report FILE]");
  process.exit(2);
}

const blsFile = fileURLToPath(new URL("../data/bls-medians.json", import.meta.url));
const bls = readJson<{ medians: Record<string, number> }>(blsFile).medians;

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

const anchors = anchorRatios();
const { catalog } = fitCatalog(defaultCatalogInput, train, { blsMedians: bls, countryAnchors: anchors });

/** Core's plausibility suite on the catalog fitted for the evaluation. */
function plausibilityOf(c: Catalog): EvalReport["plausibility"] {
  const { checks } = checkPlausibility(c);
  return { passed: checks.filter((x) => x.passed).length, failed: checks.filter((x) => !x.passed).map((x) => `${x.id}: ${x.title}`) };
}

const result = evaluateCatalog(catalog, train, test, plausibilityOf(catalog));
const report: EvalReport = {
  description:
    `Held-out evaluation: catalog fitted (scripts/fit.ts code) on work years ${years.slice(0, -1).join(", ")} of ${files.join(", ")}, ` +
    `measured on work year ${testYear}. Rows cleaned (adjacent salary pairs collapsed to their midpoint, exact duplicates dropped, full-time only). ` +
    "Model: base p50/p25/p75 of core's estimate for the row's role (title, with the mapping's confidence; a title naming no role is priced as the fallback role with a wider range), " +
    "level (title hint, else survey code), country of residence (a remote row paid from another country under the global remote policy), arrangement, company size and year. " +
    "Baseline: p25/p50/p75 of salary_in_usd per experience level of the training years, scored on the same answered rows. " +
    "Segments (levels, regions) with fewer than 30 rows are reported but not judged.",
  files,
  trainYears: years.slice(0, -1),
  testYear,
  cleaning: { ...cleaned.counts },
  ...result,
};

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const line = (name: string, s: { model: { n: number; mdape: number; coverage: number }; baseline: { mdape: number; coverage: number } }): string =>
  `  ${name.padEnd(28)} n=${String(s.model.n).padStart(6)}  model MdAPE ${pct(s.model.mdape)} cov ${pct(s.model.coverage)} | baseline MdAPE ${pct(s.baseline.mdape)} cov ${pct(s.baseline.coverage)}`;
console.log(`files: ${files.join(", ")}; train years ${report.trainYears.join(", ")} (${train.length} rows), test year ${testYear} (${test.length} rows)`);
console.log(`cleaning: ${JSON.stringify(cleaned.counts)}`);
console.log(`answered ${pct(result.answeredShare)} (mapped ${pct(result.mappedShare)}, low confidence ${pct(result.lowConfidenceShare)}); counts ${JSON.stringify(result.counts)}`);
console.log(`model    MdAPE ${pct(result.model.mdape)}  p25–p75 coverage ${pct(result.model.coverage)}  (n=${result.model.n})`);
console.log(`baseline MdAPE ${pct(result.baseline.mdape)}  p25–p75 coverage ${pct(result.baseline.coverage)}  (same rows)`);
console.log(`model / baseline MdAPE: ${result.mdapeRatio.toFixed(3)}; targets ${result.targets.met ? "met" : "NOT met"}`);
for (const [code, s] of Object.entries(result.byLevel)) console.log(line(code, s));
for (const s of Object.values(result.byRegion)) console.log(line(s.name, s));
console.log("calibration", result.calibration.map((b) => `${Math.round(b.predicted / 1000)}k→${Math.round(b.actual / 1000)}k`).join(" "));
console.log("plausibility", result.plausibility ? `${result.plausibility.passed} passed, failed: ${result.plausibility.failed.join("; ") || "none"}` : "not run");
if (reportPath) {
  writeJson(userPath(reportPath), report);
  console.log(`report written to ${userPath(reportPath)}`);
}
