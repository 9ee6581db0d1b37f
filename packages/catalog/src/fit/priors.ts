import type { FactorName } from "./fit-survey.js";

/**
 * The fit's settings and the judgement figures it falls back on where the survey is too thin.
 * Each is a stated judgement (source `pay-structure-judgement` or `market-projection`), never
 * derived from the rows being fitted, so that a fit on part of the data peeks at nothing else.
 */
export interface FitSettings {
  readonly minRoleRows: number;
  readonly minSpreadRows: number;
  readonly minLevelRows: number;
  readonly shrink: number | Partial<Record<FactorName | "region", number>> | undefined;
  readonly thinCountryRows: number;
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
  /**
   * Pseudo-counts k of the partial pooling (each effect shrunk toward its prior by n / (n + k)).
   * Every factor's k is estimated from the data (between- vs within-group variance), except the
   * countries': stated at 20 local rows (judgement). Respondents outside the US are few and
   * self-selected (staff of international employers are over-represented: Bulgaria's six 2023 rows
   * priced it near Canada), so the spread between countries the survey shows is mostly not
   * sampling noise yet not the market either; the estimated k (about 1) would take a handful of
   * rows at face value. At 20, a country's own rows outweigh its prior (anchor^β or region pool)
   * from 20 rows on.
   */
  shrink: { country: 20 },
  /** A country with fewer local rows says "thin data" in its note. */
  thinCountryRows: 30,
  /** The fitted role whose benchmark anchors BLS-derived ones, and its SOC code. */
  anchorRole: "data-scientist",
  /** Yearly market growth after the last survey year (judgement: US wage growth for computer occupations ran about 3–4 % a year in 2021–2024; we take the lower end as AI hiring cooled). */
  growth: 0.03,
  /** Level multipliers used when the titles give too few rows (judgement: typical tech-ladder steps). */
  levelFallback: { junior: 0.62, mid: 0.8, senior: 1, staff: 1.2, manager: 1.15, principal: 1.4, director: 1.45 },
};
