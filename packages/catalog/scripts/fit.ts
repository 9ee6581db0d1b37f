/**
 * Re-fits the default catalog's fitted figures from the public salary surveys and BLS OEWS.
 *
 *   pnpm --filter @paypath/catalog exec tsx scripts/fit.ts \
 *     --data ../../../shared/data/ai_jobs_salaries_2020-2023.csv --data ../../../shared/data/ai_jobs_salaries_2024.csv \
 *     --data ../../../shared/data/infosec_jobs_salaries_2020-2023.csv --data ../../../shared/data/infosec_jobs_salaries_2024.csv \
 *     --bls ../../../shared/data/bls_oews_national_may2024.csv
 *
 * Rewrites the fitted fields of data/*.json (and data/bls-medians.json) in place; everything
 * else in those files is kept. Re-running with the same files reproduces the committed data.
 * `--out DIR` writes the tables to DIR instead (to look at a fit without changing the catalog).
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import * as core from "@paypath/core";
import type { CatalogInput } from "@paypath/core";
import { defaultCatalogInput } from "../src/index.js";
import { fitCatalog } from "../src/fit/apply-fit.js";
import { anchorRatios } from "../src/fit/anchors.js";
import { blsMedians } from "../src/fit/bls.js";
import { cleanRows } from "../src/fit/clean.js";
import { parseArgs, readCsv, readSurveys, userPath, writeJson } from "./io.js";

const args = parseArgs(process.argv.slice(2));
const outDir = args.get("out")?.[0];
const dataDir = outDir ? userPath(outDir) : fileURLToPath(new URL("../data/", import.meta.url));
const dataPaths = (args.get("data") ?? []).map(userPath);
const blsPath = args.get("bls")?.[0];
if (dataPaths.length === 0 || !blsPath) {
  console.error("usage: tsx scripts/fit.ts --data <survey.csv> [--data …] --bls <bls_oews_national.csv> [--out DIR (default: data/)]");
  process.exit(2);
}

const { rows, files, unreadable } = readSurveys(dataPaths);
const cleaned = cleanRows(rows);
const allBls = blsMedians(readCsv(userPath(blsPath)));
const socs = [...new Set(defaultCatalogInput.roles.flatMap((r) => (r.soc ? [r.soc] : [])))].sort();
const bls = Object.fromEntries(socs.flatMap((s) => (allBls[s] ? [[s, allBls[s]]] : [])));

const anchors = anchorRatios();
const { input, fit } = fitCatalog(defaultCatalogInput, cleaned.rows, { blsMedians: bls, countryAnchors: anchors });

const write = (name: string, value: unknown): void => writeJson(join(dataDir, name), value);
const tables: [string, keyof CatalogInput][] = [
  ["roles.json", "roles"],
  ["levels.json", "levels"],
  ["locations.json", "locations"],
  ["arrangements.json", "arrangements"],
  ["company-sizes.json", "companySizes"],
  ["remote-policies.json", "remotePolicies"],
  ["market-index.json", "marketIndex"],
];
for (const [file, key] of tables) write(file, input[key]);
write("bls-medians.json", {
  source: "U.S. BLS OEWS national, May 2024 (national_M2024_dl.xlsx), A_MEDIAN per SOC code used by a role",
  medians: bls,
});

console.log(`read ${rows.length} rows from ${files.join(", ")} (${unreadable} unreadable)`);
console.log(`cleaning: ${JSON.stringify(cleaned.counts)}`);
console.log(`fit: ${fit.rows} rows mapped to a role (${fit.localRows} local, ${fit.abroadRows} paid from abroad), ${fit.unmapped} unmapped, last year ${fit.lastYear}`);
console.log(`country anchors: ${Object.keys(anchors).join(" ")}; elasticity β ${fit.anchorElasticity?.toFixed(3)}; shrinkage k`, fit.shrinkage);
for (const [id, r] of Object.entries(fit.roles)) console.log(`  ${id.padEnd(32)} n=${String(r.n).padStart(5)} median at reference ${Math.round(r.benchmark)}`);
console.log("levels", Object.fromEntries(Object.entries(fit.levels).map(([k, v]) => [k, `${v.value.toFixed(3)} (n=${v.n})`])));
console.log("years", Object.fromEntries(Object.entries(fit.years).map(([k, v]) => [k, `${v.value.toFixed(3)} (n=${v.n})`])));
console.log("arrangements", fit.arrangements, "sizes", fit.companySizes);
console.log("regions", Object.fromEntries(Object.entries(fit.regions).map(([k, v]) => [k, `${v.value.toFixed(3)} (n=${v.n})`])));
console.log("pay from abroad", fit.abroad, "spread scales", fit.spreadScales);
const fitted = core.CatalogSchema.parse(input);
for (const id of ["us", "ca", "gb", "de", "bg", "jp", "es", "it", "in", "ng", "pk", "ph"]) {
  const l = fitted.locations.find((x) => x.id === id);
  if (l) console.log(`  ${id} ${l.factor.value} (${l.factor.source}, n=${l.factor.n ?? "-"})`);
}
for (const r of fitted.roles) console.log(`  ${r.id.padEnd(32)} ${r.benchmark.value} (${r.benchmark.source}, n=${r.benchmark.n ?? "-"}) spread ${r.spread.p25.value}–${r.spread.p75.value}`);
console.log(`wrote ${tables.map(([f]) => f).join(", ")}, bls-medians.json in ${dataDir}`);
