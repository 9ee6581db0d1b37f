import { Transform, type Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { estimate, ProfileError, type Catalog } from "@paypath/core";
import { CsvError, Parser, type Options } from "csv-parse";
import { stringify } from "csv-stringify";
import { formatRow, outputColumns, toCsvFields, toJsonLine, type OutputRow } from "../rows/format-row.js";
import { toInputColumn, inputColumns, parseRow, type InputColumn, type RawRow } from "../rows/parse-row.js";

export type OutputFormat = "csv" | "jsonl";

/** Where the command reads profiles, writes estimates and reports problems (one per line). */
export interface EstimateStreams {
  readonly input: Readable;
  readonly output: Writable;
  readonly errors: Writable;
}

export interface EstimateCommandOptions {
  /** Output format (default csv). */
  readonly format?: OutputFormat;
  /** Report invalid rows but still succeed (exit code 0). */
  readonly skipInvalid?: boolean;
  /** Refuse rows whose title names no role (priced by fallback otherwise), as invalid rows. */
  readonly strict?: boolean;
  /** Called with the number of rows read so far, every `progressEvery` rows and at the end. */
  readonly onProgress?: (rows: number) => void;
  readonly progressEvery?: number;
}

/** What a run did. `exitCode` is 1 after a fatal input error, or invalid rows unless skipped. */
export interface EstimateCounts {
  /** Data rows read (the header not counted). */
  readonly rows: number;
  readonly written: number;
  readonly invalid: number;
  /** The input itself was wrong: a bad header, no header, or a malformed CSV record. */
  readonly fatal: boolean;
  readonly exitCode: 0 | 1;
}

interface RowState {
  rows: number;
  written: number;
  invalid: number;
  fatal: boolean;
}

const knownColumns = new Set<string>(inputColumns);

/** Checks the header row; returns the columns in order, or the problem with them. */
function checkHeader(names: readonly string[]): InputColumn[] | string {
  const columns = names.map((n) => n.trim().toLowerCase());
  const unknown = columns.filter((c) => !knownColumns.has(c));
  if (unknown.length > 0) {
    return `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((c) => `"${c}"`).join(", ")} (known: ${inputColumns.join(", ")})`;
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) return `column "${c}" appears twice`;
    seen.add(c);
  }
  if (!seen.has("id")) return 'the header has no "id" column';
  if (!seen.has("title") && !seen.has("role")) return 'the header needs a "title" or a "role" column';
  return columns as InputColumn[];
}

/** A parsed record with the physical line it starts on (header = line 1). */
interface NumberedRecord {
  readonly fields: string[];
  readonly line: number;
}

interface LineCounter {
  number(fields: string[], endLine: number): NumberedRecord;
  correct(line: number): number;
  readonly lastEnd: number;
}

/**
 * Numbers records by physical line, in parse order. csv-parse reports the line a record ends on
 * but counts a CRLF inside a quoted field as two lines; this corrects that and steps back over
 * the line breaks inside the record's fields, so a multi-line record gets the line it starts on.
 */
function createLineCounter(): LineCounter {
  let overcount = 0;
  let lastEnd = 0;
  return {
    number(fields, endLine) {
      let breaks = 0;
      for (const field of fields) {
        if (field.includes("\n") || field.includes("\r")) {
          breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
          overcount += field.match(/\r\n/g)?.length ?? 0;
        }
      }
      lastEnd = endLine - overcount;
      return { fields, line: lastEnd - breaks };
    },
    correct(line) {
      return line - overcount;
    },
    get lastEnd() {
      return lastEnd;
    },
  };
}

/**
 * csv-parse's parser, numbering each record as it is parsed from the parser's live line count.
 * (Its `info: true` and `on_record` options do the same but build an info object per record,
 * which costs about a tenth of the run time on large files.)
 */
class NumberingParser extends Parser {
  constructor(
    options: Options,
    private readonly lines: LineCounter,
  ) {
    super(options);
  }

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record === null) return super.push(null, encoding);
    return super.push(this.lines.number(record as string[], this.info.lines), encoding);
  }
}

/** A line-numbered message for a record the parser could not read. */
function describeCsvError(error: CsvError, lines: LineCounter): { line: number; message: string } {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    const line = lines.lastEnd + 1;
    return { line, message: `line ${line}: malformed CSV: a quote opened in this record is never closed` };
  }
  const line = typeof error.lines === "number" ? lines.correct(error.lines) : lines.lastEnd + 1;
  return { line, message: `line ${line}: malformed CSV: ${error.message.replace(/\b(at|on) line \d+/, `$1 line ${line}`)}` };
}

type OutputChunk = (string | number)[] | string;

