import type { Catalog } from "../catalog/schema.js";
import { priceTeam, type PricedTeam } from "./calibrate-team.js";
import { BandPolicySchema, type BandPolicyInput, type RosterMember } from "./schema.js";
import type { BandImpact, BandStatus, PersonBandState, PersonImpact, UnpricedMember } from "./types.js";

function statesOf(team: PricedTeam): (PersonBandState | null)[] {
  const bands = new Map(team.bands.map((b) => [b.key, b.base]));
  return team.people.map((p) => (p ? { base: bands.get(p.bandKey)!, status: p.base.status, compaRatio: p.base.compaRatio } : null));
}

/**
 * What moving a team's bands from catalog A (`from`) to catalog B (`to`) does, under one band
 * policy: each person's base band, status and compa-ratio under both, the midpoint change, the
 * count of each status transition, the mean midpoint change (amount and percent, over the people
 * priced under both) and the largest change in percent. A person a catalog cannot price (an id it
 * lacks) is listed in `unpriced` rather than failing the whole report. Throws `ProfileError` for a
 * repeated employee id or an unknown market id, and a ZodError for an invalid policy.
 *
 * @example
 * const impact = bandImpact(members, {}, publishedCatalog, draftCatalog);
 * impact.statusChanges // → [{ from: "in", to: "below", count: 3 }]
 * impact.averageMidpointChange // → { amount: 4_120, percent: 2.1 }
 */
export function bandImpact(members: readonly RosterMember[], policy: BandPolicyInput, catalogA: Catalog, catalogB: Catalog): BandImpact {
  const parsed = BandPolicySchema.parse(policy);
  const a = priceTeam(members, parsed, catalogA, true);
  const b = priceTeam(members, parsed, catalogB, true);
  const before = statesOf(a);
  const after = statesOf(b);

  const transitions = new Map<string, { from: BandStatus; to: BandStatus; count: number }>();
  const people: PersonImpact[] = new Array<PersonImpact>(members.length);
  let both = 0;
  let sumAmount = 0;
  let sumPercent = 0;
  let largest: BandImpact["largestMidpointChange"] = null;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const from = before[i]!;
    const to = after[i]!;
    let midpointChange: number | null = null;
    let midpointChangePercent: number | null = null;
    let isStatusChanged = false;
    const bandKey = (a.people[i] ?? b.people[i])?.bandKey ?? `${m.roleId}|${m.levelId}|`;
    if (from && to) {
      midpointChange = to.base.mid - from.base.mid;
      midpointChangePercent = (midpointChange / from.base.mid) * 100;
      both++;
      sumAmount += midpointChange;
      sumPercent += midpointChangePercent;
      const size = Math.abs(midpointChangePercent);
      if (
        largest === null ||
        size > Math.abs(largest.percent) ||
        (size === Math.abs(largest.percent) && Math.abs(midpointChange) > Math.abs(largest.amount))
      ) {
        largest = { employeeId: m.employeeId, bandKey, amount: midpointChange, percent: midpointChangePercent };
      }
      if (from.status !== to.status) {
        isStatusChanged = true;
        const key = `${from.status}>${to.status}`;
        const t = transitions.get(key) ?? { from: from.status, to: to.status, count: 0 };
        t.count++;
        transitions.set(key, t);
      }
    }
    people[i] = { employeeId: m.employeeId, name: m.name, bandKey, from, to, midpointChange, midpointChangePercent, isStatusChanged };
  }

  const order: Record<BandStatus, number> = { below: 0, in: 1, above: 2 };
  const statusChanges = [...transitions.values()].sort(
    (x, y) => y.count - x.count || order[x.from] - order[y.from] || order[x.to] - order[y.to],
  );
  const unpriced: UnpricedMember[] = [
    ...a.failures.map((f) => ({ employeeId: members[f.index]!.employeeId, catalog: "from" as const, path: f.error.path, reason: f.error.reason })),
    ...b.failures.map((f) => ({ employeeId: members[f.index]!.employeeId, catalog: "to" as const, path: f.error.path, reason: f.error.reason })),
  ];
  return {
    catalogVersions: { from: catalogA.version, to: catalogB.version },
    people,
    statusChanges,
    changedStatusCount: statusChanges.reduce((s, t) => s + t.count, 0),
    averageMidpointChange: both === 0 ? null : { amount: sumAmount / both, percent: sumPercent / both },
    largestMidpointChange: largest,
    unpriced,
  };
}
