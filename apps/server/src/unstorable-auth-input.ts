import { findUnstorableText } from "@paypath/core";
import type { FastifyRequest } from "fastify";

/** The answer to an auth request holding text the database cannot store, in the auth library's error shape. */
export interface UnstorableTextRefusal {
  readonly code: "UNSTORABLE_TEXT";
  readonly message: string;
  readonly issues: readonly { path: string; message: string }[];
}

/**
 * Checks an auth route's JSON body and query string against core's one rule for text (no U+0000,
 * no unpaired UTF-16 surrogate; `findUnstorableText`) before the auth library sees them, since it
 * would pass such a name or email straight to the database. Returns the 400's body naming each
 * field, or null when the request may go on (a body that is not JSON is the library's to refuse).
 *
 * @example
 * refuseUnstorableAuthInput(request) // body '{"name":"a\u0000b"}'
 * // → { code: "UNSTORABLE_TEXT", message: "name: must not contain U+0000 (NUL) (found at character 2)", issues: [{ path: "name", … }] }
 */
export function refuseUnstorableAuthInput(request: Pick<FastifyRequest, "body" | "query">): UnstorableTextRefusal | null {
  let body: unknown = undefined;
  if (typeof request.body === "string" && request.body !== "") {
    try {
      body = JSON.parse(request.body);
    } catch {
      body = undefined;
    }
  }
  const found = [...findUnstorableText(request.query), ...findUnstorableText(body)];
  if (found.length === 0) return null;
  const issues = found.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  return { code: "UNSTORABLE_TEXT", message: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), issues };
}
