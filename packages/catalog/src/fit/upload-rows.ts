import { normalizeTitle, type Catalog } from "@paypath/core";
import { surveyFileColumns, type SurveyRow } from "./rows.js";

/** The two salary file formats a refit reads. */
export type SalaryFileFormat = "survey" | "paypath";

export { surveyFileColumns } from "./rows.js";

/**
 * The PayPath CSV format: one salary a line, amounts yearly in US dollars. `role` (a catalog role
 * id or name) or `title` (free text, read as the estimate screen reads it) is required, and so is
 * every other column but `bonus` and `equity`.
 */
export const payPathFileColumns = ["role", "title", "level", "country", "arrangement", "company_size", "year", "base", "bonus", "equity"] as const;

/** One problem with one cell of a salary file; `column` as the header names it. */
export interface SalaryRecordProblem {
  readonly column: string;
  readonly message: string;
}

/** A record read from a salary file: the row, or every problem found in it. */
export type SalaryRecordResult = { readonly ok: true; readonly row: SurveyRow } | { readonly ok: false; readonly problems: readonly SalaryRecordProblem[] };

/** Header names compared without case, spaces, dashes or underscores. */
const key = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * Tells the format of a salary file from its header: every survey column present → "survey";
 * a PayPath header (role or title, and the required columns) → "paypath"; else the problems,
 * naming the columns missing for the format the header comes closest to.
 *
 * @example
 * detectSalaryFormat(["role", "level", "country", "arrangement", "company size", "year", "base"]) // → { ok: true, format: "paypath" }
 */
export function detectSalaryFormat(header: readonly string[]): { ok: true; format: SalaryFileFormat } | { ok: false; message: string } {
  const have = new Set(header.map(key));
  const surveyMissing = surveyFileColumns.filter((c) => !have.has(key(c)));
  if (surveyMissing.length === 0) return { ok: true, format: "survey" };
  const required = ["level", "country", "arrangement", "company_size", "year", "base"];
  const payPathMissing = required.filter((c) => !have.has(key(c)));
  const hasRole = have.has("role") || have.has("title");
  if (payPathMissing.length === 0 && hasRole) return { ok: true, format: "paypath" };
  const paypathGap = payPathMissing.length + (hasRole ? 0 : 1);
  if (surveyMissing.length < paypathGap) return { ok: false, message: `the header lacks the survey columns ${surveyMissing.join(", ")}` };
  const lacking = [...(hasRole ? [] : ["role or title"]), ...payPathMissing];
  return { ok: false, message: `the header lacks the PayPath columns ${lacking.join(", ")} (or use the survey format's columns: ${surveyFileColumns.join(", ")})` };
}

const codes = {
  experience_level: ["EN", "MI", "SE", "EX"],
  employment_type: ["FT", "PT", "CT", "FL"],
  company_size: ["S", "M", "L"],
} as const;
const remoteRatios = [0, 50, 100];

/** Limits of any year a salary file may carry. */
export const salaryYearRange = { min: 2000, max: 2100 } as const;
/** A yearly amount past this is a typing slip, not a salary. */
const maxAmount = 100_000_000;

function readWholeYear(text: string | undefined, column: string, problems: SalaryRecordProblem[]): number {
  const v = Number((text ?? "").trim());
  if (!/^\d{4}$/.test((text ?? "").trim()) || v < salaryYearRange.min || v > salaryYearRange.max) {
    problems.push({ column, message: `"${text ?? ""}" is not a year between ${salaryYearRange.min} and ${salaryYearRange.max}` });
  }
  return v;
}

function readAmount(text: string | undefined, column: string, problems: SalaryRecordProblem[], options: { optional?: boolean; zeroAllowed?: boolean; anyMagnitude?: boolean } = {}): number {
  const raw = (text ?? "").trim();
  if (raw === "" && options.optional) return 0;
  // "185,000", "$185000" and "185000.50" are amounts; anything else is not.
  const cleaned = raw.replace(/^\$/, "").replace(/,(?=\d{3}(\D|$))/g, "");
  const v = Number(cleaned);
  if (raw === "" || !/^\d+(\.\d+)?$/.test(cleaned) || !Number.isFinite(v)) {
    problems.push({ column, message: raw === "" ? "is empty; give a yearly amount" : `"${raw}" is not an amount` });
  } else if ((v <= 0 && !options.zeroAllowed) || (v > maxAmount && !options.anyMagnitude)) {
    problems.push({ column, message: options.anyMagnitude ? `${raw} is not a positive amount` : `${raw} is outside 1 to ${maxAmount.toLocaleString("en-US")}` });
  }
  return v;
}

