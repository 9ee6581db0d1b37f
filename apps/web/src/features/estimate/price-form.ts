import { estimate, ProfileError, type Catalog, type Estimate } from "@paypath/core";
import { toProfile, yearIssue, type FormValues } from "./form-values";

/** The form priced, or the message for each field to fix (no estimate then). */
export type FormOutcome = { estimate: Estimate; errors: Record<string, string> } | { estimate: null; errors: Record<string, string> };

/**
 * Prices the form in the browser with core's `estimate`, or says what to fix next to each field:
 * a missing role, level or location, or a year the catalog cannot price (empty, not a whole
 * number, outside its market years) — never silently replaced by another year. A role that is
 * the job title's mapping is priced with it (low confidence and wider ranges for a fallback).
 *
 * @example
 * priceForm({ ...values, year: "3000" }, catalog)
 * // → { estimate: null, errors: { year: "3000 is outside the catalog's years: enter a year from 2020 to 2030." } }
 */
export function priceForm(values: FormValues, catalog: Catalog): FormOutcome {
  const errors: Record<string, string> = {};
  for (const key of ["role", "level", "location"] as const) if (!values[key]) errors[key] = "Required.";
  const year = yearIssue(values.year, catalog);
  if (year !== null) errors.year = year;
  const profile = toProfile(values, catalog);
  if (!profile || Object.keys(errors).length > 0) return { estimate: null, errors };
  try {
    return { estimate: estimate(profile, catalog), errors: {} };
  } catch (e) {
    if (e instanceof ProfileError) return { estimate: null, errors: { [String(e.path[0] ?? "")]: e.reason } };
    throw e;
  }
}
