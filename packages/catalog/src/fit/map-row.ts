import { normalizeTitle, type Catalog } from "@paypath/core";
import type { SurveyRow } from "./rows.js";

/** A survey row placed on catalog ids. */
export interface MappedRow {
  readonly row: SurveyRow;
  /** Catalog role id, or null when the title maps to no role. */
  readonly role: string | null;
  /** How sure the title's mapping is (core's `normalizeTitle` confidence, 0–1). */
  readonly confidence: number;
  /** True when the role is only the fallback for a title naming no role (a low-confidence guess). */
  readonly fallback: boolean;
  /** True when the title reaches the role only through one of its `looseTitles` (a general title), not its own titles. */
  readonly loose: boolean;
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
 * `surveyCode`s; it tells a role's own titles from its loose ones and from the fallback guess.
 *
 * @example
 * createRowMapper(catalog).map(row).role // → "data-scientist" for "Data Scientist"
 */
export function createRowMapper(catalog: Catalog): RowMapper {
  const titles = new Map<string, { role: string | null; level: string | null; confidence: number; fallback: boolean; loose: boolean }>();
  // The same catalog without loose titles: a title is a role's own when it still maps there.
  const strict: Catalog = { ...catalog, roles: catalog.roles.map((r) => ({ ...r, looseTitles: [] })) };
  const byCode = new Map<string, string>();
  for (const level of catalog.levels) if (level.surveyCode) byCode.set(level.surveyCode, level.id);
  return {
    map(row) {
      const arrangementOf = (ratio: number): MappedRow["arrangement"] => (ratio >= 100 ? "remote" : ratio >= 50 ? "hybrid" : "onsite");
      if (row.roleId !== undefined) {
        // A role named outright is the role's own, exactly; the level too when given.
        return { row, role: row.roleId, confidence: 1, fallback: false, loose: false, level: row.levelId ?? byCode.get(row.experienceLevel) ?? null, arrangement: arrangementOf(row.remoteRatio) };
      }
      let match = titles.get(row.jobTitle);
      if (!match) {
        const m = normalizeTitle(row.jobTitle, catalog);
        const fallback = "fallback" in m && m.fallback === true;
        const own = m.role === null || fallback ? undefined : normalizeTitle(row.jobTitle, strict);
        const loose = own !== undefined && (own.role !== m.role || ("fallback" in own && own.fallback === true));
        match = { role: m.role, level: m.level, confidence: m.confidence, fallback, loose };
        titles.set(row.jobTitle, match);
      }
      const level = row.levelId ?? match.level ?? byCode.get(row.experienceLevel) ?? null;
      return { row, role: match.role, confidence: match.confidence, fallback: match.fallback, loose: match.loose, level, arrangement: arrangementOf(row.remoteRatio) };
    },
  };
}
