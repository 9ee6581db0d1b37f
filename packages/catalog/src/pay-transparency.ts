import { PayTransparencyRulesSchema, type PayTransparencyRules, type PayTransparencyRulesInput } from "@paypath/core";
import rules from "../data/pay-transparency.json" with { type: "json" };
import sources from "../data/sources.json" with { type: "json" };

const ruleSources = new Set(rules.flatMap((r) => [r.source, ...("reading" in r && r.reading ? [r.reading.source] : [])]));

/** The pay-transparency rules as written in `data/pay-transparency.json`, with the sources they cite (from `data/sources.json`). */
export const payTransparencyRulesInput: PayTransparencyRulesInput = {
  rules: rules as unknown as PayTransparencyRulesInput["rules"],
  sources: (sources as unknown as PayTransparencyRulesInput["sources"]).filter((s) => ruleSources.has(s.id)),
};

/** The pay-transparency rules, validated by core's `PayTransparencyRulesSchema` (throws at import if the data file is invalid). */
export const payTransparencyRules: PayTransparencyRules = PayTransparencyRulesSchema.parse(payTransparencyRulesInput);
