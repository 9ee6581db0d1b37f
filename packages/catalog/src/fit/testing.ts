import type { SurveyRow } from "./rows.js";

/**
 * A survey row for tests, with overrides.
 *
 * @example
 * surveyRow({ jobTitle: "Data Scientist", salaryInUsd: 120000 }).salary // → 120000
 */
export function surveyRow(overrides: Partial<SurveyRow> = {}): SurveyRow {
  const salaryInUsd = overrides.salaryInUsd ?? 100_000;
  return {
    workYear: 2023,
    experienceLevel: "SE",
    employmentType: "FT",
    jobTitle: "Data Scientist",
    salary: salaryInUsd,
    salaryCurrency: "USD",
    salaryInUsd,
    employeeResidence: "US",
    remoteRatio: 0,
    companyLocation: "US",
    companySize: "L",
    ...overrides,
  };
}

const truth = {
  roles: { "Data Scientist": 150_000, "Machine Learning Engineer": 200_000 } as Record<string, number>,
  levels: { EN: 0.6, SE: 1, EX: 1.4 } as Record<string, number>,
  countries: { US: 1, GB: 0.6 } as Record<string, number>,
  remote: { 0: 1, 100: 0.95 } as Record<number, number>,
  sizes: { L: 1, M: 0.9 } as Record<string, number>,
  years: { 2022: 0.95, 2023: 1 } as Record<number, number>,
};

/**
 * A full factorial of synthetic rows from a known multiplicative model with symmetric noise: roles 150k/200k,
 * EN 0.6, SE 1, EX 1.4, GB 0.6 (paid in GBP at 0.8), remote 0.95, size M 0.9, 2022 at 0.95 of 2023.
 *
 * @example
 * syntheticRows([2023], [1]).length // → 48
 */
export function syntheticRows(years: readonly number[] = [2022, 2023], noise: readonly number[] = [0.9, 1, 1 / 0.9]): SurveyRow[] {
  const rows: SurveyRow[] = [];
  for (const [title, base] of Object.entries(truth.roles))
    for (const [level, lm] of Object.entries(truth.levels))
      for (const [country, cm] of Object.entries(truth.countries))
        for (const [remote, rm] of Object.entries(truth.remote))
          for (const [size, sm] of Object.entries(truth.sizes))
            for (const year of years)
              for (const e of noise) {
                const usd = base * lm * cm * rm * sm * truth.years[year]! * e;
                const gbp = country === "GB";
                rows.push(
                  surveyRow({
                    jobTitle: title, experienceLevel: level, employeeResidence: country, companyLocation: country, remoteRatio: Number(remote),
                    companySize: size, workYear: year, salaryInUsd: usd, salary: gbp ? usd * 0.8 : usd, salaryCurrency: gbp ? "GBP" : "USD",
                  }),
                );
              }
  return rows;
}

