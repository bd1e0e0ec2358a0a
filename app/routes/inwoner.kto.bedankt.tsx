/** After the satisfaction answer: thanks (and, for an unhappy answer, what happens next). No token here. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { taalVan } from "~/platform/i18n/taal.server";
import { Melding } from "~/platform/ui/ui";
import { KTO_TEKST } from "~/features/kto/formulier";
import { InwonerPagina } from "~/features/inwoner/components/layout";

export const meta: MetaFunction = () => [{ title: "Dank u wel – Gemeente Voorbeeld" }, { name: "robots", content: "noindex, nofollow" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const taal = taalVan(request) === "en" ? ("en" as const) : ("nl" as const);
  return data({ taal, ontevreden: new URL(request.url).searchParams.get("ontevreden") === "1" }, { headers: { "Cache-Control": "no-store" } });
}

export default function KtoBedankt() {
  const { taal, ontevreden } = useLoaderData<typeof loader>();
  const t = KTO_TEKST[taal];
  return (
    <InwonerPagina titel={t.bedanktTitel}>
      <Melding soort="ok">
        <p className="utrecht-paragraph">{t.bedankt}</p>
        {ontevreden ? <p className="utrecht-paragraph">{t.bedanktOntevreden}</p> : null}
      </Melding>
    </InwonerPagina>
  );
}