function readCode<T extends string>(text: string | undefined, column: string, allowed: readonly T[], problems: SalaryRecordProblem[]): T {
  const v = (text ?? "").trim().toUpperCase();
  if (!allowed.includes(v as T)) problems.push({ column, message: `"${text ?? ""}" is not one of ${allowed.join(", ")}` });
  return v as T;
}

function readCountry(text: string | undefined, column: string, problems: SalaryRecordProblem[]): string {
  const v = (text ?? "").trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(v)) problems.push({ column, message: `"${text ?? ""}" is not a two-letter country code (ISO 3166, e.g. US, DE)` });
  return v;
}

/**
 * Reads one record (column → text) of a public survey file, reporting every problem by column:
 * a year, the experience, employment and company-size codes, a title, positive amounts, a
 * three-letter currency, two-letter countries and a remote ratio of 0, 50 or 100.
 *
 * @example
 * readSurveyRecord({ work_year: "2024", experience_level: "SE", employment_type: "FT", job_title: "Data Scientist", salary: "150000",
 *   salary_currency: "USD", salary_in_usd: "150000", employee_residence: "US", remote_ratio: "0", company_location: "US", company_size: "M" }).ok // → true
 */
export function readSurveyRecord(record: Readonly<Record<string, string | undefined>>): SalaryRecordResult {
  const problems: SalaryRecordProblem[] = [];
  const workYear = readWholeYear(record.work_year, "work_year", problems);
  const experienceLevel = readCode(record.experience_level, "experience_level", codes.experience_level, problems);
  const employmentType = readCode(record.employment_type, "employment_type", codes.employment_type, problems);
  const jobTitle = (record.job_title ?? "").trim();
  if (jobTitle === "") problems.push({ column: "job_title", message: "is empty" });
  // In the local currency: a yearly salary in rupiah or won runs to hundreds of millions.
  const salary = readAmount(record.salary, "salary", problems, { anyMagnitude: true });
  const salaryCurrency = (record.salary_currency ?? "").trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(salaryCurrency)) problems.push({ column: "salary_currency", message: `"${record.salary_currency ?? ""}" is not a three-letter currency code` });
  const salaryInUsd = readAmount(record.salary_in_usd, "salary_in_usd", problems);
  const employeeResidence = readCountry(record.employee_residence, "employee_residence", problems);
  const remoteRatio = Number((record.remote_ratio ?? "").trim());
  if (!remoteRatios.includes(remoteRatio) || (record.remote_ratio ?? "").trim() === "") {
    problems.push({ column: "remote_ratio", message: `"${record.remote_ratio ?? ""}" is not one of 0, 50, 100` });
  }
  const companyLocation = readCountry(record.company_location, "company_location", problems);
  const companySize = readCode(record.company_size, "company_size", codes.company_size, problems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: { workYear, experienceLevel, employmentType, jobTitle, salary, salaryCurrency, salaryInUsd, employeeResidence, remoteRatio, companyLocation, companySize },
  };
}

/** Looks an id or a name up in a catalog table, ignoring case and spaces. */
function findEntity<T extends { id: string; name?: string }>(list: readonly T[], text: string): T | undefined {
  const k = key(text);
  return list.find((e) => key(e.id) === k || (e.name !== undefined && key(e.name) === k));
}

/** The remote ratio the fit reads for an arrangement id. */
const remoteRatioOf: Readonly<Record<string, number>> = { onsite: 0, hybrid: 50, remote: 100 };

/** The fields of a PayPath salary (a CSV line or a contribution) once typed. */
export interface PayPathSalary {
  readonly role: string;
  readonly level: string;
  /** ISO 3166 alpha-2, upper-case. */
  readonly country: string;
  readonly arrangement: "onsite" | "hybrid" | "remote";
  readonly companySize: "S" | "M" | "L";
  readonly year: number;
  readonly base: number;
}

/**
 * A PayPath salary as a fit row: the role and level given outright, employed in its country of
 * residence, full-time, in US dollars. The survey experience code is the level's, when it has one.
 *
 * @example
 * payPathRow({ role: "data-scientist", level: "senior", country: "US", arrangement: "remote", companySize: "M", year: 2025, base: 160000 }, catalog).remoteRatio // → 100
 */
