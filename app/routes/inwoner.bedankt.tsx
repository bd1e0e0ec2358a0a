/** Thanks after a compliment or a suggestion (no status link: nothing is promised back). */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Melding } from "~/platform/ui/ui";
import { InwonerPagina, TerugLink } from "~/features/inwoner/components/layout";

export const meta: MetaFunction = () => [{ title: "Bedankt – Gemeente Voorbeeld" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const soort = new URL(request.url).searchParams.get("soort");
  return data({ soort: soort === "suggestie" ? "suggestie" : "compliment" });
}

export default function InwonerBedankt() {
  const { soort } = useLoaderData<typeof loader>();
  const { t } = useTranslation("inwoner");
  return (
    <InwonerPagina titel={t("bedankt.titel")}>
      <Melding soort="ok">
        <p className="utrecht-paragraph">{t(`bedankt.${soort}`)}</p>
      </Melding>
      <TerugLink />
    </InwonerPagina>
  );
}
