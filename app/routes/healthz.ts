import { databaseGezond } from "~/platform/web/health.server";

/** Liveness and readiness: 200 when the database answers a query. Public, and holds no personal data. */
export async function loader() {
  const ok = databaseGezond();
  return Response.json(
    { status: ok ? "ok" : "fout", database: ok ? "ok" : "onbereikbaar" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
