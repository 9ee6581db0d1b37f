import { normalizeTitle, RosterMemberSchema, type Catalog, type RosterMember } from "@paypath/core";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { checkXlsxArchive } from "./check-xlsx-archive.js";
import { fieldOfHeader, type RosterField } from "./columns.js";
import { limitErrors, RosterLimitError, rosterLimits, type RosterLimits } from "./roster-limits.js";

export type RosterFormat = "csv" | "xlsx";

/** A problem on one line of a roster file; `column` is the header as written when it is one cell's. */
export interface RosterError {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

/** A title that maps to no catalog role; `suggestion` is the closest role id when the match is only loose. */
export interface UnmappedTitle {
  readonly line: number;
  readonly title: string;
  /** The role the title comes closest to, when it has one. */
  readonly suggestion?: string;
  /** The suggestion is only a low-confidence guess: the title names no role (core's title fallback). */
  readonly lowConfidence?: true;
}

/** The result of `parseRoster`: the good rows, every bad line's errors, and the titles to map by hand. */
export interface RosterParse {
  readonly members: RosterMember[];
  readonly errors: RosterError[];
  readonly unmappedTitles: UnmappedTitle[];
}

/** A cell as read: text from CSV; text, number or date from XLSX; null when empty. */
type Cell = string | number | Date | null;

/** A row of a file with its line number (the CSV line it starts on, or the sheet row). */
interface SourceRow {
  readonly line: number;
  readonly cells: readonly Cell[];
}

/** A title mapped with less confidence than this needs the role column (a general or padded title). */
const minTitleConfidence = 0.7;

/** Lookups of a catalog's roles, levels and locations by id and by lower-case name. */
interface CatalogLookup {
  readonly roles: ReadonlyMap<string, string>;
  readonly levels: ReadonlyMap<string, string>;
  readonly locations: ReadonlyMap<string, string>;
}

const lookups = new WeakMap<Catalog, CatalogLookup>();

function lookupOf(catalog: Catalog): CatalogLookup {
  let found = lookups.get(catalog);
  if (!found) {
    const index = (items: readonly { id: string; name: string }[]): Map<string, string> => {
      const map = new Map<string, string>();
      for (const item of items) map.set(item.name.trim().toLowerCase(), item.id);
      for (const item of items) map.set(item.id.toLowerCase(), item.id);
      return map;
    };
    found = { roles: index(catalog.roles), levels: index(catalog.levels), locations: index(catalog.locations) };
    lookups.set(catalog, found);
  }
  return found;
}

/** Counts line breaks (CRLF, LF or a lone CR) in `text` between two offsets. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count++;
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

/**
 * Keeps the rows of a file within the limits as they are read: counts the rows of people (the
 * first non-empty row is the header; blank rows are neither counted nor kept) and checks each
 * row's width and each cell's length. Throws the `RosterLimitError` of the first limit passed.
 */
class RowCollector {
  readonly rows: SourceRow[] = [];
  private header: readonly Cell[] | undefined;

  constructor(private readonly limits: RosterLimits) {}

  add(line: number, cells: readonly Cell[]): void {
    if (cells.length > this.limits.maxColumns) throw limitErrors.columns(this.limits, line, cells.length);
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === null || cell === undefined) continue;
      const length = typeof cell === "string" ? cell.length : cell instanceof Date ? 10 : String(cell).length;
      if (length > this.limits.maxCellLength) {
        const column = this.header === undefined ? undefined : textOf(this.header[i]) || undefined;
        throw limitErrors.cellLength(this.limits, line, column, length);
      }
      if (blank && textOf(cell) !== "") blank = false;
    }
    if (blank) return;
    if (this.header === undefined) this.header = cells;
    else if (this.rows.length > this.limits.maxRows) throw limitErrors.rows(this.limits, line);
    this.rows.push({ line, cells });
  }
}

function csvRows(bytes: Uint8Array, limits: RosterLimits): SourceRow[] {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const collector = new RowCollector(limits);
  let passed: unknown;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    step: (result, parser) => {
      const end = result.meta.cursor;
      try {
        collector.add(line, result.data);
      } catch (error) {
        passed = error;
        parser.abort();
      }
      line += lineBreaks(text, start, end);
      start = end;
    },
  });
  if (passed) throw passed;
  return collector.rows;
}

/** The value of an ExcelJS cell as plain text, number or date (formulas give their result). */
function excelCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || typeof result === "object" ? (result instanceof Date ? result : null) : (result as string | number);
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : null;
  return null;
}

/**
 * The rows of the workbook's first sheet, read one row at a time with ExcelJS's streaming reader
 * after `checkXlsxArchive` has checked the zip; null when the bytes are not a workbook.
 */
