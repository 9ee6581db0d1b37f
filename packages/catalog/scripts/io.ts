import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { toSurveyRow, type SurveyRow } from "../src/fit/rows.js";

/** Parses `--name value` pairs; repeated names collect into a list. */
export function parseArgs(argv: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) continue;
    const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (value === undefined) throw new Error(`--${name} needs a value`);
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

/** Resolves a path against the directory the user ran the command from (pnpm sets INIT_CWD). */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** Reads a CSV file into records (column → text). */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
}

/** Reads the survey files, in order, as typed rows; reports rows it could not read. */
export function readSurveys(paths: readonly string[]): { rows: SurveyRow[]; files: string[]; unreadable: number } {
  const rows: SurveyRow[] = [];
  let unreadable = 0;
  for (const p of paths) {
    for (const record of readCsv(p)) {
      const row = toSurveyRow(record);
      if (row) rows.push(row);
      else unreadable++;
    }
  }
  return { rows, files: paths.map((p) => basename(p)), unreadable };
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
