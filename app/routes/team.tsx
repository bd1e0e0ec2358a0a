import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireUser } from "~/platform/auth/permissions.server";
import css from "~/styles/werk.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];

/** Layout for /team and /team/escalaties: teamleiders only (each child checks again). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "team");
  return null;
}

export default function TeamLayout() {
  return <Outlet />;
}
