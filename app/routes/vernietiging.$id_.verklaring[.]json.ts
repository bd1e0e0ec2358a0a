/** The signed declaration as a JSON file: its text, the Ed25519 signature and the public key, to verify elsewhere. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/platform/auth/permissions.server";
import { verklaringBestand } from "~/features/bewaren/pagina.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "archief");
  const r = verklaringBestand(params.id ?? "");
  if (!r) throw new Response("Voor deze lijst is (nog) geen verklaring van vernietiging.", { status: 404 });
  return r;
}
