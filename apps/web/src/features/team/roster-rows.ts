import type { BandStatus, Calibration, Catalog, RosterMember } from "@paypath/core";

/** One line of the roster table: a person, their pay and where it sits in their band. */
export interface RosterRow {
  readonly employeeId: string;
  readonly name: string;
  readonly title: string;
  readonly role: string;
  readonly level: string;
  readonly location: string;
  readonly base: number;
  readonly total: number;
  readonly rating: number | null;
  /** Base ÷ band midpoint; null when the person is not calibrated (yet). */
  readonly compaRatio: number | null;
  /** (base − min) ÷ (max − min). */
  readonly penetration: number | null;
  readonly status: BandStatus | null;
  readonly band: { readonly min: number; readonly mid: number; readonly max: number } | null;
}

/**
 * Joins a roster with its calibration by employee id and names the catalog ids, for the table.
 * People the calibration does not cover (it was computed for another revision) keep null figures.
 *
 * @example
 * rosterRows(members, calibration, catalog)[0] // → { name: "Ada", role: "ML Engineer", compaRatio: 0.97, status: "in", … }
 */
export function rosterRows(members: readonly RosterMember[], calibration: Calibration | undefined, catalog: Catalog): RosterRow[] {
  const people = new Map(calibration?.people.map((p) => [p.employeeId, p]));
  const bands = new Map(calibration?.bands.map((b) => [b.key, b]));
  const names = (table: "roles" | "levels" | "locations"): Map<string, string> => new Map(catalog[table].map((e) => [e.id, e.name]));
  const roles = names("roles");
  const levels = names("levels");
  const locations = names("locations");
  return members.map((m) => {
    const person = people.get(m.employeeId);
    const band = person ? bands.get(person.bandKey) : undefined;
    return {
      employeeId: m.employeeId,
      name: m.name,
      title: m.title,
      role: roles.get(m.roleId) ?? m.roleId,
      level: levels.get(m.levelId) ?? m.levelId,
      location: locations.get(m.locationId) ?? m.locationId,
      base: m.base,
      total: m.base + m.bonus + m.equity,
      rating: m.performanceRating ?? null,
      compaRatio: person?.base.compaRatio ?? null,
      penetration: person?.base.penetration ?? null,
      status: person?.base.status ?? null,
      band: band ? { min: band.base.min, mid: band.base.mid, max: band.base.max } : null,
    };
  });
}

/** How a status reads on screen. */
export const statusLabels: Readonly<Record<BandStatus, string>> = { below: "Below band", in: "In band", above: "Above band" };
