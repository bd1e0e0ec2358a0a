/** Shared numbers of the satisfaction check (KTO). */
export const OPMERKING_MAX = 2000;
/** A score of 1 or 2 lands on the teamleider's list. */
export const ONTEVREDEN_MAX = 2;
