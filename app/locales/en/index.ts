import { common } from "./common";
import { inwoner } from "./inwoner";
export const en = { common, inwoner };
