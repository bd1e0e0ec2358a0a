import { databaseGezond } from "~/platform/web/health.server";

/**
 * Liveness: 200 while the process answers and its database connection answers a query, also while booting
 * (migrations) — readiness for users is /readyz. Public, and holds no personal data.
 */
export async function loader() {
  const ok = databaseGezond();
  return Response.json(
    { status: ok ? "ok" : "fout", database: ok ? "ok" : "onbereikbaar" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
