#!/usr/bin/env tsx
// The `paypath` command: parses arguments and wires files, stdio and the default catalog to the
// commands. All behaviour lives in ./commands.
import { open } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { Writable, type Readable } from "node:stream";
import { parseArgs } from "node:util";
import { runEstimate, type OutputFormat } from "./commands/estimate.js";
import { createProgress } from "./progress.js";

const mainUsage = `Usage: paypath <command> [options]

Commands:
  estimate    Estimate pay for every profile in a CSV file

Options:
  -h, --help  Show this help

Run "paypath <command> --help" for a command's options.
`;

const estimateUsage = `Usage: paypath estimate [--in FILE.csv] [--out FILE] [--format csv|jsonl] [--skip-invalid] [--strict]

Estimates base, bonus, equity and total pay (annual, USD) for each row of a CSV of profiles.

Options:
  --in FILE         Input CSV (default: stdin)
  --out FILE        Output file (default: stdout)
  --format FORMAT   csv (default) or jsonl
  --skip-invalid    Report invalid rows on stderr but exit 0
  --strict          Refuse rows whose title names no role instead of pricing them as the
                    likeliest role with low confidence and a wider range
  -h, --help        Show this help

Input columns (header row; any order; id and title or role required):
  id, title, role, level, country, metro, remote, industry, stage, company_size,
  skills, credentials, year
  level: a level id or a survey code (EN, MI, SE, EX); empty: taken from the title
  country: ISO 3166 alpha-2; metro: a location id or name within the country
  remote: onsite, hybrid, remote, 0, 50 or 100; company_size: S, M or L
  skills, credentials: catalog ids separated by ";"
  year: a market year within the catalog's (2020 to 2030 in the default catalog); a year
        after the salary data is a projection, with a warning and a lower confidence

Output columns:
  id, role, level, currency, base_p25, base_p50, base_p75, bonus_p50, equity_p50,
  total_p25, total_p50, total_p75, confidence, warnings

Exit status: 0 when every row was estimated (or --skip-invalid), 1 when a row was invalid or the
input could not be read, 2 for a usage error. Relative paths are resolved against the directory
pnpm was called from.
`;

class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/** Relative paths are the user's: resolve them where pnpm was called (INIT_CWD), except in this package's own scripts. */
function resolveUserPath(path: string): string {
  if (isAbsolute(path)) return path;
  const ownScript = process.env.npm_package_name === "@paypath/cli";
  const base = ownScript ? process.cwd() : (process.env.INIT_CWD ?? process.cwd());
  return resolve(base, path);
}

function describeArgError(error: unknown, command: string): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `${command}: unknown option ${option}`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const arg = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `${command}: unexpected argument ${arg}`;
  }
  return `${command}: ${message}`;
}

async function runEstimateCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        in: { type: "string" },
        out: { type: "string" },
        format: { type: "string", default: "csv" },
        "skip-invalid": { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(describeArgError(error, "paypath estimate"), "paypath estimate --help");
  }
  if (values.help) {
    process.stdout.write(estimateUsage);
    return 0;
  }
  if (values.format !== "csv" && values.format !== "jsonl") {
    throw new UsageError(`paypath estimate: --format must be csv or jsonl, not "${values.format}"`, "paypath estimate --help");
  }
  const format: OutputFormat = values.format;

  let input: Readable = process.stdin;
  if (values.in !== undefined) {
    const path = resolveUserPath(values.in);
    try {
      input = (await open(path, "r")).createReadStream();
    } catch (error) {
      process.stderr.write(`paypath estimate: cannot read ${path}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  let output: Writable = process.stdout;
  if (values.out !== undefined) {
    const path = resolveUserPath(values.out);
    try {
      output = (await open(path, "w")).createWriteStream();
    } catch (error) {
      input.destroy();
      process.stderr.write(`paypath estimate: cannot write ${path}: ${(error as Error).message}\n`);
      return 1;
    }
  }

  // Progress only on a terminal; error lines first clear the progress line.
  const progress = process.stderr.isTTY ? createProgress(process.stderr, () => performance.now()) : undefined;
  const errors = progress
    ? new Writable({
        write(chunk: Buffer, _encoding, callback) {
          process.stderr.write("\r\u001b[K");
          process.stderr.write(chunk, callback);
        },
      })
    : process.stderr;

  // Loaded only when needed: validating the catalog is most of the start-up time.
  const { defaultCatalog } = await import("@paypath/catalog");
  try {
    const counts = await runEstimate({ input, output, errors }, defaultCatalog, {
      format,
      skipInvalid: values["skip-invalid"],
      strict: values.strict,
      ...(progress ? { onProgress: (rows: number) => progress.update(rows) } : {}),
    });
    progress?.finish(counts.rows);
    return counts.exitCode;
  } catch (error) {
    if ((error as { code?: string }).code === "EPIPE") return 0; // the reader went away (e.g. `| head`)
    process.stderr.write(`paypath estimate: ${(error as Error).message}\n`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  const [command, ...rest] = args;
  if (command === undefined) {
    process.stderr.write(mainUsage);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(mainUsage);
    return 0;
  }
  if (command === "estimate") return runEstimateCommand(rest);
  const what = command.startsWith("-") ? `unknown option ${command}` : `unknown command "${command}"`;
  throw new UsageError(`paypath: ${what}`, "paypath --help");
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\nRun "${error.usage}" for usage.\n`);
  process.exitCode = 2;
}