async function xlsxRows(bytes: Uint8Array, limits: RosterLimits): Promise<SourceRow[] | null> {
  const archive = checkXlsxArchive(bytes, limits);
  if (!archive.ok || !archive.parts.includes("xl/workbook.xml")) return null;
  const collector = new RowCollector(limits);
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // number formats tell dates from numbers
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(excelCell(values[i]));
        collector.add(row.number, cells);
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof RosterLimitError) throw error;
    return null;
  }
  return collector.rows;
}

/** Text of a cell, trimmed; a quote that `rosterToCsv` put before a formula-like text is removed. */
function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * A money amount from a cell: a number, or text such as "185,000", "$185000" or "185 000.50"
 * (currency signs, spaces and thousands commas dropped). Undefined when it is not a number.
 */
function moneyOf(cell: Cell): number | undefined {
  if (typeof cell === "number") return cell;
  const text = textOf(cell).replace(/[\s$€£,]/g, "").replace(/^(USD|EUR|GBP)/i, "");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

function dateOf(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const text = textOf(cell);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? text : undefined;
}

const required: readonly RosterField[] = ["employeeId", "name", "levelId", "locationId", "base"];
const headerNames: Readonly<Record<RosterField, string>> = {
  employeeId: "employee id",
  name: "name",
  title: "title",
  roleId: "role",
  levelId: "level",
  locationId: "location",
  base: "base",
  bonus: "bonus",
  equity: "equity",
  performanceRating: "performance rating",
  hireDate: "hire date",
  managerEmployeeId: "manager id",
  gender: "gender",
};

/**
 * Reads a roster file (CSV or the first sheet of an XLSX workbook) into roster members against a
 * catalog. The first non-empty row is the header; header names are matched ignoring case, spaces
 * and punctuation, with aliases (e.g. "Base Salary", "Job Title", "Manager ID"); other columns are
 * ignored. Role may be blank: the title is then placed with core's `normalizeTitle`, and a title
 * that maps to no role (only to a fallback guess), or only loosely (confidence below 0.7), is an
 * error on that line and is listed in `unmappedTitles` (with the loose match, or the fallback
 * guess marked `lowConfidence`, as a suggestion). Role, level and location take
 * the catalog's id or its name; a blank level takes the title's seniority hint. Money takes
 * numbers or text like "185,000" and "$185000". Every bad line is reported with every problem on
 * it (line = the file's line, header = 1; for XLSX the sheet's row number; `column` as written in
 * the header); bad lines are left out of `members`. A missing required column is one error on the
 * header line and no members; so is a file that is not an XLSX workbook. Whether one bad line
 * rejects the whole file is the caller's choice. Asynchronous because reading XLSX is.
 *
 * The file is read within `limits` (`defaultRosterLimits` for any not given): rows of people,
 * cells a row, characters a cell, and for XLSX the unpacked size and compression ratio, checked
 * on the zip before the workbook is read, which is then read one row at a time. The first limit
 * passed throws a `RosterLimitError` saying which and what to do, and reading stops there. This
 * runs on the calling thread: a server reads files with `createRosterReader` instead, which also
 * bounds the time and memory.
 *
 * @example
 * const { members, errors } = await parseRoster(new TextEncoder().encode("employee id,name,title,level,location,base\nE1,Ada,ML Engineer,Senior,us,\"185,000\""), "csv", catalog);
 * members[0] // → { employeeId: "E1", name: "Ada", title: "ML Engineer", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 185000, bonus: 0, equity: 0 }
 */
export async function parseRoster(
  bytes: Uint8Array,
  format: RosterFormat,
  catalog: Catalog,
  limits: Partial<RosterLimits> = {},
): Promise<RosterParse> {
  const within = rosterLimits(limits);
  const rows = format === "csv" ? csvRows(bytes, within) : await xlsxRows(bytes, within);
  if (rows === null) return { members: [], errors: [{ line: 1, message: "the file is not an XLSX workbook" }], unmappedTitles: [] };
  const members: RosterMember[] = [];
  const errors: RosterError[] = [];
  const unmappedTitles: UnmappedTitle[] = [];

  // Blank rows were left out while reading: the first row is the header.
  const header = rows[0];
  if (!header) return { members, errors: [{ line: 1, message: "the file has no header row" }], unmappedTitles };

  const columns = new Map<RosterField, { index: number; name: string }>();
  header.cells.forEach((cell, index) => {
    const name = textOf(cell);
    const field = fieldOfHeader(name);
    if (!field) return;
    const taken = columns.get(field);
    if (taken) errors.push({ line: header.line, column: name, message: `duplicate column: "${taken.name}" is already the ${headerNames[field]}` });
    else columns.set(field, { index, name });
  });
  for (const field of required) {
    if (!columns.has(field)) errors.push({ line: header.line, column: headerNames[field], message: `missing column "${headerNames[field]}"` });
  }
  if (!columns.has("roleId") && !columns.has("title")) {
    errors.push({ line: header.line, column: "role", message: 'missing column: needs "role" or "title"' });
  }
  if (errors.length > 0) return { members, errors, unmappedTitles };

  const { roles, levels, locations } = lookupOf(catalog);
  const firstLine = new Map<string, number>();

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = row.line;
    const rowErrors: RosterError[] = [];
    const cell = (field: RosterField): Cell => {
      const column = columns.get(field);
      return column === undefined ? null : (row.cells[column.index] ?? null);
    };
    const text = (field: RosterField): string => textOf(cell(field));
    const column = (field: RosterField): string => columns.get(field)?.name ?? headerNames[field];
    const problem = (field: RosterField, message: string): void => {
      rowErrors.push({ line, column: column(field), message });
    };

    const title = text("title");
    let titleLevel: string | null = null;
    let roleId: string | undefined;
    const role = text("roleId");
    if (role !== "") {
      roleId = roles.get(role.toLowerCase());
      if (roleId === undefined) problem("roleId", `unknown role "${role}"`);
    } else if (title === "") {
      problem("roleId", "needs a role or a title");
    } else {
      const match = normalizeTitle(title, catalog);
      titleLevel = match.level;
      if (match.fallback) {
        problem("title", `no catalog role matches title "${title}"; set the role`);
        unmappedTitles.push({ line, title, ...(match.role !== null ? { suggestion: match.role, lowConfidence: true as const } : {}) });
      } else if (match.role !== null && match.confidence >= minTitleConfidence) {
        roleId = match.role;
      } else if (match.role !== null) {
        problem("title", `title "${title}" only loosely matches role "${match.role}"; set the role`);
        unmappedTitles.push({ line, title, suggestion: match.role });
      } else {
        problem("title", `no catalog role matches title "${title}"; set the role`);
        unmappedTitles.push({ line, title });
      }
    }

    const level = text("levelId");
    let levelId: string | undefined;
    if (level !== "") {
      levelId = levels.get(level.toLowerCase());
      if (levelId === undefined) problem("levelId", `unknown level "${level}"`);
    } else if (titleLevel !== null && levels.has(titleLevel)) {
      levelId = titleLevel;
    } else {
      problem("levelId", "required");
    }

    const location = text("locationId");
    let locationId: string | undefined;
    if (location === "") problem("locationId", "required");
    else {
      locationId = locations.get(location.toLowerCase());
      if (locationId === undefined) problem("locationId", `unknown location "${location}"`);
    }

    const money = (field: "base" | "bonus" | "equity"): number | undefined => {
      const raw = cell(field);
      if (textOf(raw) === "") {
        if (field === "base") problem(field, "required");
        return field === "base" ? undefined : 0;
      }
      const value = moneyOf(raw);
      if (value === undefined) problem(field, `"${textOf(raw)}" is not an amount`);
      else if (value < 0) problem(field, `${value} is negative`);
      return value !== undefined && value >= 0 ? value : undefined;
    };
    const base = money("base");
    const bonus = money("bonus");
    const equity = money("equity");

    let performanceRating: number | undefined;
    const rating = cell("performanceRating");
    if (textOf(rating) !== "") {
      performanceRating = typeof rating === "number" ? rating : Number(textOf(rating));
      if (!Number.isInteger(performanceRating) || performanceRating < 1 || performanceRating > 5) {
        problem("performanceRating", `"${textOf(rating)}" is not a rating from 1 to 5`);
        performanceRating = undefined;
      }
    }

    let hireDate: string | undefined;
    const hire = cell("hireDate");
    if (textOf(hire) !== "") {
      hireDate = dateOf(hire);
      if (hireDate === undefined) problem("hireDate", `"${textOf(hire)}" is not a date as YYYY-MM-DD`);
    }

    const employeeId = text("employeeId");
    if (employeeId !== "") {
      const seen = firstLine.get(employeeId);
      if (seen !== undefined) problem("employeeId", `duplicate employee id "${employeeId}" (first on line ${seen})`);
      else firstLine.set(employeeId, line);
    }

    const candidate = {
      employeeId,
      name: text("name"),
      title,
      roleId,
      levelId,
      locationId,
      base,
      bonus,
      equity,
      performanceRating,
      hireDate,
      managerEmployeeId: text("managerEmployeeId") || undefined,
      gender: text("gender") || undefined,
    };
    const parsed = RosterMemberSchema.safeParse(candidate);
    if (!parsed.success) {
      // A field left undefined above was reported there (an unknown id, a bad amount, an unmapped title).
      const reported = new Set(rowErrors.map((e) => e.column));
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as RosterField;
        if (candidate[field] === undefined || reported.has(column(field))) continue;
        const message = candidate[field] === "" ? "required" : issue.message;
        rowErrors.push({ line, column: column(field), message });
        reported.add(column(field));
      }
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else if (parsed.success) members.push(parsed.data);
  }
  return { members, errors, unmappedTitles };
}
