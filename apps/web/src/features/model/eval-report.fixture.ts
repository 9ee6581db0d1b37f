/** Evaluation reports for the Model page's tests. */

/** Scores of a segment, for tests. */
export const metrics = (mdape: number, coverage: number, n = 100): { n: number; mdape: number; coverage: number } => ({ n, mdape, coverage });
const m = metrics;

/** A report of the current shape, every part present. */
export const fullReport = {
  description: "Fitted on 2020–2023, measured on 2024.",
  files: ["ai_jobs_salaries_2020-2023.csv", "ai_jobs_salaries_2024.csv"],
  trainYears: [2020, 2021, 2022, 2023],
  testYear: 2024,
  cleaning: { input: 1000, duplicates: 100, output: 900 },
  counts: { trainRows: 600, testRows: 300, answered: 297, mapped: 270, lowConfidence: 27, unanswered: 3 },
  answeredShare: 0.99,
  mappedShare: 0.9,
  lowConfidenceShare: 0.09,
  model: m(0.2, 0.49, 297),
  baseline: m(0.3, 0.47, 297),
  mdapeRatio: 0.667,
  byLevel: { SE: { model: m(0.18, 0.5), baseline: m(0.22, 0.47) }, EN: { model: m(0.27, 0.41), baseline: m(0.4, 0.4) }, EX: { model: m(0.22, 0.44), baseline: m(0.24, 0.5) }, MI: { model: m(0.22, 0.43), baseline: m(0.34, 0.48) } },
  byRegion: {
    "western-europe": { name: "Western and Northern Europe", model: m(0.25, 0.42), baseline: m(0.5, 0.2) },
    "north-america": { name: "North America", model: m(0.18, 0.5), baseline: m(0.2, 0.5) },
    oceania: { name: "Australia and New Zealand", model: m(0.3, 0.25, 12), baseline: m(0.35, 0.5, 12) },
  },
  calibration: [
    { predicted: 150_000, actual: 140_000, n: 30 },
    { predicted: 60_000, actual: 66_000, n: 30 },
    { predicted: 100_000, actual: 101_000, n: 30 },
  ],
  plausibility: { passed: 12, failed: [] },
  targets: { maxMdapeRatio: 0.8, coverage: [0.45, 0.55], minSegmentCoverage: 0.4, minSegmentRows: 30, minAnsweredShare: 0.98, met: true },
};
