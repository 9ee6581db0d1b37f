/** The survey columns the fit and the evaluation read (the CSV header of the aijobs.net and isecjobs.com surveys). */
export const surveyColumns: readonly string[] = [
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
];

const cleaningLabels: Readonly<Record<string, string>> = {
  input: "Rows read",
  collapsedPairs: "Adjacent salary pairs collapsed to their midpoint",
  duplicates: "Exact duplicates dropped",
  notFullTime: "Not full-time, dropped",
  output: "Rows kept",
};

/**
 * A report's cleaning counts as labelled rows, in the report's order; a count without a known
 * label is named by its key in words.
 *
 * @example
 * cleaningRows({ input: 10475, remoteAbroad: 12 }) // → [{ label: "Rows read", value: 10475 }, { label: "Remote abroad", value: 12 }]
 */
export function cleaningRows(cleaning: Readonly<Record<string, number>>): { label: string; value: number }[] {
  return Object.entries(cleaning).map(([key, value]) => {
    const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
    return { label: cleaningLabels[key] ?? words.charAt(0).toUpperCase() + words.slice(1), value };
  });
}

/** Where the committed report lives, from the repository root. */
export const reportPath = "packages/catalog/data/eval-report.json";

/**
 * The command (run at the repository root) that writes the committed report again, one `--data`
 * per survey file it read; `<dir>` is wherever the public survey files are.
 *
 * @example
 * evalCommand(["ai_jobs_salaries_2024.csv"])
 * // → "pnpm eval --data <dir>/ai_jobs_salaries_2024.csv --report packages/catalog/data/eval-report.json"
 */
export function evalCommand(files: readonly string[] | undefined): string {
  const data = files && files.length > 0 ? files.map((f) => `--data <dir>/${f}`).join(" ") : "--data <dir>/<survey.csv> [--data …]";
  return `pnpm eval ${data} --report ${reportPath}`;
}
