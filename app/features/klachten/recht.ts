/**
 * Pure klacht helpers for pages and server: the 22 behoorlijkheidsnormen, the 9:8 grounds, the one-year test,
 * the Selectielijst retention. The canonical code lives next to the machine (workflows/klacht/recht.ts, no
 * imports) so that the machine and the pages use the same law.
 */
export * from "../../../workflows/klacht/recht";
