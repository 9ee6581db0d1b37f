/** A small public-survey salary file: two roles, four levels, two countries, the given years, spread by a fixed pattern. */
export function surveyCsv(years: readonly number[] = [2023, 2024]): string {
  const lines = ["work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size"];
  const roles: Record<string, number> = { "Data Scientist": 165_000, "Machine Learning Engineer": 215_000 };
  const levels: Record<string, number> = { EN: 0.6, MI: 0.8, SE: 1, EX: 1.4 };
  const countries: Record<string, number> = { US: 1, DE: 0.55 };
  let k = 0;
  for (const year of years)
    for (const [title, base] of Object.entries(roles))
      for (const [level, lm] of Object.entries(levels))
        for (const [country, cm] of Object.entries(countries))
          for (const remote of [0, 100]) {
            const usd = Math.round(base * lm * cm * (year === years[years.length - 1] ? 1 : 0.96) * (remote ? 0.97 : 1) * (0.9 + (k++ % 5) * 0.05));
            lines.push(`${year},${level},FT,${title},${usd},USD,${usd},${country},${remote},${country},${k % 2 ? "L" : "M"}`);
          }
  return `${lines.join("\n")}\n`;
}

/** A small PayPath-format salary file. */
export const payPathCsv = 'role,level,country,arrangement,company size,year,base,bonus\nml-engineer,senior,US,remote,L,2024,"$230,000",20000\nData scientist,mid,DE,onsite,M,2024,90000,\n';

/** A file as Playwright's `setInputFiles` takes it. */
export const csvFile = (name: string, text: string): { name: string; mimeType: string; buffer: Buffer } => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
