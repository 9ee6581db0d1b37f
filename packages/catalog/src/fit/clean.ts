import type { SurveyRow } from "./rows.js";

/** What cleaning did: rows in, rows out and why the others went. */
export interface CleaningCounts {
  readonly input: number;
  /** Adjacent pairs identical but for the salary (a posted range), each collapsed to its midpoint. */
  readonly collapsedPairs: number;
  /** Exact duplicates dropped (after collapsing pairs). */
  readonly duplicates: number;
  /** Rows dropped for not being full-time. */
  readonly notFullTime: number;
  readonly output: number;
}

export interface CleanOptions {
  /** Keep only full-time (FT) rows; default true. Part-time, contract and freelance pay is not a comparable yearly base. */
  readonly fullTimeOnly?: boolean;
}

function keyWithoutSalary(r: SurveyRow): string {
  return [r.workYear, r.experienceLevel, r.employmentType, r.jobTitle, r.salaryCurrency, r.employeeResidence, r.remoteRatio, r.companyLocation, r.companySize].join("|");
}

function fullKey(r: SurveyRow): string {
  return `${keyWithoutSalary(r)}|${r.salary}|${r.salaryInUsd}`;
}

/**
 * Cleans survey rows as the data's provenance advises: each adjacent pair identical but for the
 * salary (a posted range, max then min) becomes one row at the midpoint; then exact duplicates
 * are dropped (the first kept); then, by default, rows that are not full-time are dropped.
 * Pure: returns new rows and the counts, the input is not mutated.
 *
 * @example
 * const a = { ...row, salary: 200000, salaryInUsd: 200000 };
 * const b = { ...row, salary: 100000, salaryInUsd: 100000 };
 * cleanRows([a, b, a, b]).rows.map((r) => r.salaryInUsd) // → [150000]
 */
export function cleanRows(rows: readonly SurveyRow[], options: CleanOptions = {}): { rows: SurveyRow[]; counts: CleaningCounts } {
  const fullTimeOnly = options.fullTimeOnly ?? true;
  const collapsed: SurveyRow[] = [];
  let collapsedPairs = 0;
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    const b = rows[i + 1];
    if (b && a.salaryInUsd !== b.salaryInUsd && keyWithoutSalary(a) === keyWithoutSalary(b)) {
      collapsed.push({ ...a, salary: (a.salary + b.salary) / 2, salaryInUsd: (a.salaryInUsd + b.salaryInUsd) / 2 });
      collapsedPairs++;
      i++;
    } else {
      collapsed.push(a);
    }
  }
  const seen = new Set<string>();
  const unique: SurveyRow[] = [];
  for (const r of collapsed) {
    const key = fullKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(r);
  }
  const kept = fullTimeOnly ? unique.filter((r) => r.employmentType === "FT") : unique;
  return {
    rows: kept,
    counts: {
      input: rows.length,
      collapsedPairs,
      duplicates: collapsed.length - unique.length,
      notFullTime: unique.length - kept.length,
      output: kept.length,
    },
  };
}
