import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Melding, PageTitle } from "~/platform/ui/ui";
import { requireUser } from "~/platform/auth/permissions.server";
import { audit, origin } from "~/platform/audit/audit.server";
import { berichtenVan, markeerGelezen } from "~/platform/engine/inbox.server";
import { formatDatumTijd } from "~/domain/kalender/format";
import css from "~/styles/engine.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Berichten – Afspraak" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const url = new URL(request.url);
  const berichten = berichtenVan(user.id).map((b) => ({
    id: b.id,
    titel: b.titel,
    tekst: b.tekst,
    link: b.link,
    urgent: b.urgent,
    ontvangen: formatDatumTijd(b.aangemaaktOp),
    gelezen: b.gelezenOp === null ? null : formatDatumTijd(b.gelezenOp),
  }));
  const klaar = url.searchParams.get("gemarkeerd");
  return data({ berichten, klaar: klaar === "alle" ? "alle" : klaar === "1" ? "een" : null });
}

const Schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("gelezen"), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("alle") }),
]);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const form = Object.fromEntries(await request.formData());
  const parsed = Schema.safeParse(form);
  if (!parsed.success) return data({ fout: "ongeldig" as const }, { status: 400 });
  const n = markeerGelezen(user.id, parsed.data.intent === "alle" ? "alle" : parsed.data.id);
  audit({
    actor: { id: user.id, naam: user.naam },
    actie: "bericht.gelezen",
    objectType: "bericht",
    objectId: parsed.data.intent === "alle" ? "alle" : parsed.data.id,
    resultaat: "ok",
    oorsprong: origin(context as never),
    details: { aantal: n },
  });
  if (parsed.data.intent === "gelezen" && n === 0) return data({ fout: "nietGevonden" as const }, { status: 404 });
  return redirect(`/inbox?gemarkeerd=${parsed.data.intent === "alle" ? "alle" : "1"}`);
}

type BerichtData = ReturnType<typeof useLoaderData<typeof loader>>["berichten"][number];

function BerichtItem({ b }: { b: BerichtData }) {
  const { t } = useTranslation("engine");
  const kopId = `bericht-${b.id}`;
  return (
    <li className={`afs-bericht${b.gelezen ? "" : " afs-bericht--ongelezen"}`} aria-labelledby={kopId}>
      <h3 id={kopId} className="utrecht-heading-3 afs-bericht__kop">
        {b.urgent ? <span className="afs-label-urgent">{t("inbox.urgent")}</span> : null}
        {b.titel}
      </h3>
      <p className="afs-bericht__meta">
        {t("inbox.ontvangen", { moment: b.ontvangen })}
        {b.gelezen ? <> · {t("inbox.gelezenOp", { moment: b.gelezen })}</> : null}
      </p>
      <p className="utrecht-paragraph afs-bericht__tekst">{b.tekst}</p>
      <div className="afs-bericht__acties">
        {b.link ? (
          <Link to={b.link} className="utrecht-link">
            {t("inbox.bekijk")}
            <span className="afs-sr">: {b.titel}</span>
          </Link>
        ) : null}
        {b.gelezen ? null : (
          <Form method="post">
            <input type="hidden" name="intent" value="gelezen" />
            <input type="hidden" name="id" value={b.id} />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action afs-button--klein">
              {t("inbox.markeer")}
              <span className="afs-sr">: {b.titel}</span>
            </button>
          </Form>
        )}
      </div>
    </li>
  );
}

export default function Inbox() {
  const { berichten, klaar } = useLoaderData<typeof loader>();
  const actie = useActionData<typeof action>();
  const { t } = useTranslation("engine");
  const ongelezen = berichten.filter((b) => !b.gelezen);
  const gelezen = berichten.filter((b) => b.gelezen);
  return (
    <>
      <PageTitle intro={t("inbox.intro")}>{t("inbox.titel")}</PageTitle>
      {actie && "fout" in actie ? <Melding soort="fout">{t(`inbox.${actie.fout}`)}</Melding> : null}
      {klaar ? <Melding soort="ok">{t(klaar === "alle" ? "inbox.alleGemarkeerd" : "inbox.gemarkeerd")}</Melding> : null}
      {berichten.length === 0 ? (
        <Melding titel={t("inbox.leeg")}>
          <p className="utrecht-paragraph">{t("inbox.leegUitleg")}</p>
        </Melding>
      ) : (
        <>
          <section aria-labelledby="ongelezen-kop">
            <h2 id="ongelezen-kop" className="utrecht-heading-2">
              {t("inbox.ongelezenKop", { aantal: ongelezen.length })}
            </h2>
            {ongelezen.length === 0 ? (
              <p className="utrecht-paragraph">{t("inbox.geenOngelezen")}</p>
            ) : (
              <>
                <Form method="post" className="afs-acties">
                  <input type="hidden" name="intent" value="alle" />
                  <button type="submit" className="utrecht-button utrecht-button--subtle">
                    {t("inbox.markeerAlle")}
                  </button>
                </Form>
                <ul className="afs-berichten">
                  {ongelezen.map((b) => (
                    <BerichtItem key={b.id} b={b} />
                  ))}
                </ul>
              </>
            )}
          </section>
          {gelezen.length > 0 ? (
            <section aria-labelledby="gelezen-kop">
              <h2 id="gelezen-kop" className="utrecht-heading-2">
                {t("inbox.gelezenKop")}
              </h2>
              <ul className="afs-berichten">
                {gelezen.map((b) => (
                  <BerichtItem key={b.id} b={b} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
