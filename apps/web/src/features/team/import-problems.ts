import { issuesOf } from "../../lib/api-errors";

/** One problem of an imported file, as the error report shows it. */
export interface ImportProblem {
  /** The physical line of the file (1 = the header row); null for a problem of the whole file. */
  readonly line: number | null;
  readonly column: string | null;
  readonly message: string;
}

const linePath = /^content\.line (\d+)(?:\.(.+))?$/;

/**
 * Reads the line-numbered problems out of a failed `teams.importRoster` call: issues with the
 * path `content.line <n>[.<column>]`, and `content` for the file as a whole. Other issues (a bad
 * field of the request) are returned with no line.
 *
 * @example
 * importProblemsOf(error) // → [{ line: 12, column: "base", message: "must be a positive number" }]
 */
export function importProblemsOf(error: unknown): ImportProblem[] {
  return issuesOf(error).map((issue) => {
    const match = linePath.exec(issue.path);
    if (match) return { line: Number(match[1]), column: match[2] ?? null, message: issue.message };
    return { line: null, column: issue.path === "content" || issue.path === "" ? null : issue.path, message: issue.message };
  });
}