export function payPathRow(s: PayPathSalary, catalog: Catalog, origin?: "contribution"): SurveyRow {
  const role = catalog.roles.find((r) => r.id === s.role);
  const level = catalog.levels.find((l) => l.id === s.level);
  return {
    workYear: s.year,
    experienceLevel: level?.surveyCode ?? s.level,
    employmentType: "FT",
    jobTitle: role?.name ?? s.role,
    salary: s.base,
    salaryCurrency: "USD",
    salaryInUsd: s.base,
    employeeResidence: s.country,
    remoteRatio: remoteRatioOf[s.arrangement] ?? 0,
    companyLocation: s.country,
    companySize: s.companySize,
    roleId: s.role,
    levelId: s.level,
    ...(origin ? { origin } : {}),
  };
}

/**
 * Reads one record of a PayPath CSV file against a catalog, reporting every problem by column:
 * `role` a catalog role id or name (else `title`, placed as the estimate screen places titles; a
 * title naming no role is refused), `level` and `arrangement` catalog ids or names, `country` a
 * two-letter code of a country the catalog prices, `company_size` S, M or L, `year` a year,
 * `base` a positive amount and `bonus`, `equity` empty or amounts (read and checked; the fit
 * prices base pay only).
 *
 * @example
 * readPayPathRecord({ role: "ml-engineer", level: "senior", country: "us", arrangement: "remote", company_size: "L", year: "2025", base: "$210,000" }, catalog).ok // → true
 */
export function readPayPathRecord(record: Readonly<Record<string, string | undefined>>, catalog: Catalog): SalaryRecordResult {
  const get = (name: string): string | undefined => {
    for (const [k, v] of Object.entries(record)) if (key(k) === key(name)) return v;
    return undefined;
  };
  const problems: SalaryRecordProblem[] = [];
  const roleText = (get("role") ?? "").trim();
  const titleText = (get("title") ?? "").trim();
  let role: string | undefined;
  let titleLevel: string | null = null;
  if (roleText !== "") {
    role = findEntity(catalog.roles, roleText)?.id;
    if (!role) problems.push({ column: "role", message: `"${roleText}" is not a role of the catalog` });
  } else if (titleText !== "") {
    const m = normalizeTitle(titleText, catalog);
    if (m.role === null || ("fallback" in m && m.fallback === true)) problems.push({ column: "title", message: `"${titleText}" names no role of the catalog; give a role instead` });
    else {
      role = m.role;
      titleLevel = m.level;
    }
  } else {
    problems.push({ column: "role", message: "is empty; give a role or a title" });
  }
  const levelText = (get("level") ?? "").trim();
  const level = levelText === "" ? titleLevel ?? undefined : findEntity(catalog.levels, levelText)?.id;
  if (!level) problems.push({ column: "level", message: levelText === "" ? "is empty" : `"${levelText}" is not a level of the catalog (${catalog.levels.map((l) => l.id).join(", ")})` });
  const country = readCountry(get("country"), "country", problems);
  if (/^[A-Z]{2}$/.test(country) && !catalog.locations.some((l) => l.kind !== "metro" && l.country === country)) {
    problems.push({ column: "country", message: `${country} is not a country the catalog prices` });
  }
  const arrangementText = (get("arrangement") ?? "").trim();
  const arrangement = findEntity(catalog.arrangements, arrangementText)?.id as PayPathSalary["arrangement"] | undefined;
  if (!arrangement || remoteRatioOf[arrangement] === undefined) problems.push({ column: "arrangement", message: `"${arrangementText}" is not one of onsite, hybrid, remote` });
  const companySize = readCode(get("company_size"), "company_size", codes.company_size, problems);
  const year = readWholeYear(get("year"), "year", problems);
  const base = readAmount(get("base"), "base", problems);
  readAmount(get("bonus"), "bonus", problems, { optional: true, zeroAllowed: true });
  readAmount(get("equity"), "equity", problems, { optional: true, zeroAllowed: true });
  if (problems.length > 0 || !role || !level || !arrangement) return { ok: false, problems };
  return { ok: true, row: payPathRow({ role, level, country, arrangement, companySize, year, base }, catalog) };
}
