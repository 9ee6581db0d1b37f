/** What the log keeps of an error. */
export interface RedactedError {
  readonly type: string;
  readonly message: string;
  readonly stack?: string;
  readonly code?: string | number;
  readonly statusCode?: number;
  /** PostgreSQL's own fields that name things, not values: severity, routine, table, column, constraint… */
  readonly [field: string]: unknown;
  readonly cause?: RedactedError | string;
}

/** PostgreSQL error fields (postgres-js and PGlite spellings) that name the schema's objects, never a row's values. */
const namingFields = [
  "severity",
  "routine",
  "schema",
  "schema_name",
  "table",
  "table_name",
  "column",
  "column_name",
  "constraint",
  "constraint_name",
  "dataType",
  "data_type_name",
] as const;

/** How deep a chain of causes is followed. */
const maxCauses = 5;

/** A five-character SQLSTATE (`22021`, `23505`, `57P01`): the error comes from PostgreSQL. */
function isPostgresError(error: Record<string, unknown>): boolean {
  return typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) && ("severity" in error || "routine" in error);
}

/**
 * A message without the values a user may have entered: drizzle's `Failed query: … params: …`
 * keeps the query (placeholders, no values) and drops the parameters; PostgreSQL's own messages
 * quote the offending value (`invalid input syntax for type uuid: "…"`), so quoted text goes.
 */
function redactMessage(message: string, fromPostgres: boolean): string {
  const withoutParams = message.replace(/\n?params: [\s\S]*$/, "\nparams: [redacted]");
  return fromPostgres ? withoutParams.replace(/"(?:[^"\\]|\\.)*"/g, '"[redacted]"') : withoutParams;
}

/** The stack's frames (`    at …`) under the redacted message; the stack's own first lines repeat the message. */
function redactStack(stack: unknown, type: string, message: string): string | undefined {
  if (typeof stack !== "string") return undefined;
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return [`${type}: ${message}`, ...frames].join("\n");
}

/**
 * What the server logs of a failed request's error: its type, code, message and stack frames,
 * and the same of its causes, without the values of a failed query's parameters (drizzle puts
 * them in its message and a `params` field; PGlite adds `params` too) or the values PostgreSQL
 * quotes in its messages and details. The error's own object is not logged, so no other field
 * can carry them. Log it under `error`, not `err`: pino's error serializer would fold the causes
 * into one message and drop their codes.
 *
 * @example
 * request.log.error({ error: redactError(error) }, "procedure failed");
 * redactError(new DrizzleQueryError("insert into … values ($1)", ["Ada"], cause))
 * // → { type: "DrizzleQueryError", message: "Failed query: insert into … values ($1)\nparams: [redacted]", stack: "…", cause: { type: "PostgresError", code: "22021", … } }
 */
export function redactError(error: unknown, depth = 0): RedactedError | string {
  if (error === null || typeof error !== "object") return typeof error === "string" ? redactMessage(error, false) : String(error);
  const fields = error as Record<string, unknown>;
  const fromPostgres = isPostgresError(fields);
  const type = (typeof fields.name === "string" && fields.name !== "Error" ? fields.name : error.constructor?.name) || "Error";
  const message = redactMessage(typeof fields.message === "string" ? fields.message : "", fromPostgres);
  const redacted: Record<string, unknown> = { type, message };
  const stack = redactStack(fields.stack, type, message);
  if (stack !== undefined) redacted.stack = stack;
  if (typeof fields.code === "string" || typeof fields.code === "number") redacted.code = fields.code;
  if (typeof fields.statusCode === "number") redacted.statusCode = fields.statusCode;
  if (fromPostgres) {
    for (const field of namingFields) if (typeof fields[field] === "string") redacted[field] = fields[field];
  }
  if (fields.cause !== undefined && depth < maxCauses) redacted.cause = redactError(fields.cause, depth + 1);
  return redacted as RedactedError;
}
