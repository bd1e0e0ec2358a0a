import { getDatabase, closeDatabase } from "../../../db/client";
import { herbouwStatistiek, HERBOUW_SQL, STAT_TABELLEN } from "../../features/statistiek/herbouw.server";

/**
 * `statistiek controleer`: compares the trigger-maintained rollups with a rebuild from the base tables (read-only).
 * `statistiek herbouw`: recomputes them (e.g. after a manual repair with a tool that bypassed the triggers).
 */
export async function run(args: string[]): Promise<number> {
  const sub = args[0];
  if (sub !== "herbouw" && sub !== "controleer") {
    process.stderr.write("Gebruik: statistiek controleer | statistiek herbouw\n");
    return 2;
  }
  const { sqlite } = getDatabase();
  try {
    if (sub === "herbouw") {
      const t0 = Date.now();
      const telling = herbouwStatistiek(sqlite);
      for (const [t, n] of Object.entries(telling)) process.stdout.write(`${t.padEnd(26)} ${String(n).padStart(9)} rijen\n`);
      process.stdout.write(`Statistiek opnieuw opgebouwd in ${Date.now() - t0} ms.\n`);
      return 0;
    }
    let verschillen = 0;
    for (const t of STAT_TABELLEN) {
      // rows present on one side only, or with other counts (zero rows left by the triggers do not count)
      const n = (
        sqlite
          .prepare(
            `SELECT count(*) AS n FROM (
               SELECT * FROM (SELECT * FROM ${t} WHERE aantal <> 0) EXCEPT SELECT * FROM (${HERBOUW_SQL[t]})
               UNION ALL
               SELECT * FROM (${HERBOUW_SQL[t]}) EXCEPT SELECT * FROM (SELECT * FROM ${t} WHERE aantal <> 0))`,
          )
          .get() as { n: number }
      ).n;
      process.stdout.write(`${t.padEnd(26)} ${n === 0 ? "klopt" : `${n} afwijkende rijen`}\n`);
      verschillen += n;
    }
    if (verschillen) process.stdout.write("Herstel met: npm run --silent afspraak -- statistiek herbouw\n");
    return verschillen ? 1 : 0;
  } finally {
    closeDatabase();
  }
}
