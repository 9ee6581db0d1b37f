/**
 * The limits a roster file is read within. A file past one of them is refused with a
 * `RosterLimitError` as soon as the limit is passed, before the rest of it is read.
 */
export interface RosterLimits {
  /** Rows of people after the header (blank rows are not counted). */
  readonly maxRows: number;
  /** Cells in one row, the header included. */
  readonly maxColumns: number;
  /** Characters in one cell. */
  readonly maxCellLength: number;
  /** Bytes an XLSX workbook unpacks to, all its parts together. */
  readonly maxUncompressedBytes: number;
  /** How many times smaller than its unpacked size a part of an XLSX workbook may be. */
  readonly maxCompressionRatio: number;
  /** Milliseconds reading a file may take off the request thread before it is stopped. */
  readonly timeoutMs: number;
  /** Megabytes of memory the thread reading a file may use before it is stopped. */
  readonly maxMemoryMb: number;
}

/**
 * The limits used unless others are given: 100,000 people, 256 columns (an old spreadsheet's
 * whole width), 2,000 characters a cell, a workbook unpacking to at most 200 MB with no part
 * compressed more than 100 times (a real sheet is 5–20 times; a zip bomb is hundreds or
 * thousands), 60 seconds and 512 MB of memory to read a file.
 *
 * @example
 * defaultRosterLimits.maxRows // → 100000
 */
export const defaultRosterLimits: RosterLimits = Object.freeze({
  maxRows: 100_000,
  maxColumns: 256,
  maxCellLength: 2_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  timeoutMs: 60_000,
  maxMemoryMb: 512,
});

/** Which limit a file passed. */
export type RosterLimit = "rows" | "columns" | "cellLength" | "uncompressedSize" | "compressionRatio" | "time" | "memory";

/** A limit a file passed, where (the line and column when it is one row's or cell's) and what to do, as plain data. */
export interface RosterLimitProblem {
  readonly limit: RosterLimit;
  readonly message: string;
  readonly line?: number;
  readonly column?: string;
}

/**
 * A roster file past one of the `RosterLimits`; its message says which limit, by how much, and
 * what the manager can do about it. Nothing of the file is returned.
 *
 * @example
 * try { await parseRoster(bytes, "csv", catalog, { maxRows: 10 }); }
 * catch (error) { if (error instanceof RosterLimitError) error.limit; } // → "rows"
 */
export class RosterLimitError extends Error {
  readonly limit: RosterLimit;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(problem: RosterLimitProblem) {
    super(problem.message);
    this.name = "RosterLimitError";
    this.limit = problem.limit;
    this.line = problem.line;
    this.column = problem.column;
  }

  /** The error as plain data (to send between threads). */
  toProblem(): RosterLimitProblem {
    return {
      limit: this.limit,
      message: this.message,
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.column === undefined ? {} : { column: this.column }),
    };
  }
}

const count = (n: number): string => n.toLocaleString("en-US");
const megabytes = (bytes: number): string => `${count(Math.ceil(bytes / 1024 / 1024))} MB`;
const asCsv = "save the roster as CSV with only the columns it needs and import that";

/**
 * The error for each limit, with the message a manager reads.
 *
 * @example
 * limitErrors.rows(defaultRosterLimits, 100_002).message // → "The file has more than 100,000 rows of people (line 100,002 is past the limit), …"
 */
export const limitErrors = {
  rows: (limits: RosterLimits, line: number): RosterLimitError =>
    new RosterLimitError({
      limit: "rows",
      line,
      message:
        `The file has more than ${count(limits.maxRows)} rows of people (line ${count(line)} is past the limit), ` +
        `the most one import takes. Remove the rows that are not people, or split the roster into smaller teams.`,
    }),
  columns: (limits: RosterLimits, line: number, cells: number): RosterLimitError =>
    new RosterLimitError({
      limit: "columns",
      line,
      message:
        `Line ${count(line)} has ${count(cells)} cells, more than the ${count(limits.maxColumns)} columns a roster file may have. ` +
        `Remove the columns the roster does not use, or stray separators at the ends of lines, and try again.`,
    }),
  cellLength: (limits: RosterLimits, line: number, column: string | undefined, length: number): RosterLimitError =>
    new RosterLimitError({
      limit: "cellLength",
      line,
      ...(column === undefined ? {} : { column }),
      message:
        `Line ${count(line)}${column === undefined ? "" : `, column "${column}",`} has a cell of ${count(length)} characters, ` +
        `more than the ${count(limits.maxCellLength)} a roster cell may have. Shorten that cell or remove its column, and try again.`,
    }),
  uncompressedSize: (limits: RosterLimits): RosterLimitError =>
    new RosterLimitError({
      limit: "uncompressedSize",
      message:
        `The workbook unpacks to more than the ${megabytes(limits.maxUncompressedBytes)} a roster workbook may take. ` +
        `Remove other sheets, images and formatting, or ${asCsv}.`,
    }),
  compressionRatio: (limits: RosterLimits, part: string, ratio: number): RosterLimitError =>
    new RosterLimitError({
      limit: "compressionRatio",
      message:
        `The workbook's part "${part}" is packed ${count(Math.floor(ratio))} times smaller than its content, more than the ` +
        `${count(limits.maxCompressionRatio)} times a spreadsheet ever is, so it was not opened. Save the roster again from your ` +
        `spreadsheet program, or ${asCsv}.`,
    }),
  time: (limits: RosterLimits): RosterLimitError =>
    new RosterLimitError({
      limit: "time",
      message: `Reading the file took longer than ${count(limits.timeoutMs / 1000)} seconds, so it was stopped. Try again, or ${asCsv}.`,
    }),
  memory: (limits: RosterLimits): RosterLimitError =>
    new RosterLimitError({
      limit: "memory",
      message: `Reading the file needed more than ${count(limits.maxMemoryMb)} MB of memory, so it was stopped. Remove other sheets and formatting, or ${asCsv}.`,
    }),
};

/**
 * `limits` with every value checked: each a positive whole number (a positive number for the ratio).
 *
 * @example
 * rosterLimits({ maxRows: 10 }).maxRows // → 10
 * rosterLimits({ maxRows: 0 }) // throws RangeError: maxRows must be a positive whole number
 */
export function rosterLimits(limits: Partial<RosterLimits> = {}): RosterLimits {
  const merged = { ...defaultRosterLimits, ...limits };
  for (const [name, value] of Object.entries(merged)) {
    const ok = name === "maxCompressionRatio" ? Number.isFinite(value) && value > 0 : Number.isSafeInteger(value) && value > 0;
    if (!ok) throw new RangeError(`${name} must be a positive ${name === "maxCompressionRatio" ? "number" : "whole number"}`);
  }
  return merged;
}
