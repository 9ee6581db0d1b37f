import type { Catalog } from "@paypath/core";
import { parseRoster, type RosterError, type RosterFormat, type UnmappedTitle } from "./parse-roster.js";
import { RosterLimitError, type RosterLimitProblem, type RosterLimits } from "./roster-limits.js";

/** What the reading thread is given: the file, the catalog, the limits and a folder of its own for temporary files. */
export interface ReadRosterTask {
  readonly bytes: Uint8Array;
  readonly format: RosterFormat;
  readonly catalog: Catalog;
  readonly limits: RosterLimits;
  readonly tempDir: string;
}

/** People per chunk sent back: decoding one chunk is a short step for the receiving thread. */
export const memberChunkSize = 1_000;

/** Problems and unmapped titles sent back at most (a caller shows the first ones and the count). */
export const maxProblemsSent = 1_000;

/** A file read on the thread: the people as JSON text in chunks, the first problems and their count. */
export interface ReadRosterResult {
  readonly ok: true;
  readonly memberCount: number;
  readonly memberChunks: readonly string[];
  readonly errors: readonly RosterError[];
  readonly errorCount: number;
  readonly unmappedTitles: readonly UnmappedTitle[];
}

/** What the reading thread answers: the file read, or the limit it passed (as plain data: errors lose their class between threads). */
export type ReadRosterOutcome = ReadRosterResult | { readonly ok: false; readonly problem: RosterLimitProblem };

/**
 * Reads one roster file inside a worker thread. ExcelJS keeps a sheet in a temporary file while
 * it reads the workbook's shared strings; `tempDir` (created and removed by the caller, who
 * also removes it when the thread is stopped) holds those files. The people go back as JSON
 * text in chunks of 1,000, so the receiving thread decodes them a chunk at a time instead of
 * in one long step.
 *
 * @example
 * await readRosterTask({ bytes, format: "csv", catalog, limits: defaultRosterLimits, tempDir })
 * // → { ok: true, memberCount: 2, memberChunks: ['[{"employeeId":"E1",…},…]'], errors: [], errorCount: 0, unmappedTitles: [] }
 */
export async function readRosterTask(task: ReadRosterTask): Promise<ReadRosterOutcome> {
  process.env.TMPDIR = task.tempDir;
  try {
    const parse = await parseRoster(task.bytes, task.format, task.catalog, task.limits);
    const memberChunks: string[] = [];
    for (let i = 0; i < parse.members.length; i += memberChunkSize) {
      memberChunks.push(JSON.stringify(parse.members.slice(i, i + memberChunkSize)));
    }
    return {
      ok: true,
      memberCount: parse.members.length,
      memberChunks,
      errors: parse.errors.slice(0, maxProblemsSent),
      errorCount: parse.errors.length,
      unmappedTitles: parse.unmappedTitles.slice(0, maxProblemsSent),
    };
  } catch (error) {
    if (error instanceof RosterLimitError) return { ok: false, problem: error.toProblem() };
    throw error;
  }
}
