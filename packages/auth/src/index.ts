export { createAuth, type Auth, type AuthOptions } from "./create-auth.js";
export { createUserWithRole, getSessionUser, type SessionUser } from "./users.js";
export { createSessionLookup, type SessionLookup } from "./session-lookup.js";
export { authFieldLimits, authFieldProblem, type AuthFieldProblem } from "./field-limits.js";
