import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { Catalog, RosterMember } from "@paypath/core";
import { Piscina } from "piscina";
import type { RosterError, RosterFormat, UnmappedTitle } from "./parse-roster.js";
import type { ReadRosterOutcome, ReadRosterTask } from "./read-roster-task.js";
import { limitErrors, RosterLimitError, rosterLimits, type RosterLimits } from "./roster-limits.js";

/** A roster file read by a `RosterReader`. */
export interface RosterRead {
  /** People read from the good lines. */
  readonly memberCount: number;
  /**
   * The people, in file order, a thousand at a time; each chunk is decoded when the loop reaches
   * it, so no single step holds the thread long. Can be walked more than once.
   */
  memberChunks(): Generator<RosterMember[]>;
  /** The first 1,000 problems, by line, as `parseRoster` reports them. */
  readonly errors: readonly RosterError[];
  /** How many problems there are in all. */
  readonly errorCount: number;
  /** The first 1,000 titles no catalog role matches. */
  readonly unmappedTitles: readonly UnmappedTitle[];
}

/** Reads roster files on worker threads. */
export interface RosterReader {
  /** The limits every file is read within. */
  readonly limits: RosterLimits;
  /**
   * Parses a roster file off the calling thread, as `parseRoster` does; a file past a limit,
   * or taking longer or more memory than the limits allow, rejects with a `RosterLimitError`.
   */
  read(bytes: Uint8Array, format: RosterFormat, catalog: Catalog): Promise<RosterRead>;
  /** Stops the threads (a file being read is stopped too). */
  close(): Promise<void>;
}

/** Options of `createRosterReader`. */
export interface RosterReaderOptions {
  readonly limits?: Partial<RosterLimits>;
  /** Files read at the same time; more wait their turn. Default: the cores less one, at least one. */
  readonly threads?: number;
  /** How long an unused thread is kept for the next file, in milliseconds. Default: a minute. */
  readonly idleTimeoutMs?: number;
}

const workerFile = new URL("./read-roster-worker.js", import.meta.url).href;

/**
 * Starts a reader of roster files on worker threads (piscina), so that reading a large or
 * hostile file never holds up the thread answering requests. Each file is read within the
 * limits (`defaultRosterLimits` unless given): rows, columns, cell length and the XLSX zip's
 * unpacked size and compression ratio are checked while reading; a file still being read after
 * `timeoutMs` has its thread stopped, and so has one whose thread needs more than `maxMemoryMb`.
 * Each is a `RosterLimitError` naming the limit. Threads start on the first file, run at a lower
 * priority than the server's own thread, and stop after a minute unused; an idle reader does not
 * keep the process alive.
 *
 * @example
 * const reader = createRosterReader({ limits: { timeoutMs: 30_000 } });
 * const file = await reader.read(bytes, "xlsx", catalog); // → { memberCount: 120, errorCount: 0, errors: [], … }
 * for (const chunk of file.memberChunks()) await save(chunk);
 * await reader.close();
 */
export function createRosterReader(options: RosterReaderOptions = {}): RosterReader {
  const limits = rosterLimits(options.limits);
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isSafeInteger(threads) || threads < 1) throw new RangeError("threads must be a positive whole number");
  const pool = new Piscina<ReadRosterTask, ReadRosterOutcome>({
    filename: workerFile,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: options.idleTimeoutMs ?? 60_000,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
    // Below the server's thread, so requests are answered first when the cores are busy.
    niceIncrement: 5,
  });

  return {
    limits,
    async read(bytes, format, catalog) {
      const tempDir = await mkdtemp(join(tmpdir(), "paypath-roster-"));
      const copy = bytes.slice(); // handed over to the thread, not copied again
      try {
        const outcome = await pool.run(
          { bytes: copy, format, catalog, limits, tempDir },
          { signal: AbortSignal.timeout(limits.timeoutMs), transferList: [copy.buffer] },
        );
        if (!outcome.ok) throw new RosterLimitError(outcome.problem);
        const { memberCount, memberChunks, errors, errorCount, unmappedTitles } = outcome;
        return {
          memberCount,
          errors,
          errorCount,
          unmappedTitles,
          *memberChunks() {
            for (const chunk of memberChunks) yield JSON.parse(chunk) as RosterMember[];
          },
        };
      } catch (error) {
        if (error instanceof RosterLimitError) throw error;
        const name = (error as { name?: unknown }).name;
        const code = (error as { code?: unknown }).code;
        if (name === "AbortError" || name === "TimeoutError") throw limitErrors.time(limits);
        if (code === "ERR_WORKER_OUT_OF_MEMORY") throw limitErrors.memory(limits);
        throw error;
      } finally {
        await rm(tempDir, { recursive: true, force: true });
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
