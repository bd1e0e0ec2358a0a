import { common } from "./common";
// Each area adds its own namespace file here (one file per area, owned by that area).
export const nl = { common };
