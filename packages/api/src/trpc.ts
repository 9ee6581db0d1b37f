import { findUnstorableText, ProfileError } from "@paypath/core";
import { isDatabaseUnavailable, pingDatabase } from "@paypath/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { AuthedContext, Context, UserRole } from "./context.js";

/**
 * An error that carries details for the client, sent as `data.details` (for example the current
 * state of a record on a CONFLICT). Throw it as the `cause` of a TRPCError.
 *
 * @example
 * throw new TRPCError({ code: "CONFLICT", message: "…", cause: new DetailedError("…", { revision: 4 }) });
 */
export class DetailedError extends Error {
  override readonly name = "DetailedError";
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown>) {
    super(message);
    this.details = details;
  }
}

/** One problem with the input: the path of the field and what is wrong with it. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Problems with named fields that a service finds (not an input schema), sent as `data.issues`
 * like zod's. Throw it as the `cause` of a BAD_REQUEST.
 *
 * @example
 * throw new TRPCError({ code: "BAD_REQUEST", message: "…", cause: new FieldIssuesError([{ path: "document.skills.2", message: "line 40: …" }]) });
 */
export class FieldIssuesError extends Error {
  override readonly name = "FieldIssuesError";
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "));
    this.issues = issues;
  }
}

/** What a procedure declares about itself besides its input. */
export interface ProcedureMeta {
  /**
   * The procedure takes files in its input (roster files, catalog imports): the server lets its
   * calls carry large bodies; every other call is refused past a small body limit.
   */
  readonly fileUpload?: boolean;
  /**
   * The procedure takes bulk data files (salary files for a refit, 50 MB in all): the server lets
   * its calls alone carry bodies up to its largest limit.
   */
  readonly largeUpload?: boolean;
}

// Plain JSON on the wire (no transformer): services return dates as ISO strings (see wire.ts).
const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let issues: FieldIssue[] | null = null;
    if (cause instanceof ZodError) {
      issues = cause.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
    } else if (cause instanceof FieldIssuesError) {
      issues = [...cause.issues];
    } else if (cause instanceof ProfileError) {
      issues = [{ path: cause.path.join("."), message: cause.reason }];
    }
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Something went wrong on our side."
        : issues
          ? issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")
          : shape.message;
    // Never send a stack trace.
    const { stack: _stack, ...data } = shape.data;
    const details = cause instanceof DetailedError ? cause.details : undefined;
    return { ...shape, message, data: { ...data, issues, ...(details ? { details } : {}) } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Maps two kinds of failure to what the client should see (one middleware, as every call pays for
 * each layer): a domain `ProfileError` becomes a BAD_REQUEST that names the field; an internal
 * error caused by the database being unreachable or not answering becomes a 503
 * SERVICE_UNAVAILABLE, so clients retry rather than report a bug — known by the driver's error
 * code or, for any other internal error, by the database not answering a ping within a second.
 */
const errorMapping = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof ProfileError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR" && (isDatabaseUnavailable(result.error) || !(await pingDatabase(ctx.db, { timeoutMs: 1000 })))) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The database is unavailable; try again in a moment.", cause });
  }
  return result;
});

/**
 * Refuses input holding text the database cannot store (U+0000 or an unpaired UTF-16 surrogate,
 * core's `findUnstorableText`), before the input schema runs: a BAD_REQUEST whose `data.issues`
 * name each field (a file's text down to the line, `content.line 3`). One rule for every
 * procedure, so no such string reaches a query.
 */
async function refuseUnstorableText(getRawInput: () => Promise<unknown>): Promise<void> {
  const found = findUnstorableText(await getRawInput());
  if (found.length === 0) return;
  const issues = found.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  throw new TRPCError({ code: "BAD_REQUEST", message: "The input holds text that cannot be stored.", cause: new FieldIssuesError(issues) });
}

const base = t.procedure.use(errorMapping);

/** Anyone, signed in or not. */
export const publicProcedure = base.use(async ({ getRawInput, next }) => {
  await refuseUnstorableText(getRawInput);
  return next();
});

/** Lets through signed-in callers (with one of `roles`, when given), then checks the input's text. */
function requireRole(roles?: readonly UserRole[]) {
  return t.middleware(async ({ ctx, getRawInput, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
    if (roles && !roles.includes(ctx.user.role)) throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });
    await refuseUnstorableText(getRawInput);
    return next({ ctx: ctx as AuthedContext });
  });
}

/** Any signed-in user. */
export const authedProcedure = base.use(requireRole());
/** Managers and admins. */
export const managerProcedure = base.use(requireRole(["manager", "admin"]));
/** Professionals only (their own pay contributions). */
export const professionalProcedure = base.use(requireRole(["professional"]));
/** Admins only. */
export const adminProcedure = base.use(requireRole(["admin"]));
