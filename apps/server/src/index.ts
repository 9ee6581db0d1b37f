export { buildApp, type AppDeps } from "./app.js";
export { defaultBodyLimit, fileUploadBodyLimit, trpcBodyLimit } from "./body-limits.js";
export { EnvSchema, readEnv, type Env } from "./env.js";
export { freePort } from "./free-port.js";
export { listeningPort, trustedOrigins } from "./origins.js";
