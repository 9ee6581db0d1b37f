import { catalogModelEntity, catalogTables, type Catalog, type CatalogTable } from "@paypath/core";
import Papa from "papaparse";
import { textPositions } from "./text-position.js";

/** A problem in one CSV file of a catalog: the file, the 1-based line (the header is line 1), the 1-based column when known, and what. */
export interface CsvProblem {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

/** One uploaded CSV file. */
export interface CsvInputFile {
  readonly name: string;
  readonly content: string;
}

/** Where a catalog value came from: a file and line. */
export interface CsvLocation {
  readonly file: string;
  readonly line: number;
}

/** A catalog document read from CSV files, with a way to find the file and line of any value by its path. */
export type ParsedCatalogCsv =
  | { readonly ok: true; readonly catalog: unknown; readonly lineOf: (path: readonly (string | number)[]) => CsvLocation | null }
  | { readonly ok: false; readonly problems: CsvProblem[] };

/** How a column's cells are read. */
type CellKind = "number" | "boolean" | "json" | "string";

const modelFile = "model.csv";
/** Fields of `model.csv` that belong to the catalog itself rather than to its model settings. */
const catalogFields = new Set(["version", "name", "baseCurrency"]);
/** Column segments that would reach an object's prototype. */
const forbiddenSegments = new Set(["__proto__", "prototype", "constructor"]);
const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The kind of each dotted column in a template's entities: the first kind seen wins. */
function columnKinds(entities: readonly unknown[]): Map<string, CellKind> {
  const kinds = new Map<string, CellKind>();
  const visit = (value: unknown, prefix: string): void => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, prefix ? `${prefix}.${k}` : k);
      return;
    }
    if (kinds.has(prefix) || value === undefined) return;
    kinds.set(prefix, typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : typeof value === "string" ? "string" : "json");
  };
  for (const e of entities) visit(e, "");
  return kinds;
}

/**
 * The kind of a column: as in the template, else as its siblings when they all agree (a new key
 * of a record such as `relevance.roles.<role>`), else a string.
 */
function kindOf(kinds: ReadonlyMap<string, CellKind>, column: string): CellKind {
  const known = kinds.get(column);
  if (known) return known;
  const dot = column.lastIndexOf(".");
  if (dot < 0) return "string";
  const parent = column.slice(0, dot + 1);
  const siblings = new Set([...kinds].filter(([c]) => c.startsWith(parent) && !c.slice(parent.length).includes(".")).map(([, k]) => k));
  return siblings.size === 1 ? [...siblings][0]! : "string";
}

/** The rows of one file with the line each starts on; quoted cells may span lines. */
function readRows(file: string, content: string, problems: CsvProblem[]): { cells: string[]; line: number }[] {
  const text = content.startsWith("\uFEFF") ? content.slice(1) : content;
  const positions = textPositions(text);
  const rows: { cells: string[]; line: number }[] = [];
  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: "greedy",
    step: (result) => {
      const cells = result.data;
      // The cursor is the end of the row; its line, less the line breaks inside quoted cells, is where the row starts.
      const breaks = cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
      const line = Math.max(1, positions.at(Math.max(0, result.meta.cursor - 1)).line - breaks);
      rows.push({ cells, line });
      for (const e of result.errors) problems.push({ file, line, message: e.code === "MissingQuotes" ? "a quoted cell is not closed" : e.message });
    },
  });
  return rows;
}

/** Sets `value` at a dotted path in `target`, creating objects on the way; false when a path segment already holds a value. */
function setPath(target: Record<string, unknown>, segments: readonly string[], value: unknown): boolean {
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    if (next === undefined) node = node[segment] = {};
    else if (next !== null && typeof next === "object" && !Array.isArray(next)) node = next as Record<string, unknown>;
    else return false;
  }
  const last = segments[segments.length - 1]!;
  if (node[last] !== undefined) return false;
  node[last] = value;
  return true;
}

