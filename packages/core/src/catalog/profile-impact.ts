import type { Profile } from "../profile/schema.js";
import { estimate } from "../valuation/estimate.js";
import { ProfileError } from "../valuation/profile-error.js";
import type { Catalog } from "./schema.js";

/** A named profile priced on two catalogs to show how a change moves estimates. */
export interface SampleProfile {
  readonly id: string;
  readonly label: string;
  readonly profile: Profile;
}

/**
 * How one profile's total p50 moves from one catalog to another. A side that cannot price the
 * profile (an id it lacks) is null, with the reason in `error`.
 */
export interface ProfileImpact {
  readonly id: string;
  readonly label: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, in the base currency; null unless both sides priced the profile. */
  readonly change: number | null;
  /** change ÷ before. */
  readonly ratio: number | null;
  readonly error: string | null;
}

/** What a catalog change does to a set of profiles. */
export interface ProfileImpactSummary {
  readonly profiles: ProfileImpact[];
  /** Profiles whose total p50 moved by at least a currency unit. */
  readonly changed: number;
  /** Mean change over the profiles both catalogs priced. */
  readonly averageChange: number;
  /** The change of the largest magnitude (signed), 0 when nothing moved. */
  readonly largestChange: number;
}

function totalOf(profile: Profile, catalog: Catalog): { total: number | null; error: string | null } {
  try {
    return { total: estimate(profile, catalog, { breakdown: false, levers: false }).total.p50, error: null };
  } catch (e) {
    if (e instanceof ProfileError) return { total: null, error: e.message };
    throw e;
  }
}

/**
 * Prices each sample profile on `before` and `after` and reports how its total p50 (annual, base
 * currency) moves, with the count of profiles that moved, the mean change and the largest. Pure.
 *
 * @example
 * const { profiles, largestChange } = profileImpact(samples, published, draft);
 * profiles[0] // → { id: "ai-security-senior", label: "…", before: 231_000, after: 238_400, change: 7_400, ratio: 0.032, error: null }
 */
export function profileImpact(samples: readonly SampleProfile[], before: Catalog, after: Catalog): ProfileImpactSummary {
  const profiles = samples.map((s): ProfileImpact => {
    const a = totalOf(s.profile, before);
    const b = totalOf(s.profile, after);
    const change = a.total !== null && b.total !== null ? b.total - a.total : null;
    return {
      id: s.id,
      label: s.label,
      before: a.total,
      after: b.total,
      change,
      ratio: change !== null && a.total ? change / a.total : null,
      error: a.error ?? b.error,
    };
  });
  const priced = profiles.flatMap((p) => (p.change === null ? [] : [p.change]));
  const largestChange = priced.reduce((m, c) => (Math.abs(c) > Math.abs(m) ? c : m), 0);
  return {
    profiles,
    changed: priced.filter((c) => Math.abs(c) >= 1).length,
    averageChange: priced.length === 0 ? 0 : priced.reduce((s, c) => s + c, 0) / priced.length,
    largestChange,
  };
}
