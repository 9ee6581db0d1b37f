import type { TeamRow } from "@paypath/db";
import type { RosterLimitError } from "@paypath/roster";
import { TRPCError } from "@trpc/server";
import { z, type ZodError } from "zod";

/** One problem of an imported file: its physical line (1 = the header), the column, what is wrong. */
export interface ImportProblem {
  readonly line: number;
  readonly column?: string | undefined;
  readonly message: string;
}

/**
 * A ZodError carrying exactly `issues`, made the way parsing makes one (so it is an `Error` that
 * tRPC keeps as the cause and the error formatter turns into `data.issues`).
 */
function zodErrorOf(issues: readonly { path: readonly (string | number)[]; message: string }[]): ZodError {
  const result = z
    .unknown()
    .superRefine((_value, ctx) => {
      for (const issue of issues) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
    })
    .safeParse(null);
  if (result.success) throw new Error("zodErrorOf needs at least one issue");
  return result.error;
}

/** At most this many problems are sent back; one more issue says how many were left out. */
export const maxReportedProblems = 200;

/**
 * The error an import with problems answers: BAD_REQUEST whose `data.issues` carry one issue per
 * problem with the path `content.line <n>[.<column>]` (for example `content.line 12.base`), the
 * first 200 of them, then `content` with how many more there are (`total` problems in all, when
 * only the first ones are given).
 *
 * @example
 * throw importProblemsError([{ line: 12, column: "base", message: "must be a positive number" }]);
 */
export function importProblemsError(problems: readonly ImportProblem[], total = problems.length): TRPCError {
  const shown = problems.slice(0, maxReportedProblems);
  const issues = shown.map((p) => ({ path: problemPath(p), message: p.message }));
  if (total > shown.length) issues.push({ path: ["content"], message: `and ${total - shown.length} more problems` });
  return new TRPCError({ code: "BAD_REQUEST", message: "The file has problems; nothing was imported.", cause: zodErrorOf(issues) });
}

function problemPath(p: { line?: number | undefined; column?: string | undefined }): string[] {
  if (p.line === undefined) return ["content"];
  return p.column ? ["content", `line ${p.line}`, p.column] : ["content", `line ${p.line}`];
}

/**
 * The error a roster file past one of the roster limits answers (too many rows, columns or
 * characters in a cell, a workbook that unpacks too large or is packed like a zip bomb, too long
 * or too much memory to read): BAD_REQUEST whose message is the limit's own (which limit, and
 * what to do) and says nothing was imported, with that message as one issue at
 * `content.line <n>[.<column>]` when the limit was passed on a line, else at `content`.
 *
 * @example
 * throw rosterLimitError(error); // → BAD_REQUEST "The file has more than 100,000 rows of people (line 100,002 is past the limit), … Nothing was imported."
 */
export function rosterLimitError(error: RosterLimitError): TRPCError {
  const message = `${error.message} Nothing was imported.`;
  return new TRPCError({ code: "BAD_REQUEST", message, cause: zodErrorOf([{ path: problemPath(error), message }]) });
}

/**
 * The error a write from a stale revision answers: CONFLICT whose `data.issues` has one issue on
 * `revision` giving the team's current revision, so the client can reload and retry.
 *
 * @example
 * throw staleRevisionError({ revision: 4, updatedAt }, 3);
 */
export function staleRevisionError(current: Pick<TeamRow, "revision" | "updatedAt">, started: number): TRPCError {
  const message = `the team was changed at ${current.updatedAt.toISOString()} and is now at revision ${current.revision} (you started from revision ${started}); reload it and try again`;
  return new TRPCError({
    code: "CONFLICT",
    message,
    cause: zodErrorOf([{ path: ["revision"], message }]),
  });
}
