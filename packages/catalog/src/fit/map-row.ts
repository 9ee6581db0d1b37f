import { normalizeTitle, type Catalog } from "@paypath/core";
import type { SurveyRow } from "./rows.js";

/** A survey row placed on catalog ids. */
export interface MappedRow {
  readonly row: SurveyRow;
  /** Catalog role id, or null when the title maps to no role. */
  readonly role: string | null;
  /** Catalog level id: the title's seniority hint when it has one, else the survey code's level. */
  readonly level: string | null;
  /** Catalog arrangement id for the row's remote ratio. */
  readonly arrangement: "onsite" | "hybrid" | "remote";
}

/** Maps survey rows to catalog ids, caching title look-ups (about 300 distinct titles). */
export interface RowMapper {
  map(row: SurveyRow): MappedRow;
}

/**
 * Builds a mapper from survey rows to catalog ids using core's `normalizeTitle` and the levels'
 * `surveyCode`s.
 *
 * @example
 * createRowMapper(catalog).map(row).role // → "data-scientist" for "Data Scientist"
 */
export function createRowMapper(catalog: Catalog): RowMapper {
  const titles = new Map<string, { role: string | null; level: string | null }>();
  const byCode = new Map<string, string>();
  for (const level of catalog.levels) if (level.surveyCode) byCode.set(level.surveyCode, level.id);
  return {
    map(row) {
      let match = titles.get(row.jobTitle);
      if (!match) {
        const m = normalizeTitle(row.jobTitle, catalog);
        match = { role: m.role, level: m.level };
        titles.set(row.jobTitle, match);
      }
      const arrangement = row.remoteRatio >= 100 ? "remote" : row.remoteRatio >= 50 ? "hybrid" : "onsite";
      return { row, role: match.role, level: match.level ?? byCode.get(row.experienceLevel) ?? null, arrangement };
    },
  };
}
