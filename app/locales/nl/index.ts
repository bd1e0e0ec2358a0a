import { common } from "./common";
import { inwoner } from "./inwoner";
import { beheer } from "./beheer";
import { handvest } from "./handvest";
import { engine } from "./engine";
import { werk } from "./werk";
import { afspraken } from "./afspraken";
import { coaching } from "./coaching";
import { klachten } from "./klachten";
import { leerlogboek } from "./leerlogboek";
import { tweestaps } from "./tweestaps";
import { bewaren } from "./bewaren";
import { privacy } from "./privacy";
import { statistiek } from "./statistiek";
// Each area adds its own namespace file here (one file per area, owned by that area).
export const nl = { common, beheer, handvest, engine, werk, afspraken, coaching, inwoner, tweestaps, klachten, bewaren, leerlogboek, statistiek, privacy };
