import type { RosterMember } from "@paypath/core";

/** A roster field a column can fill. */
export type RosterField = keyof RosterMember;

/**
 * Header names each field accepts, compared after lower-casing and dropping everything but
 * letters and digits ("Base Salary", "base_salary" and "BASESALARY" are the same header).
 */
export const columnAliases: Readonly<Record<RosterField, readonly string[]>> = {
  employeeId: ["employeeid", "employee", "employeenumber", "employeeno", "empid", "staffid", "id"],
  name: ["name", "fullname", "employeename"],
  title: ["title", "jobtitle", "position"],
  roleId: ["role", "roleid", "jobrole"],
  levelId: ["level", "levelid", "grade"],
  locationId: ["location", "locationid", "worklocation", "office"],
  base: ["base", "basesalary", "salary", "basepay", "annualbase"],
  bonus: ["bonus", "targetbonus", "annualbonus"],
  equity: ["equity", "annualequity", "equityperyear", "stock"],
  performanceRating: ["performancerating", "rating", "performance", "perfrating"],
  hireDate: ["hiredate", "startdate", "datehired"],
  managerEmployeeId: ["managerid", "manageremployeeid", "manager", "reportsto"],
  gender: ["gender", "sex"],
};

/** The header `rosterToCsv` writes for each field, in column order (parseRoster reads it back). */
export const canonicalHeaders: readonly (readonly [RosterField, string])[] = [
  ["employeeId", "employee id"],
  ["name", "name"],
  ["title", "title"],
  ["roleId", "role"],
  ["levelId", "level"],
  ["locationId", "location"],
  ["base", "base"],
  ["bonus", "bonus"],
  ["equity", "equity"],
  ["performanceRating", "performance rating"],
  ["hireDate", "hire date"],
  ["managerEmployeeId", "manager id"],
  ["gender", "gender"],
];

/**
 * A header reduced to lower-case letters and digits.
 *
 * @example
 * normalizeHeader(" Base Salary ($) ") // → "basesalary"
 */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

const fieldByAlias = new Map<string, RosterField>(
  (Object.entries(columnAliases) as [RosterField, readonly string[]][]).flatMap(([field, aliases]) => aliases.map((a) => [a, field] as const)),
);

/**
 * The roster field a header names, or undefined.
 *
 * @example
 * fieldOfHeader("Employee ID") // → "employeeId"
 */
export function fieldOfHeader(header: string): RosterField | undefined {
  return fieldByAlias.get(normalizeHeader(header));
}
