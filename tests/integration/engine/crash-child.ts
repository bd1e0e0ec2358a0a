// Child process for the crash test: sweeps the database in AFSPRAAK_DB at business time CRASH_NU.
import { openDatabase, setDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import { registreerFixture } from "../../../app/platform/engine/test-fixture.server";
import { sweep } from "../../../app/platform/engine/scheduler.server";

setDatabase(openDatabase(process.env.AFSPRAAK_DB!, { migrate: false }));
registreerFixture();
setNow(Number(process.env.CRASH_NU));
process.stdout.write("gestart\n");
const r = sweep({ batch: 50 });
process.stdout.write(`klaar ${r.gevuurd}\n`);
