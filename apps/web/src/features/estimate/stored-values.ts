import type { Catalog } from "@paypath/core";
import { loadJson, storeJson } from "../../lib/session-json";
import type { FormValues } from "./form-values";

/** Where the last priced profile is kept for this tab (the planner starts from it). */
export const storedValuesKey = "paypath.profile";

/**
 * Keeps the profile form's values for this tab, so the planner (and a return to the estimate)
 * starts from the last profile the user priced. Storage errors (full, disabled) are ignored.
 *
 * @example
 * storeValues(values);
 */
export function storeValues(values: FormValues): void {
  storeJson(storedValuesKey, values);
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/**
 * The stored form values, checked against the catalog: ids the catalog does not know are
 * dropped (an unknown role, level or location falls back to `fallback`'s, and so does a year that
 * is not four digits). Null when nothing usable is stored.
 *
 * @example
 * loadValues(catalog, initialValues(catalog)) // → { role: "data-scientist", level: "mid", … } or null
 */
export function loadValues(catalog: Catalog, fallback: FormValues): FormValues | null {
  const raw = loadJson(storedValuesKey);
  if (raw === null || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  const known = (table: readonly { id: string }[], value: unknown, or: string): string => {
    const v = str(value);
    return v === "" || table.some((e) => e.id === v) ? v : or;
  };
  const arrangement = known(catalog.arrangements, r.arrangement, "");
  const companySize = str(r.companySize);
  return {
    title: str(r.title),
    role: known(catalog.roles, r.role, fallback.role) || fallback.role,
    level: known(catalog.levels, r.level, fallback.level) || fallback.level,
    location: known(catalog.locations, r.location, fallback.location) || fallback.location,
    arrangement: arrangement === "onsite" || arrangement === "hybrid" || arrangement === "remote" ? arrangement : "",
    remotePolicy: known(catalog.remotePolicies, r.remotePolicy, ""),
    industry: known(catalog.industries, r.industry, ""),
    stage: known(catalog.stages, r.stage, ""),
    companySize: companySize === "S" || companySize === "M" || companySize === "L" ? companySize : "",
    skills: strings(r.skills).filter((s) => catalog.skills.some((k) => k.id === s)),
    credentials: strings(r.credentials).filter((c) => catalog.credentials.some((k) => k.id === c)),
    year: /^\d{4}$/.test(str(r.year)) ? str(r.year) : fallback.year,
  };
}
