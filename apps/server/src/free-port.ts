import { once } from "node:events";
import { createServer } from "node:net";

/**
 * A TCP port free on 127.0.0.1 right now, for a program that must be told its port (PostgreSQL,
 * a server under a benchmark); PayPath's own server can listen on port 0 and report its port.
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
