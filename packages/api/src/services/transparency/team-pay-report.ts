import { appendAudit } from "@paypath/db";
import { calibrateTeam, transparencyReport, type JurisdictionRule, type TransparencyReport } from "@paypath/core";
import { stringify } from "csv-stringify/sync";
import type { AuthedContext } from "../../context.js";
import { loadTeamRoster } from "../teams/team-access.js";
import { safeCell, slugOf } from "./csv-cell.js";
import { reportingRule } from "./rules.js";

/** A team's pay-transparency report with what it needs to be read: names, currency, the rule followed. */
export interface TeamPayReport {
  readonly teamId: string;
  readonly teamName: string;
  readonly catalogVersion: string;
  /** Pay figures are in this currency (the catalog's base currency, as the roster holds them). */
  readonly currency: string;
  readonly rule: Pick<JurisdictionRule, "id" | "name" | "law" | "source" | "reporting">;
  readonly names: {
    readonly roles: Readonly<Record<string, string>>;
    readonly levels: Readonly<Record<string, string>>;
    readonly zones: Readonly<Record<string, string>>;
  };
  readonly report: TransparencyReport;
}

/**
 * The EU directive's figures for a team's roster (gap report, average pay per category of the
 * same work, categories needing a joint pay assessment), groups of fewer than 3 suppressed; see
 * core's `transparencyReport`. Only the team's manager and admins get it (`loadTeamRoster`).
 *
 * @example
 * const { report } = await buildTeamPayReport(ctx, { teamId }); // → { report: { referenceGroup: "male", groups: […], … }, … }
 */
export async function buildTeamPayReport(ctx: AuthedContext, params: { teamId: string }): Promise<TeamPayReport> {
  const { team, policy, members } = await loadTeamRoster(ctx, params);
  const { catalog, version } = await ctx.catalogs.published();
  const calibration = calibrateTeam(members, policy, catalog);
  const report = transparencyReport(members, calibration);
  const rule = reportingRule();
  const used = (ids: Iterable<string>) => new Set(ids);
  const roleIds = used(report.categories.map((c) => c.roleId));
  const levelIds = used(report.categories.map((c) => c.levelId));
  return {
    teamId: team.id,
    teamName: team.name,
    catalogVersion: version,
    currency: calibration.currency,
    rule: { id: rule.id, name: rule.name, law: rule.law, source: rule.source, reporting: rule.reporting },
    names: {
      roles: Object.fromEntries(catalog.roles.filter((r) => roleIds.has(r.id)).map((r) => [r.id, r.name])),
      levels: Object.fromEntries(catalog.levels.filter((l) => levelIds.has(l.id)).map((l) => [l.id, l.name])),
      zones: Object.fromEntries(calibration.zones.filter((z) => report.categories.some((c) => c.zoneId === z.id)).map((z) => [z.id, z.name])),
    },
    report,
  };
}

/** The report export's columns: one table, a `section` column telling the parts apart. */
export const reportColumns = [
  "section",
  "role",
  "level",
  "zone",
  "quartile",
  "group",
  "people",
  "mean base",
  "median base",
  "mean total",
  "median total",
  "mean gap base %",
  "median gap base %",
  "mean gap total %",
  "median gap total %",
  "receiving bonus %",
  "receiving equity %",
  "share of quartile %",
  "needs joint assessment",
  "note",
] as const;

const money = (n: number): string => n.toFixed(2);
const pct = (n: number | null | undefined): string => (n === null || n === undefined ? "" : n.toFixed(2));
const suppressed = (min: number): string => `suppressed: fewer than ${min} people`;

/** The report as rows in the order of `reportColumns`. */
function reportRows(r: TeamPayReport): string[][] {
  const { report, names } = r;
  const rows: string[][] = [];
  const empty = (): string[] => reportColumns.map(() => "");
  const row = (values: Partial<Record<(typeof reportColumns)[number], string>>): string[] => {
    const out = empty();
    for (const [k, v] of Object.entries(values)) out[reportColumns.indexOf(k as (typeof reportColumns)[number])] = v;
    return out;
  };
  for (const g of report.groups) {
    rows.push(
      g.isSuppressed
        ? row({ section: "gap", group: safeCell(g.group), note: suppressed(report.minGroupSize) })
        : row({
            section: "gap",
            group: safeCell(g.group),
            people: String(g.count),
            "mean base": money(g.meanBase),
            "median base": money(g.medianBase),
            "mean total": money(g.meanTotal),
            "median total": money(g.medianTotal),
            "mean gap base %": pct(g.gap.mean.base),
            "median gap base %": pct(g.gap.median.base),
            "mean gap total %": pct(g.gap.mean.total),
            "median gap total %": pct(g.gap.median.total),
            "receiving bonus %": pct(g.bonusShare * 100),
            "receiving equity %": pct(g.equityShare * 100),
            note: g.group === report.referenceGroup ? "reference group" : "",
          }),
    );
  }
  for (const q of report.quartiles) {
    for (const g of q.groups) {
      rows.push(
        row({
          section: "quartile",
          quartile: String(q.quartile),
          group: safeCell(g.group),
          people: String(g.count),
          "mean gap total %": pct(g.meanTotalGap),
          "share of quartile %": pct(g.share * 100),
        }),
      );
    }
  }
  for (const c of report.categories) {
    for (const g of c.groups) {
      const where = { role: names.roles[c.roleId] ?? c.roleId, level: names.levels[c.levelId] ?? c.levelId, zone: safeCell(names.zones[c.zoneId] ?? c.zoneId) };
      const flag = c.needsAssessment ? "yes" : "no";
      rows.push(
        g.isSuppressed
          ? row({ section: "category", ...where, group: safeCell(g.group), "needs joint assessment": flag, note: suppressed(report.minGroupSize) })
          : row({
              section: "category",
              ...where,
              group: safeCell(g.group),
              people: String(g.count),
              "mean base": money(g.meanBase),
              "mean total": money(g.meanTotal),
              "mean gap base %": pct(g.gap?.base),
              "mean gap total %": pct(g.gap?.total),
              "needs joint assessment": flag,
            }),
      );
    }
  }
  if (report.withoutGender > 0) rows.push(row({ section: "note", people: String(report.withoutGender), note: "people without a gender, left out of every figure" }));
  return rows;
}

/**
 * Exports a team's pay-transparency report, as CSV (`reportColumns`, money with two decimals in
 * the catalog's currency, percentages with two) or for printing (the report itself, which the
 * printable page shows), and records the export in the audit log.
 *
 * @example
 * const { fileName, csv } = await exportTeamPayReport(ctx, { teamId, format: "csv" }); // → "applied-ai-pay-transparency.csv"
 */
export async function exportTeamPayReport(
  ctx: AuthedContext,
  params: { teamId: string; format: "csv" | "print" },
): Promise<{ fileName: string; format: "csv" | "print"; csv: string | null; report: TeamPayReport }> {
  const report = await buildTeamPayReport(ctx, params);
  const csv = params.format === "csv" ? stringify([[...reportColumns], ...reportRows(report)], { record_delimiter: "\r\n" }) : null;
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "transparency.export-report",
    entity: "team",
    entityId: report.teamId,
    after: { format: params.format, catalogVersion: report.catalogVersion, headcount: report.report.headcount },
  });
  return { fileName: `${slugOf(report.teamName)}-pay-transparency.csv`, format: params.format, csv, report };
}
