import type { CompiledCatalog } from "../catalog/compile.js";
import type { Location } from "../catalog/schema.js";
import type { BandPolicy } from "./schema.js";
import { median } from "./stats.js";
import type { Zone } from "./types.js";

/**
 * A zone with where its bands are priced: at the `anchor` location, times `scale` (1 when the
 * zone is that location's own pay level; for a tier, priced at the catalog's reference location,
 * `factor ÷ reference factor`).
 */
export interface PricedZone extends Zone {
  readonly anchor: string;
  readonly scale: number;
}

/** The zones of a grouping and the zone of each catalog location. */
export interface ZoneMap {
  readonly zones: readonly PricedZone[];
  readonly byLocation: ReadonlyMap<string, PricedZone>;
}

/**
 * Groups the catalog's locations into pay zones by the policy's `zone` setting:
 * - `location`: each location is its own zone, priced at its own factor;
 * - `country`: one zone per country, priced at the country's national entry (so a country's
 *   metros share its national band);
 * - `tier`: each location joins the tier with the highest `minFactor` not above its factor (below
 *   every tier: the lowest); a tier is priced at the median factor of its locations, and tiers
 *   holding no catalog location are left out.
 * Zones are listed in catalog order of their first location (tiers highest first).
 *
 * @example
 * zonesOf(compileCatalog(catalog), BandPolicySchema.parse({ zone: "country" })).byLocation.get("us-sf")?.id // → "us"
 */
export function zonesOf(c: CompiledCatalog, policy: Pick<BandPolicy, "zone" | "tiers">): ZoneMap {
  const locations = c.catalog.locations;
  const reference = c.reference.location;
  const groups = new Map<string, { id: string; name: string; members: Location[]; own?: Location }>();
  const add = (id: string, name: string, loc: Location, own?: Location): void => {
    const group = groups.get(id) ?? { id, name, members: [], own };
    group.members.push(loc);
    groups.set(id, group);
  };

  if (policy.zone === "location") {
    for (const loc of locations) add(loc.id, loc.name, loc, loc);
  } else if (policy.zone === "country") {
    for (const loc of locations) {
      // The catalog schema gives every country with a metro a national entry.
      const national = c.nationalByCountry.get(loc.country) ?? loc;
      add(national.id, national.name, loc, national);
    }
  } else {
    const tiers = [...policy.tiers].sort((a, b) => b.minFactor - a.minFactor);
    for (const tier of tiers) groups.set(tier.id, { id: tier.id, name: tier.name, members: [] });
    for (const loc of locations) {
      const tier = tiers.find((t) => t.minFactor <= loc.factor.value) ?? tiers[tiers.length - 1]!;
      add(tier.id, tier.name, loc);
    }
  }

  const zones: PricedZone[] = [];
  const byLocation = new Map<string, PricedZone>();
  for (const group of groups.values()) {
    if (group.members.length === 0) continue;
    const locationIds = group.members.map((l) => l.id);
    const factor = group.own ? group.own.factor.value : median(group.members.map((l) => l.factor.value));
    const zone: PricedZone = group.own
      ? { id: group.id, name: group.name, factor, locationIds, anchor: group.own.id, scale: 1 }
      : { id: group.id, name: group.name, factor, locationIds, anchor: reference.id, scale: factor / reference.factor.value };
    zones.push(zone);
    for (const id of zone.locationIds) byLocation.set(id, zone);
  }
  return { zones, byLocation };
}
