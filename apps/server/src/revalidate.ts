import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest, onSendHookHandler } from "fastify";

/**
 * A weak entity tag for a response body: the same body always gets the same tag, on any server
 * process. Weak because the bytes sent differ with the content encoding.
 *
 * @example
 * entityTag('{"result":{}}') // → 'W/"…"' (27 base64url characters of SHA-256)
 */
export function entityTag(body: string | Buffer): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether an If-None-Match header lists `tag` (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const bare = (t: string): string => t.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim() === "*" || bare(candidate) === bare(tag));
}

/**
 * An onSend hook for public reads that are the same for everyone (the published catalog): a
 * successful GET of one of `paths` (tRPC procedure paths, unbatched) gets an ETag and
 * `Cache-Control: no-cache`, so the browser keeps it and asks again with If-None-Match on the next
 * visit; an unchanged body is answered `304 Not Modified` with no body. `pathOf` reads the
 * procedure path from the request.
 *
 * @example
 * trpc.addHook("onSend", revalidatePublicReads(["catalog.published"], (request) => procedurePath(request)));
 */
export function revalidatePublicReads(paths: readonly string[], pathOf: (request: FastifyRequest) => string): onSendHookHandler {
  const revalidated = new Set(paths);
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (request.method !== "GET" || reply.statusCode !== 200) return payload;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    if (!revalidated.has(pathOf(request))) return payload;
    const tag = entityTag(payload);
    reply.header("etag", tag);
    reply.header("cache-control", "no-cache");
    if (matchesIfNoneMatch(request.headers["if-none-match"], tag)) {
      reply.code(304);
      reply.removeHeader("content-length");
      return null;
    }
    return payload;
  };
}
