import { calibrateTeam, type PersonCalibration, type RosterMember } from "@paypath/core";
import { stringify } from "csv-stringify/sync";
import type { AuthedContext } from "../../context.js";
import { loadTeamRoster } from "./team-access.js";

/** The export's columns: the roster's own, then where each person sits in their band. */
export const exportColumns = [
  "employee id",
  "name",
  "title",
  "role",
  "level",
  "location",
  "base",
  "bonus",
  "equity",
  "performance rating",
  "hire date",
  "manager id",
  "gender",
  "zone",
  "band min",
  "band mid",
  "band max",
  "compa-ratio",
  "penetration",
  "status",
  "total pay",
  "total band mid",
  "total compa-ratio",
  "total status",
] as const;

const money = (n: number): string => n.toFixed(2);
/** Text as a spreadsheet will not run it: a cell starting with = + - @ or a control character gets a leading apostrophe. */
const text = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const ratio = (n: number): string => n.toFixed(4);

/** One export row: a roster row and its calibration, in the order of `exportColumns`. */
function exportRow(m: RosterMember, p: PersonCalibration, band: { base: { min: number; mid: number; max: number }; total: { mid: number } }): string[] {
  return [
    text(m.employeeId),
    text(m.name),
    text(m.title),
    m.roleId,
    m.levelId,
    m.locationId,
    money(m.base),
    money(m.bonus),
    money(m.equity),
    m.performanceRating === undefined ? "" : String(m.performanceRating),
    m.hireDate ?? "",
    text(m.managerEmployeeId ?? ""),
    text(m.gender ?? ""),
    p.zoneId,
    money(band.base.min),
    money(band.base.mid),
    money(band.base.max),
    ratio(p.base.compaRatio),
    ratio(p.base.penetration),
    p.base.status,
    money(p.total.pay),
    money(band.total.mid),
    ratio(p.total.compaRatio),
    p.total.status,
  ];
}

/**
 * The team's calibrated roster as CSV text (RFC 4180, a header row, one row per person by
 * employee id): the roster columns as imported, then zone, base band, compa-ratio, penetration
 * and status, and the same for total pay. Money with two decimals in the catalog's currency.
 *
 * @example
 * const { fileName, csv } = await exportRosterCsv(ctx, { teamId }); // → "applied-ai-bands.csv", "employee id,name,…"
 */
export async function exportRosterCsv(
  ctx: AuthedContext,
  params: { teamId: string },
): Promise<{ fileName: string; catalogVersion: string; currency: string; csv: string }> {
  const { team, policy, members } = await loadTeamRoster(ctx, params);
  const { catalog, version } = await ctx.catalogs.published();
  const calibration = calibrateTeam(members, policy, catalog);
  const bands = new Map(calibration.bands.map((b) => [b.key, b]));
  const rows = members.map((m, i) => {
    const person = calibration.people[i]!;
    return exportRow(m, person, bands.get(person.bandKey)!);
  });
  const slug = team.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "team";
  return {
    fileName: `${slug}-bands.csv`,
    catalogVersion: version,
    currency: calibration.currency,
    csv: stringify([[...exportColumns], ...rows], { record_delimiter: "\r\n" }),
  };
}
