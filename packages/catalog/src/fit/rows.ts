/** One row of the public salary surveys (aijobs.net / isecjobs.com), typed. */
export interface SurveyRow {
  readonly workYear: number;
  /** EN, MI, SE or EX. */
  readonly experienceLevel: string;
  /** FT, PT, CT or FL. */
  readonly employmentType: string;
  readonly jobTitle: string;
  readonly salary: number;
  readonly salaryCurrency: string;
  readonly salaryInUsd: number;
  /** ISO 3166 alpha-2, upper-case. */
  readonly employeeResidence: string;
  /** 0, 50 or 100. */
  readonly remoteRatio: number;
  readonly companyLocation: string;
  /** S, M or L. */
  readonly companySize: string;
  /** A catalog role id given outright (a PayPath CSV row, a contribution): the fit takes it instead of reading the title. */
  readonly roleId?: string;
  /** A catalog level id given outright: the fit takes it instead of the title's hint or the survey code. */
  readonly levelId?: string;
  /** Where the row came from, when not a survey file: a professional's contribution. */
  readonly origin?: "contribution";
}

/** The public survey format's columns (aijobs.net / isecjobs.com), all required. */
export const surveyFileColumns = [
  "work_year",
  "experience_level",
  "employment_type",
  "job_title",
  "salary",
  "salary_currency",
  "salary_in_usd",
  "employee_residence",
  "remote_ratio",
  "company_location",
  "company_size",
] as const;

/**
 * Types one CSV record (column name → text) of the salary surveys; returns undefined for a record
 * with a missing column or a non-numeric year, salary or remote ratio.
 *
 * @example
 * toSurveyRow({ work_year: "2023", experience_level: "SE", employment_type: "FT", job_title: "Data Scientist",
 *   salary: "150000", salary_currency: "USD", salary_in_usd: "150000", employee_residence: "US",
 *   remote_ratio: "0", company_location: "US", company_size: "M" })?.salaryInUsd // → 150000
 */
export function toSurveyRow(record: Readonly<Record<string, string | undefined>>): SurveyRow | undefined {
  for (const c of surveyFileColumns) if (record[c] === undefined || record[c] === "") return undefined;
  const row: SurveyRow = {
    workYear: Number(record.work_year),
    experienceLevel: record.experience_level!.trim(),
    employmentType: record.employment_type!.trim(),
    jobTitle: record.job_title!.trim(),
    salary: Number(record.salary),
    salaryCurrency: record.salary_currency!.trim().toUpperCase(),
    salaryInUsd: Number(record.salary_in_usd),
    employeeResidence: record.employee_residence!.trim().toUpperCase(),
    remoteRatio: Number(record.remote_ratio),
    companyLocation: record.company_location!.trim().toUpperCase(),
    companySize: record.company_size!.trim().toUpperCase(),
  };
  const numbers = [row.workYear, row.salary, row.salaryInUsd, row.remoteRatio];
  if (!numbers.every(Number.isFinite) || row.salaryInUsd <= 0) return undefined;
  return row;
}
