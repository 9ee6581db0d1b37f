import { marketYearsOf, normalizeTitle, type ArrangementId, type Catalog, type Profile, type RoleMatch } from "@paypath/core";

/** What the profile form holds: strings as inputs give them, "" for "not set". */
export interface FormValues {
  readonly title: string;
  readonly role: string;
  readonly level: string;
  readonly location: string;
  readonly arrangement: ArrangementId | "";
  readonly remotePolicy: string;
  readonly industry: string;
  readonly stage: string;
  readonly companySize: "S" | "M" | "L" | "";
  readonly skills: readonly string[];
  readonly credentials: readonly string[];
  readonly year: string;
}

/** The fields of the form, named as the profile names them (used to place server issues). */
export const profileFields = [
  "role",
  "level",
  "location",
  "arrangement",
  "remotePolicy",
  "industry",
  "stage",
  "companySize",
  "skills",
  "credentials",
  "year",
] as const;

/** Each field's name as the form shows it, for messages that name the field. */
export const profileLabels: Readonly<Record<string, string>> = {
  name: "Name",
  title: "Job title",
  role: "Role",
  level: "Level",
  location: "Location",
  arrangement: "Arrangement",
  remotePolicy: "Remote pay policy",
  industry: "Industry",
  stage: "Company stage",
  companySize: "Company size",
  skills: "Skills",
  credentials: "Credentials",
  year: "Year",
};

/**
 * The form's starting values: a common role at the catalog's reference level, location and year;
 * the other factors left at the catalog's reference (not set).
 *
 * @example
 * initialValues(catalog) // → { role: "ml-engineer", level: "senior", location: "us", year: "2024", … }
 */
export function initialValues(catalog: Catalog): FormValues {
  const ref = catalog.model.reference;
  const role = catalog.roles.find((r) => r.id === "ml-engineer") ?? catalog.roles.find((r) => !r.reference) ?? catalog.roles[0];
  return {
    title: "",
    role: role?.id ?? "",
    level: ref.level,
    location: ref.location,
    arrangement: "",
    remotePolicy: "",
    industry: "",
    stage: "",
    companySize: "",
    skills: [],
    credentials: [],
    year: String(ref.year),
  };
}

/**
 * What is wrong with the year as typed, for the message next to the field, or null when the
 * catalog can price it: it must be a whole year within the catalog's market index.
 *
 * @example
 * yearIssue("", catalog) // → "Enter a year from 2020 to 2030."
 * yearIssue("3000", catalog) // → "3000 is outside the catalog's years: enter a year from 2020 to 2030."
 * yearIssue("2026", catalog) // → null
 */
export function yearIssue(text: string, catalog: Catalog): string | null {
  const { first, last } = marketYearsOf(catalog);
  const range = `a year from ${first} to ${last}`;
  const trimmed = text.trim();
  if (trimmed === "") return `Enter ${range}.`;
  if (!/^[+-]?\d+$/.test(trimmed)) return `Enter a whole number: ${range}.`;
  const year = Number(trimmed);
  return year < first || year > last ? `${trimmed} is outside the catalog's years: enter ${range}.` : null;
}

/**
 * How sure the form's role is when it is the role the job title maps to (core's
 * `normalizeTitle`), or undefined when there is no title or the role was chosen otherwise. An
 * estimate with a fallback mapping is low-confidence with wider ranges.
 *
 * @example
 * roleMatchOf({ ...values, title: "Engineer", role: "data-engineer" }, catalog) // → { confidence: 0.4, fallback: true }
 * roleMatchOf({ ...values, title: "Engineer", role: "ml-engineer" }, catalog) // → undefined
 */
export function roleMatchOf(values: FormValues, catalog: Catalog): RoleMatch | undefined {
  if (!values.title.trim()) return undefined;
  const match = normalizeTitle(values.title, catalog);
  if (match.role === null || match.role !== values.role) return undefined;
  return { confidence: match.confidence, fallback: match.fallback === true };
}

/**
 * Turns form values into a core `Profile`: empty optional fields are left out, a whole-number
 * year is kept as typed (the catalog's range is checked by `yearIssue` and core, never silently
 * replaced), anything else in the year left out. With the catalog, a role that is the job
 * title's mapping carries it (`roleMatch`). Returns null until role, level and location are chosen.
 *
 * @example
 * toProfile({ ...values, role: "ml-engineer", level: "staff", location: "us", skills: ["rag"], year: "2025" })
 * // → { role: "ml-engineer", level: "staff", location: "us", skills: ["rag"], year: 2025 }
 */
export function toProfile(values: FormValues, catalog?: Catalog): Profile | null {
  if (!values.role || !values.level || !values.location) return null;
  const profile: Profile = { role: values.role, level: values.level, location: values.location };
  if (values.arrangement) profile.arrangement = values.arrangement;
  if (values.remotePolicy) profile.remotePolicy = values.remotePolicy;
  if (values.industry) profile.industry = values.industry;
  if (values.stage) profile.stage = values.stage;
  if (values.companySize) profile.companySize = values.companySize;
  if (values.skills.length > 0) profile.skills = [...values.skills];
  if (values.credentials.length > 0) profile.credentials = [...values.credentials];
  const year = values.year.trim();
  if (/^[+-]?\d+$/.test(year)) profile.year = Number(year);
  const roleMatch = catalog ? roleMatchOf(values, catalog) : undefined;
  if (roleMatch) profile.roleMatch = roleMatch;
  return profile;
}

/**
 * The form values that show a saved profile; with the catalog, a profile without a year shows
 * the catalog's reference year (the year it was priced at).
 *
 * @example
 * fromProfile({ role: "ml-engineer", level: "staff", location: "us" }) // → { role: "ml-engineer", …, skills: [], year: "" }
 * fromProfile({ role: "ml-engineer", level: "staff", location: "us" }, catalog) // → { …, year: "2024" }
 */
export function fromProfile(profile: Profile, catalog?: Catalog): FormValues {
  return {
    title: "",
    role: profile.role,
    level: profile.level,
    location: profile.location,
    arrangement: profile.arrangement ?? "",
    remotePolicy: profile.remotePolicy ?? "",
    industry: profile.industry ?? "",
    stage: profile.stage ?? "",
    companySize: profile.companySize ?? "",
    skills: profile.skills ?? [],
    credentials: profile.credentials ?? [],
    year: profile.year !== undefined ? String(profile.year) : catalog ? String(catalog.model.reference.year) : "",
  };
}
