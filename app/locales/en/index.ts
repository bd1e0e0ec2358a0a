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
// One file per namespace, the same as app/locales/nl (tests/unit/i18n/sleutels.test.ts holds them together).
export const en = { common, beheer, handvest, engine, werk, afspraken, coaching, inwoner, tweestaps, klachten, bewaren, leerlogboek, statistiek, privacy };
