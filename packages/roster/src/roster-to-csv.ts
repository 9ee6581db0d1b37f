import type { RosterMember } from "@paypath/core";
import Papa from "papaparse";
import { canonicalHeaders } from "./columns.js";

/**
 * Writes a roster as CSV with the headers `parseRoster` reads (`employee id`, `name`, …,
 * `gender`), one row per member, CRLF line ends. Text that a spreadsheet would run as a formula
 * (starting with =, +, - or @) is prefixed with a quote, which `parseRoster` removes again.
 *
 * @example
 * rosterToCsv([{ employeeId: "E1", name: "Ada", title: "ML Engineer", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 185000, bonus: 0, equity: 0 }])
 * // → "employee id,name,title,role,level,location,base,bonus,equity,performance rating,hire date,manager id,gender\r\nE1,Ada,ML Engineer,ml-engineer,senior,us,185000,0,0,,,,"
 */
export function rosterToCsv(members: readonly RosterMember[]): string {
  return Papa.unparse(
    {
      fields: canonicalHeaders.map(([, header]) => header),
      data: members.map((m) => canonicalHeaders.map(([field]) => m[field] ?? "")),
    },
    { escapeFormulae: true },
  );
}
