import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/platform/ui/ui";
import { requireUser, weiger } from "~/platform/auth/permissions.server";
import { origin } from "~/platform/audit/audit.server";
import { burgerOpId, klantbeeld, magKlantbeeldZien } from "~/features/klantbeeld/klantbeeld.server";
import { formatKort } from "~/domain/kalender/format";
import css from "~/styles/werk.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];
export const meta: MetaFunction = () => [{ title: "Klantbeeld – Afspraak" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context, "werk");
  const id = params.id ?? "";
  if (!burgerOpId(id)) throw new Response("Deze inwoner bestaat niet (meer).", { status: 404, statusText: "Niet gevonden" });
  if (!magKlantbeeldZien(user, id)) {
    weiger(
      user,
      context,
      "klantbeeld.bekijken",
      `/klantbeeld/${id}`,
      "U heeft geen toegang tot het klantbeeld van deze inwoner: u, uw team of een team dat u leidt heeft geen lopende of recente afspraak met deze inwoner.",
    );
  }
  const kb = klantbeeld(user, id, origin(context));
  if (!kb) throw new Response("Deze inwoner bestaat niet (meer).", { status: 404, statusText: "Niet gevonden" });
  return data({
    burger: { naam: kb.burger.naamWeergave, telefoon: kb.burger.telefoonWeergave, email: kb.burger.email },
    afspraken: kb.afspraken.map((a) => ({
      id: a.id,
      soortNaam: a.soortNaam,
      link: a.link,
      titel: a.titel,
      status: a.status,
      open: a.open,
      kanaal: a.kanaal,
      bij: a.eigenaarNaam ?? (a.teamNaam ? `${a.teamNaam} (team)` : null),
      vastgelegd: formatKort(a.aangemaaktOp),
      door: a.aangemaaktDoor ?? "onbekend",
      gesloten: a.geslotenOp ? formatKort(a.geslotenOp) : null,
      besproken: a.besproken,
      gebeurtenissen: a.gebeurtenissen.map((g) => ({ ...g, wanneer: formatKort(g.op) })),
    })),
  });
}

export default function KlantbeeldPagina() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation("werk");
  return (
    <>
      <PageTitle>
        {t("klant.titel")}: {d.burger.naam}
      </PageTitle>
      <p className="utrecht-paragraph">
        <Link to="/klantbeeld" className="utrecht-link">
          {t("klant.terug")}
        </Link>
      </p>
      <section aria-labelledby="gegevens" className="afs-werk-sectie">
        <h2 id="gegevens" className="utrecht-heading-2">
          {t("klant.gegevens")}
        </h2>
        <dl className="afs-klant-gegevens">
          <dt>{t("klant.naam")}</dt>
          <dd>{d.burger.naam}</dd>
          <dt>{t("klant.telefoon")}</dt>
          <dd>{d.burger.telefoon ?? "—"}</dd>
          <dt>{t("klant.email")}</dt>
          <dd>{d.burger.email ?? "—"}</dd>
        </dl>
      </section>
      <section aria-labelledby="contacten" className="afs-werk-sectie">
        <h2 id="contacten" className="utrecht-heading-2">
          {t("klant.contacten")}
        </h2>
        <p className="utrecht-paragraph afs-werk-uitleg">{t("klant.contactenUitleg")}</p>
        {d.afspraken.length === 0 ? (
          <p className="utrecht-paragraph">{t("klant.geenContacten")}</p>
        ) : (
          <ol className="afs-klant-contacten">
            {d.afspraken.map((a) => (
              <li key={a.id} className={`afs-klant-contact${a.open ? "" : " afs-klant-contact--gesloten"}`}>
                <article aria-labelledby={`contact-${a.id}`}>
                  <h3 id={`contact-${a.id}`} className="utrecht-heading-3">
                    {a.soortNaam}: {a.titel}
                  </h3>
                  <p className="afs-klant-meta">
                    {t("klant.vastgelegd", { op: a.vastgelegd, door: a.door })}
                    {a.kanaal ? ` · ${a.kanaal}` : ""}
                    {a.bij ? ` · ${t("klant.bij")}: ${a.bij}` : ""}
                    {" · "}
                    {t("klant.status")}: {a.status} ({a.open ? t("klant.open") : t("klant.gesloten", { op: a.gesloten ?? "" })})
                  </p>
                  {a.besproken.length ? (
                    <>
                    <h4 className="utrecht-heading-4">{t("klant.besproken")}</h4>
                    <dl className="afs-klant-besproken">
                      {a.besproken.map((b) => (
                        <div key={b.label}>
                          <dt>{b.label}</dt>
                          <dd>{b.tekst}</dd>
                        </div>
                      ))}
                    </dl>
                    </>
                  ) : null}
                  {a.gebeurtenissen.length ? (
                    <>
                      <h4 className="utrecht-heading-4">{t("klant.verloop")}</h4>
                      <ol className="afs-tijdlijn">
                        {a.gebeurtenissen.map((g, i) => (
                          <li key={i}>
                            {g.wanneer} — {g.omschrijving}
                            {g.door ? ` (${g.door})` : ""}
                            {g.notitie ? <span className="afs-tijdlijn__notitie">{g.notitie}</span> : null}
                          </li>
                        ))}
                      </ol>
                    </>
                  ) : null}
                  <p className="utrecht-paragraph">
                    <Link to={a.link} className="utrecht-link">
                      {t("klant.bekijk")}
                      <span className="afs-sr">{`: ${a.titel}`}</span>
                    </Link>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
