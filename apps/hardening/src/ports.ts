import { once } from "node:events";
import { createServer } from "node:net";

/**
 * A TCP port free on 127.0.0.1 right now (for programs that must be told their port, such as
 * PostgreSQL; PayPath's servers listen on port 0 and report theirs).
 *
 * @example
 * const port = await freePort(); // → 41237
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  server.close();
  await once(server, "close");
  return port;
}
