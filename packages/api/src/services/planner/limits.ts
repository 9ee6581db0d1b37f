/** How many plans one user may keep saved. */
export const MAX_SAVED_PLANS = 200;
