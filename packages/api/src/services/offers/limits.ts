/** How many offers one user may keep saved. */
export const MAX_SAVED_OFFERS = 50;
