import type { IncomingMessage, ServerResponse } from "node:http";
import { Server as NetServer } from "node:net";
import type { FastifyInstance } from "fastify";

export interface GracefulShutdown {
  /** Requests being answered now. */
  readonly inFlight: number;
  /** Stops the server without failing a request it has taken in (see `installGracefulShutdown`). */
  close(): Promise<void>;
}

/**
 * Lets the server stop without failing any request it has taken in. `close()` accepts the
 * connections already waiting (completed by the kernel, not yet taken by the busy server), then
 * stops listening (new connections are refused) but keeps the
 * open connections: a request already sent on one (perhaps still unread while the server was
 * busy) is answered, with `Connection: close` so the client sends nothing more on it. Once no
 * request has been in progress for `quietMs`, Fastify's own close runs (closing the idle
 * connections, then its `onClose` hooks). Node's `server.close()` alone would drop idle-looking
 * connections whose requests are not read yet. Requests are counted on Node's server, so every
 * route is covered whatever plugin it lives in.
 *
 * @example
 * const shutdown = installGracefulShutdown(app);
 * await app.listen({ port, host });
 * process.on("SIGTERM", () => void shutdown.close().then(() => process.exit(0)));
 */
export function installGracefulShutdown(app: FastifyInstance, options: { quietMs?: number; timeoutMs?: number } = {}): GracefulShutdown {
  const quietMs = options.quietMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 8_000;
  const active = new Set<ServerResponse>();
  let accepted = 0;
  let closing: Promise<void> | undefined;

  const keepLast = (response: ServerResponse): void => {
    if (!response.headersSent) response.setHeader("connection", "close");
  };
  app.server.on("connection", () => void accepted++);
  app.server.on("request", (_request: IncomingMessage, response: ServerResponse) => {
    active.add(response);
    response.once("close", () => active.delete(response));
    if (closing) keepLast(response);
  });

  const drain = async (): Promise<void> => {
    // Connections the kernel completed before the signal but the (busy) server has not accepted
    // yet would be reset when the listening socket closes. The event loop accepts about one per
    // turn: turn it until three turns in a row accept nothing (at most a second).
    const acceptUntil = performance.now() + 1_000;
    for (let idle = 0, seen = accepted; idle < 3 && performance.now() < acceptUntil; ) {
      await new Promise((r) => setImmediate(r));
      idle = accepted === seen ? idle + 1 : 0;
      seen = accepted;
    }
    // Stop listening, leaving the open connections alone (http.Server#close would close the idle ones).
    NetServer.prototype.close.call(app.server);
    for (const response of active) keepLast(response);
    const started = performance.now();
    let quietSince = performance.now();
    while (performance.now() - quietSince < quietMs && performance.now() - started < timeoutMs) {
      if (active.size > 0) quietSince = performance.now();
      await new Promise((r) => setTimeout(r, 10));
    }
    await app.close();
  };

  return {
    get inFlight() {
      return active.size;
    },
    close() {
      closing ??= drain();
      return closing;
    },
  };
}
