import { copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { openDatabase, setDatabase, closeDatabase } from "../../db/client";
import { resetClock } from "../../app/lib/clock";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tmp = path.join(root, "tests/.tmp");
const file = path.join(tmp, `test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.db`);
copyFileSync(path.join(tmp, "base.db"), file);
process.env.AFSPRAAK_DB = file;
setDatabase(openDatabase(file));
resetClock();

afterAll(() => {
  closeDatabase();
});