/** Reads one file's rows into entities, typing each cell by the template's kinds. */
function readEntities(
  file: string,
  content: string,
  kinds: ReadonlyMap<string, CellKind>,
  problems: CsvProblem[],
): { entities: Record<string, unknown>[]; lines: number[] } {
  const rows = readRows(file, content, problems);
  const [header, ...body] = rows;
  if (!header) return { entities: [], lines: [] };
  const columns = header.cells.map((c) => c.trim());
  const seen = new Set<string>();
  let headerOk = true;
  columns.forEach((column, i) => {
    const segments = column.split(".");
    const problem = (message: string): void => {
      problems.push({ file, line: header.line, column: i + 1, message });
      headerOk = false;
    };
    if (segments.some((s) => s === "")) problem(column === "" ? "the column has no name" : `"${column}" is not a column name`);
    else if (segments.some((s) => forbiddenSegments.has(s))) problem(`"${column}" is not a column name`);
    else if (seen.has(column)) problem(`the column "${column}" appears twice`);
    else if ([...seen].some((s) => s.startsWith(`${column}.`) || column.startsWith(`${s}.`))) problem(`the column "${column}" clashes with another column`);
    seen.add(column);
  });
  if (!headerOk) return { entities: [], lines: [] };
  const entities: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      problems.push({ file, line: row.line, message: `expected ${columns.length} cells, found ${row.cells.length}` });
      continue;
    }
    const entity: Record<string, unknown> = {};
    row.cells.forEach((cell, i) => {
      if (cell.trim() === "") return;
      const column = columns[i]!;
      const problem = (message: string): void => void problems.push({ file, line: row.line, column: i + 1, message: `${column}: ${message}` });
      const kind = kindOf(kinds, column);
      let value: unknown = cell;
      if (kind === "number") {
        if (!numberPattern.test(cell.trim())) return problem(`"${cell}" is not a number`);
        value = Number(cell.trim());
      } else if (kind === "boolean") {
        const b = cell.trim().toLowerCase();
        if (b !== "true" && b !== "false") return problem(`"${cell}" is not true or false`);
        value = b === "true";
      } else if (kind === "json") {
        try {
          value = JSON.parse(cell) as unknown;
        } catch (error) {
          return problem(`invalid JSON (${error instanceof SyntaxError ? error.message : "cannot be read"})`);
        }
      }
      setPath(entity, column.split("."), value);
    });
    entities.push(entity);
    lines.push(row.line);
  }
  return { entities, lines };
}

/**
 * Reads a whole catalog from CSV files, the layout of core's `catalogCsvTables`: `model.csv` (one
 * row: version, name, base currency and the model settings) and `<table>.csv` for each of
 * `catalogTables`, a row per entity with dotted columns for nested fields and JSON for lists.
 * Each cell is typed by the template catalog: a number, boolean or list where the template has one
 * in that column, else a string; an empty cell leaves the field out. Problems name the file, the
 * line (the header is line 1) and the column; a parsed catalog can tell the file and line of any
 * value by its path, for validation issues. The catalog is not validated here.
 *
 * @example
 * parseCatalogCsv([{ name: "model.csv", content: "version,name\n2025.1,PayPath" }, …], published)
 * // → { ok: true, catalog: { version: "2025.1", name: "PayPath", model: {…}, sources: […], … }, lineOf }
 */
export function parseCatalogCsv(files: readonly CsvInputFile[], template: Catalog): ParsedCatalogCsv {
  const problems: CsvProblem[] = [];
  const expected = [modelFile, ...catalogTables.map((t) => `${t}.csv`)];
  const byName = new Map<string, string>();
  for (const f of files) {
    if (!expected.includes(f.name)) problems.push({ file: f.name, line: 1, message: `unknown file; expected one of ${expected.join(", ")}` });
    else if (byName.has(f.name)) problems.push({ file: f.name, line: 1, message: "the file is given twice" });
    else byName.set(f.name, f.content);
  }
  for (const name of expected) if (!byName.has(name)) problems.push({ file: name, line: 1, message: "the file is missing" });
  if (problems.length > 0) return { ok: false, problems };

  const model = readEntities(modelFile, byName.get(modelFile)!, columnKinds([catalogModelEntity(template)]), problems);
  if (model.entities.length !== 1 && problems.length === 0) {
    problems.push({ file: modelFile, line: model.lines[1] ?? 1, message: `expected one row under the header, found ${model.entities.length}` });
  }
  const tables = new Map<CatalogTable, { entities: Record<string, unknown>[]; lines: number[] }>();
  for (const table of catalogTables) {
    tables.set(table, readEntities(`${table}.csv`, byName.get(`${table}.csv`)!, columnKinds(template[table]), problems));
  }
  if (problems.length > 0) return { ok: false, problems };

  const catalog: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(model.entities[0]!)) (catalogFields.has(key) ? catalog : settings)[key] = value;
  catalog.model = settings;
  for (const [table, read] of tables) catalog[table] = read.entities;
  const modelLine = model.lines[0]!;
  return {
    ok: true,
    catalog,
    lineOf(path) {
      const [head, index] = path;
      if (head === "model" || (typeof head === "string" && catalogFields.has(head))) return { file: modelFile, line: modelLine };
      const read = typeof head === "string" ? tables.get(head as CatalogTable) : undefined;
      if (!read) return null;
      const line = typeof index === "number" ? read.lines[index] : undefined;
      return { file: `${head as string}.csv`, line: line ?? 1 };
    },
  };
}
