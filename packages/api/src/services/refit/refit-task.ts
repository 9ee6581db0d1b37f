import { payPathRow, refitCatalog, type RefitResult, type RefitStep } from "@paypath/catalog";
import type { Catalog } from "@paypath/core";
import type { ContributionFigures } from "@paypath/db";
import { readSalaryFiles, type SalaryFile, type SalaryFileProblem, type SalaryFilesRead } from "./read-salary-files.js";

/** Work a refit thread does: check uploaded files, or refit from them. */
export type RefitTask =
  | { readonly kind: "check"; readonly files: readonly SalaryFile[]; readonly catalog: Catalog }
  | {
      readonly kind: "refit";
      readonly files: readonly SalaryFile[];
      readonly contributions: readonly ContributionFigures[];
      readonly base: Catalog;
      readonly sourceId: string;
      readonly citation: string;
    };

/** What a thread answers. */
export type RefitTaskOutcome =
  | { readonly kind: "check"; readonly files: SalaryFilesRead["files"]; readonly problems: SalaryFileProblem[]; readonly problemCount: number }
  | { readonly kind: "refit"; readonly result: RefitResult }
  | { readonly kind: "problems"; readonly problems: SalaryFileProblem[]; readonly problemCount: number };

/** At most this many problems cross back from the thread. */
const maxProblems = 500;

/**
 * Runs one refit task (on a worker thread; `onStep` reports progress). A refit re-reads the
 * files: ones with problems stop it before any fitting.
 *
 * @example
 * runRefitTask({ kind: "check", files, catalog }, () => {}) // → { kind: "check", files: [ … ], problems: [], problemCount: 0 }
 */
export function runRefitTask(task: RefitTask, onStep: (step: "reading" | RefitStep) => void): RefitTaskOutcome {
  onStep("reading");
  const read = readSalaryFiles(task.files, task.kind === "check" ? task.catalog : task.base);
  if (task.kind === "check") return { kind: "check", files: read.files, problems: read.problems.slice(0, maxProblems), problemCount: read.problems.length };
  if (read.problems.length > 0) return { kind: "problems", problems: read.problems.slice(0, maxProblems), problemCount: read.problems.length };
  const contributionRows = task.contributions.map((c) =>
    payPathRow(
      { role: c.role, level: c.level, country: c.country, arrangement: c.arrangement as "onsite" | "hybrid" | "remote", companySize: c.companySize as "S" | "M" | "L", year: c.year, base: c.base },
      task.base,
      "contribution",
    ),
  );
  const result = refitCatalog({
    base: task.base,
    surveyRows: read.surveyRows,
    payPathRows: read.payPathRows,
    contributionRows,
    sourceId: task.sourceId,
    citation: task.citation,
    onStep,
  });
  return { kind: "refit", result };
}
