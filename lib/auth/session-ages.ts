/** How long a session lasts from its last extension. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session read this long after it was last extended is extended again. */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;
