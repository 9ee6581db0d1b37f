export { createAuth, type Auth, type AuthOptions } from "./create-auth.js";
export { createUserWithRole, getSessionUser, type SessionUser } from "./users.js";
