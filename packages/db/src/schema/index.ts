export * from "./auth.js";
export * from "./teams.js";
export * from "./catalog-versions.js";
export * from "./profiles.js";
export * from "./audit.js";
export * from "./plans.js";
export * from "./offers.js";
export * from "./settings.js";
