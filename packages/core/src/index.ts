export * from "./catalog/schema.js";
export { compileCatalog, type CompiledCatalog } from "./catalog/compile.js";
export { validateCatalog, type CatalogIssue, type CatalogValidation } from "./catalog/validate-catalog.js";
export { catalogCsvTables, catalogModelEntity, flattenCatalogEntity, type CatalogCsvTable } from "./catalog/csv-tables.js";
export {
  applyCatalogChanges,
  changePath,
  diffCatalogs,
  entityKey,
  rebaseCatalog,
  type CatalogChange,
  type CatalogSection,
  type RebasedCatalog,
  type ReplacedChange,
  type SkippedChange,
} from "./catalog/diff.js";
export { profileImpact, type ProfileImpact, type ProfileImpactSummary, type SampleProfile } from "./catalog/profile-impact.js";
export {
  countryWageAnchors,
  countryWageAnchorSource,
  usAverageAnnualWage2022,
  usAverageAnnualWage2023,
  usdPerEur2023,
  type CountryWageAnchor,
} from "./catalog/country-wage-anchors.js";
export {
  checkPlausibility,
  countryBandExponent,
  countryBandLow,
  countryOrderRatio,
  countryOrderRatioAcrossBases,
  type PlausibilityCheck,
  type PlausibilityOptions,
  type PlausibilityReport,
} from "./catalog/plausibility.js";
export * from "./profile/schema.js";
export { parseProfile, type ProfileIssue } from "./profile/parse-profile.js";
export { attribute, type Factor, type Share } from "./valuation/attribute.js";
export { estimate } from "./valuation/estimate.js";
export { ProfileError, withinField } from "./valuation/profile-error.js";
export { marketYearsOf, projectionConfidencePerYear, projectionFactor, yearProblem, type MarketYears } from "./valuation/market-years.js";
export { exactTitleConfidence, fallbackConfidenceCap, familyLogVariance, mappingWeight, widenSpread } from "./valuation/role-match.js";
export type * from "./valuation/types.js";
export { defaultFallbackConfidence, normalizeTitle, wordFallbackConfidence, type TitleMatch } from "./titles/normalize-title.js";
export {
  findUnstorableText,
  isStorableText,
  maxUnstorableTextIssues,
  unstorableTextMessage,
  unstorableTextProblem,
  type UnstorableText,
} from "./text/storable-text.js";
export { inPhrase } from "./text/in-phrase.js";
export { analyzeGap } from "./planner/analyze-gap.js";
export { planPaths } from "./planner/plan-paths.js";
export * from "./planner/schema.js";
export * from "./offers/schema.js";
export { vestGrant, vestingSchedule, yearlyPercents, grantShares, type VestingEvent } from "./offers/vesting-schedule.js";
export {
  projectOffer,
  refresherShares,
  riskAdjustedPerShare,
  type OfferProjection,
  type OfferYear,
  type OfferYearEquity,
  type ProjectOfferOptions,
} from "./offers/project-offer.js";
export { clawbackAt } from "./offers/clawback-at.js";
export {
  compareOffers,
  marketPercentile,
  normalCdf,
  type ChecklistItem,
  type CompareOffersOptions,
  type MarketComponent,
  type OfferComparison,
  type OffersComparison,
  type Shortfall,
  type SignOnTerms,
} from "./offers/compare-offers.js";
export * from "./bands/schema.js";
export type * from "./bands/types.js";
export { calibrateTeam, bandRange, payPosition } from "./bands/calibrate-team.js";
export { marketValueAt, normalQuantile } from "./bands/market-quantile.js";
export { simulateBudget, bandQuartile } from "./bands/simulate-budget.js";
export {
  diffRosters,
  rosterDiffFields,
  type RosterChange,
  type RosterDiff,
  type RosterDiffField,
  type RosterPerson,
} from "./bands/roster-diff.js";
export { payEquity, payGapThreshold } from "./bands/pay-equity.js";
export { bandImpact } from "./bands/band-impact.js";
export * from "./transparency/schema.js";
export {
  postingRange,
  roundingStep,
  roundRangeInward,
  formatAmount,
  suggestJurisdiction,
  type PostingRange,
  type PostingRangeRequest,
  type PostingComponent,
} from "./transparency/posting-range.js";
export {
  transparencyReport,
  minReportedGroupSize,
  type TransparencyReport,
  type ReportGroup,
  type ReportQuartile,
  type ReportCategory,
} from "./transparency/transparency-report.js";
