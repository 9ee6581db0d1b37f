/**
 * The fit's settings and the judgement figures it falls back on where the survey is too thin.
 * Each is a stated judgement (source `pay-structure-judgement` or `market-projection`), never
 * derived from the rows being fitted, so that a fit on part of the data peeks at nothing else.
 */
export interface FitSettings {
  readonly minRoleRows: number;
  readonly minSpreadRows: number;
  readonly minLevelRows: number;
  readonly shrink: number;
  readonly minCountryRows: number;
  readonly anchorRole: string;
  readonly growth: number;
  readonly levelFallback: Readonly<Record<string, number>>;
}

export const fitSettings: FitSettings = {
  /** A role needs this many rows for a fitted benchmark; others are scaled from the anchor by BLS medians. */
  minRoleRows: 30,
  /** A role needs this many rows for its own spread; others use the pooled residuals. */
  minSpreadRows: 150,
  /** A level needs this many rows for a fitted multiplier. */
  minLevelRows: 20,
  /** Pseudo-count shrinking role and level effects toward the overall level by n / (n + k). */
  shrink: 3,
  /** A country needs this many rows for its own factor. */
  minCountryRows: 5,
  /** The fitted role whose benchmark anchors BLS-derived ones, and its SOC code. */
  anchorRole: "data-scientist",
  /** Yearly market growth after the last survey year (judgement: US wage growth for computer occupations ran about 3–4 % a year in 2021–2024; we take the lower end as AI hiring cooled). */
  growth: 0.03,
  /** Level multipliers used when the titles give too few rows (judgement: typical tech-ladder steps). */
  levelFallback: { junior: 0.62, mid: 0.8, senior: 1, staff: 1.2, manager: 1.15, principal: 1.4, director: 1.45 },
};
