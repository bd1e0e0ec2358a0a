import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { openDatabase, setDatabase, closeDatabase } from "../../db/client";
import { resetClock } from "../../app/platform/clock";

const dir = inject("testTmpDir");
const file = path.join(dir, `test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.db`);
copyFileSync(path.join(dir, "base.db"), file);
process.env.AFSPRAAK_DB = file;
setDatabase(openDatabase(file));
resetClock();

afterAll(() => {
  closeDatabase();
});
