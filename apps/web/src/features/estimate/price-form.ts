import { estimate, ProfileError, type Catalog, type Estimate } from "@paypath/core";
import { friendlyMessage } from "../../lib/messages";
import { profileLabels, toProfile, yearIssue, type FormValues } from "./form-values";

/** The form priced, or the message for each field to fix (no estimate then). */
export type FormOutcome = { estimate: Estimate; errors: Record<string, string> } | { estimate: null; errors: Record<string, string> };

/**
 * Prices the form in the browser with core's `estimate`, or says what to fix next to each field:
 * a missing role, level or location, or a year the catalog cannot price (empty, not a whole
 * number, outside its market years) — never silently replaced by another year. A role that is
 * the job title's mapping is priced with it (low confidence and wider ranges for a fallback).
 * Figures are in `currency` when given (converted at the catalog's rate), else the base currency.
 *
 * @example
 * priceForm({ ...values, year: "3000" }, catalog)
 * // → { estimate: null, errors: { year: "3000 is outside the catalog's years: enter a year from 2020 to 2030." } }
 */
export function priceForm(values: FormValues, catalog: Catalog, currency?: string): FormOutcome {
  const errors: Record<string, string> = {};
  for (const key of ["role", "level", "location"] as const) if (!values[key]) errors[key] = `Choose a ${profileLabels[key]!.toLowerCase()}.`;
  const year = yearIssue(values.year, catalog);
  if (year !== null) errors.year = year;
  const profile = toProfile(values, catalog);
  if (!profile || Object.keys(errors).length > 0) return { estimate: null, errors };
  try {
    return { estimate: estimate(currency ? { ...profile, currency } : profile, catalog), errors: {} };
  } catch (e) {
    if (e instanceof ProfileError) {
      const field = String(e.path[0] ?? "");
      return { estimate: null, errors: { [field]: friendlyMessage(profileLabels[field] ?? "This field", e.reason) } };
    }
    throw e;
  }
}
