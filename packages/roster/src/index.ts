export { parseRoster, type RosterFormat, type RosterParse, type RosterError, type UnmappedTitle } from "./parse-roster.js";
export { createRosterReader, type RosterReader, type RosterReaderOptions, type RosterRead } from "./create-roster-reader.js";
export {
  defaultRosterLimits,
  rosterLimits,
  RosterLimitError,
  type RosterLimit,
  type RosterLimitProblem,
  type RosterLimits,
} from "./roster-limits.js";
export { rosterToCsv } from "./roster-to-csv.js";
