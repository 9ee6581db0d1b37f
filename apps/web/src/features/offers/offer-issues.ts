import { issuesByField, type FieldIssue } from "../../lib/api-errors";
import { profileFields } from "../estimate/form-values";
import { offerFieldOf, type OfferErrors, type OfferValues } from "./offer-values";

/** The server's issues, placed: per offer by form field, per profile field, and the rest as messages. */
export interface PlacedIssues {
  readonly offers: OfferErrors[];
  readonly profile: Record<string, string>;
  readonly other: string[];
}

/**
 * Places the field issues of an `offers.*` request (`data.issues`) on the screen's fields:
 * `offers.<i>.offer.<path>` on offer i's form field (`offerFieldOf`), `offers.<i>.name` on its
 * name, `profile.<field>` on the job's field; anything else (an offer the screen does not have,
 * the request as a whole) is kept as a message with its path.
 *
 * @example
 * placeIssues([{ path: "offers.1.offer.location.taxRate", message: "Too big" }], [a, b]).offers[1] // → { taxRatePercent: "Too big" }
 */
export function placeIssues(issues: readonly FieldIssue[], offers: readonly Pick<OfferValues, "vesting">[]): PlacedIssues {
  const placed = offers.map((): Partial<Record<keyof OfferErrors, string>> => ({}));
  const profileIssues: FieldIssue[] = [];
  const other: string[] = [];
  for (const issue of issues) {
    const m = /^offers\.(\d+)(?:\.(.*))?$/.exec(issue.path);
    const index = m ? Number(m[1]) : -1;
    const values = offers[index];
    if (m && values) {
      const rest = m[2] ?? "";
      const field = rest === "name" ? "name" : rest === "offer" || rest.startsWith("offer.") ? offerFieldOf(rest.replace(/^offer\.?/, ""), values) : "";
      const errors = placed[index]!;
      errors[field] = errors[field] ? `${errors[field]}; ${issue.message}` : issue.message;
    } else if (issue.path === "profile" || issue.path.startsWith("profile.")) {
      profileIssues.push({ path: issue.path.replace(/^profile\.?/, ""), message: issue.message });
    } else {
      other.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    }
  }
  return { offers: placed, profile: issuesByField(profileIssues, profileFields), other };
}
