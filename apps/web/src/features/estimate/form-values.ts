import type { ArrangementId, Catalog, Profile } from "@paypath/core";

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
 * Turns form values into a core `Profile`: empty optional fields are left out, the year is
 * parsed. Returns null until role, level and location are chosen.
 *
 * @example
 * toProfile({ ...values, role: "ml-engineer", level: "staff", location: "us", skills: ["rag"], year: "2025" })
 * // → { role: "ml-engineer", level: "staff", location: "us", skills: ["rag"], year: 2025 }
 */
export function toProfile(values: FormValues): Profile | null {
  if (!values.role || !values.level || !values.location) return null;
  const profile: Profile = { role: values.role, level: values.level, location: values.location };
  if (values.arrangement) profile.arrangement = values.arrangement;
  if (values.remotePolicy) profile.remotePolicy = values.remotePolicy;
  if (values.industry) profile.industry = values.industry;
  if (values.stage) profile.stage = values.stage;
  if (values.companySize) profile.companySize = values.companySize;
  if (values.skills.length > 0) profile.skills = [...values.skills];
  if (values.credentials.length > 0) profile.credentials = [...values.credentials];
  const year = Number.parseInt(values.year, 10);
  if (/^\d{4}$/.test(values.year.trim()) && Number.isFinite(year)) profile.year = year;
  return profile;
}

/**
 * The form values that show a saved profile.
 *
 * @example
 * fromProfile({ role: "ml-engineer", level: "staff", location: "us" }) // → { role: "ml-engineer", …, skills: [], year: "" }
 */
export function fromProfile(profile: Profile): FormValues {
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
    year: profile.year === undefined ? "" : String(profile.year),
  };
}
