import { gereedheid } from "~/platform/opslag/gereedheid.server";

/**
 * Readiness: 200 only when booting is done, the database answers and is writable and the disk is not full;
 * 503 with the reasons otherwise. Liveness is /healthz. Public, and holds no personal data.
 */
export async function loader() {
  const g = gereedheid();
  return Response.json(
    { status: g.gereed ? "gereed" : "niet-gereed", redenen: g.redenen },
    { status: g.gereed ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