/**
 * Estimates every row of a CSV of profiles and streams the results out as CSV or JSON Lines:
 * parse → estimate → stringify → output, one row at a time with backpressure end to end, so a
 * file of any size runs in constant memory. Invalid rows are reported on `errors` as
 * `line N: column: problem` (N the physical line, header = 1) and skipped; good rows are always
 * written. A bad header stops the run; a malformed record is reported and fails the run. A title
 * that names no role is priced by the catalog's fallback with a warning, or with `strict`
 * reported as an invalid row naming the title.
 *
 * @example
 * const counts = await runEstimate({ input: createReadStream("in.csv"), output: process.stdout, errors: process.stderr }, catalog);
 * // → { rows: 20, written: 19, invalid: 1, fatal: false, exitCode: 1 }
 */
export async function runEstimate(
  streams: EstimateStreams,
  catalog: Catalog,
  options: EstimateCommandOptions = {},
): Promise<EstimateCounts> {
  const { input, output, errors } = streams;
  const format = options.format ?? "csv";
  const progressEvery = options.progressEvery ?? 1024;
  const state: RowState = { rows: 0, written: 0, invalid: 0, fatal: false };
  const rowOptions = { strict: options.strict === true };
  const lines = createLineCounter();
  let columns: InputColumn[] | undefined;
  let stopped = false;

  // Malformed records are skipped by the parser rather than failing its stream (which would
  // drop rows already parsed); they are reported in line order with the rows and fail the run.
  const parser = new NumberingParser(
    { bom: true, skip_empty_lines: true, relax_column_count: true, skip_records_with_error: true },
    lines,
  );
  const malformed: { line: number; message: string }[] = [];
  parser.on("skip", (error: CsvError) => malformed.push(describeCsvError(error, lines)));
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);

  /** Stops reading after a fatal header problem; the parser ends normally. */
  const stopReading = (): void => {
    stopped = true;
    input.unpipe(parser);
    input.destroy();
    parser.end();
  };

  const takeMalformed = (before: number, messages: string[]): void => {
    while (malformed.length > 0 && malformed[0]!.line < before) {
      state.fatal = true;
      messages.push(malformed.shift()!.message);
    }
  };

  /** One record in, at most one output chunk out; problems are added to `messages`. */
  const estimateRecord = ({ fields, line }: NumberedRecord, messages: string[]): OutputChunk | undefined => {
    if (columns === undefined) {
      const header = checkHeader(fields);
      if (typeof header === "string") {
        state.fatal = true;
        messages.push(`line ${line}: ${header}`);
        stopReading();
        return undefined;
      }
      columns = header;
      return undefined;
    }
    state.rows++;
    if (options.onProgress && state.rows % progressEvery === 0) options.onProgress(state.rows);
    if (fields.length !== columns.length) {
      state.invalid++;
      messages.push(`line ${line}: expected ${columns.length} fields, found ${fields.length}`);
      return undefined;
    }
    const raw: RawRow = {};
    for (let i = 0; i < columns.length; i++) raw[columns[i]!] = fields[i]!;
    const parsed = parseRow(raw, catalog, rowOptions);
    if (!parsed.ok) {
      state.invalid++;
      for (const issue of parsed.issues) messages.push(`line ${line}: ${issue.field}: ${issue.message}`);
      return undefined;
    }
    let row: OutputRow;
    try {
      row = formatRow(parsed.id, estimate(parsed.profile, catalog, { breakdown: false, levers: false }), parsed.warnings);
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      state.invalid++;
      messages.push(`line ${line}: ${toInputColumn(error.path)}: ${error.reason}`);
      return undefined;
    }
    state.written++;
    return format === "csv" ? toCsvFields(row) : toJsonLine(row);
  };

  /** Writes messages to `errors`, then continues once it has room (backpressure there too). */
  const report = (messages: readonly string[], done: () => void): void => {
    if (messages.length === 0 || errors.write(`${messages.join("\n")}\n`)) done();
    else errors.once("drain", done);
  };

  const estimator = new Transform({
    objectMode: true,
    transform(record: NumberedRecord, _encoding, callback) {
      if (stopped) return callback();
      const messages: string[] = [];
      takeMalformed(record.line, messages);
      let chunk: OutputChunk | undefined;
      try {
        chunk = estimateRecord(record, messages);
      } catch (error) {
        return callback(error as Error);
      }
      report(messages, () => callback(null, chunk));
    },
    flush(callback) {
      const messages: string[] = [];
      takeMalformed(Infinity, messages);
      if (columns === undefined && !state.fatal) {
        state.fatal = true;
        messages.push("line 1: the input is empty: expected a header row");
      }
      report(messages, () => callback());
    },
  });

  try {
    if (format === "csv") {
      await pipeline(parser, estimator, stringify({ header: true, columns: [...outputColumns] }), output);
    } else {
      await pipeline(parser, estimator, output);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    state.fatal = true;
    const messages: string[] = [];
    takeMalformed(Infinity, messages);
    messages.push(describeCsvError(error, lines).message);
    await new Promise<void>((resolve) => report(messages, resolve));
  }
  options.onProgress?.(state.rows);
  const failed = state.fatal || (state.invalid > 0 && options.skipInvalid !== true);
  return { ...state, exitCode: failed ? 1 : 0 };
}
