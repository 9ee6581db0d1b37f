import { basename, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Files whose names carry a content hash (Vite's `assets/` folder): they never change, so browsers keep them for a year. */
export const immutableCacheControl = "public, max-age=31536000, immutable";
/** The page itself (and every client-side route answered with it): always revalidated, so a new build shows at once. */
export const revalidateCacheControl = "no-cache";
/** Other public files with a fixed name (the favicon): kept a day. */
export const dailyCacheControl = "public, max-age=86400";

/**
 * The Cache-Control header for a file of the built web app, by its path on disk (a `.br`/`.gz`
 * sibling counts as the file it encodes).
 *
 * @example
 * cacheControlFor("/srv/web/dist/assets/index-CdygpgW9.js.br") // → "public, max-age=31536000, immutable"
 * cacheControlFor("/srv/web/dist/index.html") // → "no-cache"
 */
export function cacheControlFor(filePath: string): string {
  const name = basename(filePath).replace(/\.(br|gz)$/, "");
  if (filePath.includes(`${sep}assets${sep}`)) return immutableCacheControl;
  if (name.endsWith(".html")) return revalidateCacheControl;
  return dailyCacheControl;
}

function isApiPath(url: string): boolean {
  return url.startsWith("/trpc") || url.startsWith("/api/");
}

/**
 * Serves the built web app from `webDist`: each file as the browser accepts it (the build writes a
 * brotli `.br` and a gzip `.gz` beside every text file; `Content-Encoding` and
 * `Vary: Accept-Encoding` say which was sent), hashed assets cached for a year, `index.html`
 * revalidated on every visit (ETag → 304), and `index.html` for any other GET that asks for HTML
 * (the client-side routes).
 *
 * @example
 * await serveWebApp(app, "/srv/paypath/web/dist");
 */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: ["index.html"],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header("cache-control", cacheControlFor(filePath));
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === "GET" && !isApiPath(request.url) && request.headers.accept?.includes("text/html")) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply.code(404).send({ error: "not found" });
  });
}
