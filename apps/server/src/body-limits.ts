import { Transform } from "node:stream";
import { fileUploadProcedures, largeUploadProcedures } from "@paypath/api";
import type { FastifyReply, FastifyRequest, RequestPayload } from "fastify";

/** The largest body of any request except a call to file-upload procedures: 2 MiB. */
export const defaultBodyLimit = 2 * 1024 * 1024;

/**
 * The largest body of a tRPC call to procedures that take files (`fileUploadProcedures`): a 10 MB
 * roster file fits, base64-encoded for XLSX, and so does a catalog import.
 */
export const fileUploadBodyLimit = 16 * 1024 * 1024;

/**
 * The largest body of a tRPC call to procedures that take bulk data files (`largeUploadProcedures`:
 * a refit's salary files, 50 MB in all, checked by the procedure itself), with room for JSON escaping.
 */
export const largeUploadBodyLimit = 64 * 1024 * 1024;

/** A body past its limit: Fastify's error handler answers 413 with the message. */
class BodyTooLargeError extends Error {
  readonly statusCode = 413;
  readonly code = "FST_ERR_CTP_BODY_TOO_LARGE";

  constructor(limit: number) {
    const size = `${limit / 1024 / 1024} MiB`;
    super(
      limit === defaultBodyLimit
        ? `The request body is larger than ${size}; only file imports may send more.`
        : `The request body is larger than ${size}.`,
    );
  }
}

/**
 * The body limit of a tRPC request to `paths` (the URL's procedure path, comma-separated for a
 * batch): `fileUploadBodyLimit` when every call is to a procedure that takes files, else
 * `defaultBodyLimit` (a batch with one other call is held to it).
 *
 * @example
 * trpcBodyLimit("teams.importRoster") // → 16 MiB
 * trpcBodyLimit("teams.importRoster,profiles.save") // → 2 MiB
 */
export function trpcBodyLimit(paths: string, uploads: ReadonlySet<string> = fileUploadProcedures, large: ReadonlySet<string> = largeUploadProcedures): number {
  const list = paths.split(",");
  if (list.every((path) => large.has(path))) return largeUploadBodyLimit;
  return list.every((path) => uploads.has(path)) ? fileUploadBodyLimit : defaultBodyLimit;
}

/** A pass-through stream that fails with a 413 (closing the connection) once more than `limit` bytes went through. */
function limitedStream(payload: RequestPayload, limit: number, reply: FastifyReply): RequestPayload {
  let received = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received <= limit) return callback(null, chunk);
      reply.header("connection", "close");
      callback(new BodyTooLargeError(limit));
    },
  });
  payload.on("error", (error) => limited.destroy(error));
  return payload.pipe(limited) as unknown as RequestPayload;
}

/**
 * A `preParsing` hook for the tRPC route (whose own `bodyLimit` is `largeUploadBodyLimit`): a
 * call to anything but bulk-upload procedures is held to its own limit (`fileUploadBodyLimit` for
 * file uploads), and anything else, alone or in a batch, is refused with 413 past
 * `defaultBodyLimit`, before its body is read when it says its length, and as soon as the limit
 * is passed when it is sent in chunks.
 *
 * @example
 * trpc.route({ url: "/trpc/*", bodyLimit: largeUploadBodyLimit, preParsing: limitTrpcBody(), handler });
 */
export function limitTrpcBody(uploads: ReadonlySet<string> = fileUploadProcedures, large: ReadonlySet<string> = largeUploadProcedures) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: RequestPayload): Promise<RequestPayload> => {
    if (request.method === "GET" || request.method === "HEAD") return payload;
    const raw = (request.params as { "*"?: string })["*"] ?? "";
    let paths = raw;
    try {
      paths = decodeURIComponent(raw);
    } catch {
      // A malformed path names no procedure: the small limit applies.
    }
    const limit = trpcBodyLimit(paths, uploads, large);
    if (limit >= largeUploadBodyLimit) return payload;
    const length = Number(request.headers["content-length"]);
    if (length > limit) {
      // The body is not read: close the connection rather than drain it.
      reply.header("connection", "close");
      throw new BodyTooLargeError(limit);
    }
    // With a length, Node reads no more than it (and Fastify checks it); a body sent in chunks is
    // counted as it comes; a request with neither has no body.
    return Number.isNaN(length) && request.headers["transfer-encoding"] !== undefined ? limitedStream(payload, limit, reply) : payload;
  };
}
