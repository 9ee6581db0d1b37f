import { payTransparencyRules } from "@paypath/catalog/pay-transparency";
import type { JurisdictionRule, PayTransparencyRules } from "@paypath/core";
import { TRPCError } from "@trpc/server";

/** The ids of the jurisdictions a posting may name. */
export const jurisdictionIds = payTransparencyRules.rules.map((r) => r.id) as [string, ...string[]];

/**
 * The pay-transparency rules and the sources they cite.
 *
 * @example
 * listTransparencyRules().rules.map((r) => r.id) // → ["eu", "us-ca", …]
 */
export function listTransparencyRules(): PayTransparencyRules {
  return payTransparencyRules;
}

/**
 * One jurisdiction's rule by id (an unknown id is a BAD_REQUEST naming the field).
 *
 * @example
 * ruleById("us-wa").law // → "RCW 49.58.110 (ESSB 5761, 2022)"
 */
export function ruleById(id: string): JurisdictionRule {
  const rule = payTransparencyRules.rules.find((r) => r.id === id);
  if (!rule) throw new TRPCError({ code: "BAD_REQUEST", message: "jurisdictionId: not one of the listed jurisdictions" });
  return rule;
}

/** The rule whose gap reporting and joint assessment the report follows (the EU directive). */
export function reportingRule(): JurisdictionRule {
  return payTransparencyRules.rules.find((r) => r.reporting !== null)!;
}
