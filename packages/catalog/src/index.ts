import { CatalogSchema, type Catalog, type CatalogInput } from "@paypath/core";
import arrangements from "../data/arrangements.json" with { type: "json" };
import companySizes from "../data/company-sizes.json" with { type: "json" };
import credentials from "../data/credentials.json" with { type: "json" };
import evalReportJson from "../data/eval-report.json" with { type: "json" };
import industries from "../data/industries.json" with { type: "json" };
import levels from "../data/levels.json" with { type: "json" };
import locations from "../data/locations.json" with { type: "json" };
import marketIndex from "../data/market-index.json" with { type: "json" };
import model from "../data/model.json" with { type: "json" };
import planPresets from "../data/presets.json" with { type: "json" };
import promotions from "../data/promotions.json" with { type: "json" };
import remotePolicies from "../data/remote-policies.json" with { type: "json" };
import roles from "../data/roles.json" with { type: "json" };
import skills from "../data/skills.json" with { type: "json" };
import sources from "../data/sources.json" with { type: "json" };
import stages from "../data/stages.json" with { type: "json" };
import type { EvalReport } from "./fit/evaluate.js";

/**
 * The default catalog as written in `data/*.json`, before validation and defaults.
 * Fitted figures are rewritten by `scripts/fit.ts`; the rest is edited by hand.
 */
export const defaultCatalogInput: CatalogInput = {
  version: model.version,
  name: model.name,
  baseCurrency: model.baseCurrency,
  sources: sources as unknown as CatalogInput["sources"],
  model: model.model as unknown as CatalogInput["model"],
  roleFamilies: model.roleFamilies as unknown as CatalogInput["roleFamilies"],
  roles: roles as unknown as CatalogInput["roles"],
  levels: levels as unknown as CatalogInput["levels"],
  skills: skills as unknown as CatalogInput["skills"],
  credentials: credentials as unknown as CatalogInput["credentials"],
  locations: locations as unknown as CatalogInput["locations"],
  arrangements: arrangements as unknown as CatalogInput["arrangements"],
  remotePolicies: remotePolicies as unknown as CatalogInput["remotePolicies"],
  industries: industries as unknown as CatalogInput["industries"],
  stages: stages as unknown as CatalogInput["stages"],
  companySizes: companySizes as unknown as CatalogInput["companySizes"],
  marketIndex,
  promotions: promotions as unknown as CatalogInput["promotions"],
  planPresets: planPresets as unknown as CatalogInput["planPresets"],
};

/** The default catalog, validated by core's `CatalogSchema` (throws at import if a data file is invalid). */
export const defaultCatalog: Catalog = CatalogSchema.parse(defaultCatalogInput);

/** The committed evaluation of the fit on held-out survey data (`data/eval-report.json`, written by `scripts/eval.ts`). */
export const evalReport: EvalReport = evalReportJson as unknown as EvalReport;

export { anchorRatios } from "./fit/anchors.js";
export { payTransparencyRules, payTransparencyRulesInput } from "./pay-transparency.js";
export { applyFit, fitCatalog, fitSources, type ApplyFitOptions } from "./fit/apply-fit.js";
export { blsMedians } from "./fit/bls.js";
export { backfit, predictLog, type BackfitResult, type FactorPooling, type Observation } from "./fit/backfit.js";
export { cleanRows, type CleaningCounts } from "./fit/clean.js";
export {
  calibrationBins,
  evaluateCatalog,
  evalTargets,
  fitBaseline,
  priceRows,
  scorePredictions,
  targetsMet,
  type CalibrationBin,
  type EvalMetrics,
  type EvalReport,
  type EvalTargets,
  type SegmentScore,
} from "./fit/evaluate.js";
export { anchorElasticity, countryRatio, fitSurvey, fitFx, isLocalRow, regionNames, type SurveyFit } from "./fit/fit-survey.js";
export { estimateShrinkage, shrinkToward, withinVariance } from "./fit/pooling.js";
export { otherRegion, regionOf, regions, type Region } from "./fit/regions.js";
export { toSurveyRow, type SurveyRow } from "./fit/rows.js";
export { fitSegmentSpreads, type SegmentSpreads } from "./fit/spreads.js";
export { contributionsSourceId, defaultBlsMedians, refitCatalog, refitSteps, type RefitInput, type RefitResult, type RefitScore, type RefitSegment, type RefitStep } from "./fit/refit.js";
export {
  detectSalaryFormat,
  payPathFileColumns,
  payPathRow,
  readPayPathRecord,
  readSurveyRecord,
  salaryYearRange,
  surveyFileColumns,
  type PayPathSalary,
  type SalaryFileFormat,
  type SalaryRecordProblem,
  type SalaryRecordResult,
} from "./fit/upload-rows.js";
