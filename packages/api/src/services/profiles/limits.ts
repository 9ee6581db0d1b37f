/** How many profiles one user may keep saved. */
export const MAX_SAVED_PROFILES = 200;
