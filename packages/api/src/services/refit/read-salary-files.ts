import { detectSalaryFormat, readPayPathRecord, readSurveyRecord, type SalaryFileFormat, type SurveyRow } from "@paypath/catalog";
import type { Catalog } from "@paypath/core";
import Papa from "papaparse";

/** An uploaded salary file: its name and text. */
export interface SalaryFile {
  readonly name: string;
  readonly content: string;
}

/** A problem with a salary file: the file, its physical line (1 = header), the column as the header names it. */
export interface SalaryFileProblem {
  readonly file: string;
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

/** What was read from the files. */
export interface SalaryFilesRead {
  readonly files: { name: string; format: SalaryFileFormat; bytes: number; rows: number }[];
  readonly surveyRows: SurveyRow[];
  readonly payPathRows: SurveyRow[];
  /** Every problem, in file and line order (all of them: the caller decides how many to show). */
  readonly problems: SalaryFileProblem[];
}

const newlines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
};

/**
 * Reads salary files (the public survey format or the PayPath CSV format, told apart by the
 * header) into fit rows, with every problem by file, physical line and column. A file with
 * problems contributes no rows (the caller imports nothing when there are any).
 *
 * @example
 * readSalaryFiles([{ name: "team.csv", content: "role,level,country,arrangement,company_size,year,base\nml-engineer,senior,US,remote,L,2025,210000" }], catalog)
 * // → { files: [{ name: "team.csv", format: "paypath", bytes: 92, rows: 1 }], payPathRows: [ … ], surveyRows: [], problems: [] }
 */
export function readSalaryFiles(files: readonly SalaryFile[], catalog: Catalog): SalaryFilesRead {
  const out: SalaryFilesRead = { files: [], surveyRows: [], payPathRows: [], problems: [] };
  for (const file of files) {
    const bytes = Buffer.byteLength(file.content, "utf8");
    const text = file.content.charCodeAt(0) === 0xfeff ? file.content.slice(1) : file.content;
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
    const records = parsed.data;
    const header = (records[0] ?? []).map((h) => h.trim());
    const problems: SalaryFileProblem[] = [];
    const detected = header.length === 0 || header.every((h) => h === "") ? { ok: false as const, message: "the file is empty" } : detectSalaryFormat(header);
    if (!detected.ok) {
      out.problems.push({ file: file.name, line: 1, message: detected.message });
      out.files.push({ name: file.name, format: "survey", bytes, rows: 0 });
      continue;
    }
    const rows: SurveyRow[] = [];
    let line = 1 + newlines((records[0] ?? []).join(","));
    for (let i = 1; i < records.length; i++) {
      const cells = records[i]!;
      line++;
      const at = line;
      line += newlines(cells.join(","));
      if (cells.length === 1 && cells[0]!.trim() === "") continue; // an empty line
      if (cells.length !== header.length) {
        problems.push({ file: file.name, line: at, message: `has ${cells.length} cells where the header has ${header.length} columns` });
        continue;
      }
      const record: Record<string, string> = {};
      header.forEach((h, j) => (record[h] = cells[j]!));
      const result = detected.format === "survey" ? readSurveyRecord(record) : readPayPathRecord(record, catalog);
      if (result.ok) rows.push(result.row);
      else for (const p of result.problems) problems.push({ file: file.name, line: at, column: p.column, message: p.message });
    }
    for (const e of parsed.errors) {
      if (e.type === "Quotes") problems.push({ file: file.name, line: (e.row ?? 0) + 1, message: `a quoted cell is not closed (${e.message})` });
    }
    if (rows.length === 0 && problems.length === 0) problems.push({ file: file.name, line: 1, message: "has a header but no salaries" });
    out.files.push({ name: file.name, format: detected.format, bytes, rows: rows.length });
    out.problems.push(...problems);
    if (problems.length === 0) (detected.format === "survey" ? out.surveyRows : out.payPathRows).push(...rows);
  }
  return out;
}
