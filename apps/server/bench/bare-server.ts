// The baseline for the HTTP benchmark: a bare Fastify route that calls core directly.
import { estimate, ProfileSchema } from "@paypath/core";
import { defaultCatalog } from "@paypath/catalog";
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/estimate", async (request) => {
  const profile = ProfileSchema.parse(JSON.parse((request.query as { input: string }).input));
  return estimate(profile, defaultCatalog);
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === "object" && address ? address.port : ""}\n`);
