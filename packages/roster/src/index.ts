export { parseRoster, type RosterFormat, type RosterParse, type RosterError, type UnmappedTitle } from "./parse-roster.js";
export { rosterToCsv } from "./roster-to-csv.js";
