import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/ui";
import { requireUser } from "~/server/permissions.server";

export const meta: MetaFunction = () => [{ title: "Mijn werk – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  return data({ naam: user.naam });
}

export default function MijnWerk() {
  const { naam } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <PageTitle intro={t("mijnWerk.welkom", { naam })}>{t("mijnWerk.titel")}</PageTitle>
      <section aria-labelledby="leeg-titel" className="afs-melding">
        <h2 id="leeg-titel" className="utrecht-heading-2">
          {t("mijnWerk.leeg")}
        </h2>
        <p className="utrecht-paragraph">{t("mijnWerk.leegUitleg")}</p>
      </section>
    </>
  );
}
