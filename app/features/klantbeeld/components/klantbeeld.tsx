/** One citizen's klantbeeld (/klantbeeld/:id): their contact details and every contact, newest first. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { Sectie } from "../../werklijsten/components/lijst";
import type { KlantbeeldPaginaData } from "../pagina.server";

type Contact = KlantbeeldPaginaData["afspraken"][number];

/** Key of a workflow status in the page's language ("open.beloofd" of a callback → afspraken:terugbelStatus.beloofd). */
function statusSleutel(soort: string, code: string): string[] {
  const kaal = code.replace(/^open\./, "");
  if (soort === "terugbelafspraak") return [`afspraken:terugbelStatus.${kaal}`];
  if (soort === "overdracht") return [`werk:overdrachtStatus.${kaal}`];
  return [];
}

/** A commitment's status in the page's language; kinds without status keys (complaints) keep the server's text. */
function statusTekst(soort: string, code: string, tekst: string, t: (k: string[], o: { defaultValue: string }) => string): string {
  const sleutels = statusSleutel(soort, code);
  return sleutels.length ? t(sleutels, { defaultValue: tekst }) : tekst;
}

export function BurgerGegevens({ burger }: { burger: KlantbeeldPaginaData["burger"] }) {
  const { t } = useTranslation("werk");
  return (
    <Sectie id="gegevens" titel={t("klant.gegevens")}>
      <dl className="afs-klant-gegevens">
        <dt>{t("klant.naam")}</dt>
        <dd>{burger.naam}</dd>
        <dt>{t("klant.telefoon")}</dt>
        <dd>{burger.telefoon ?? "—"}</dd>
        <dt>{t("klant.email")}</dt>
        <dd>{burger.email ?? "—"}</dd>
      </dl>
    </Sectie>
  );
}

/** One contact: what, when and by whom, what was discussed and how it went. */
function ContactKaart({ a }: { a: Contact }) {
  const { t } = useTranslation(["werk", "afspraken"]);
  const d = useDatum();
  const door = a.door ?? t("afspraken:klant.onbekend");
  return (
    <li className={`afs-klant-contact${a.open ? "" : " afs-klant-contact--gesloten"}`}>
      <article aria-labelledby={`contact-${a.id}`}>
        <h3 id={`contact-${a.id}`} className="utrecht-heading-3">
          {t(`werk:soort.${a.soort}`, { defaultValue: a.soortNaam })}: {a.titel}
        </h3>
        <p className="afs-klant-meta">
          {t("klant.vastgelegd", { op: d.kort(a.vastgelegdOp), door })}
          {a.kanaal ? ` · ${a.kanaal}` : ""}
          {a.bij ? ` · ${t("klant.bij")}: ${a.bij}` : ""}
          {" · "}
          {t("klant.status")}: {statusTekst(a.soort, a.statusCode, a.status, t)} (
          {a.open ? t("klant.open") : t("klant.gesloten", { op: a.geslotenOp ? d.kort(a.geslotenOp) : "" })})
        </p>
        {a.besproken.length ? (
          <>
            <h4 className="utrecht-heading-4">{t("klant.besproken")}</h4>
            <dl className="afs-klant-besproken">
              {a.besproken.map((b) => (
                <div key={b.label}>
                  <dt>{t(`afspraken:klant.besproken.${b.veld}`, { defaultValue: b.label })}</dt>
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
                  {d.kort(g.op)} — <Gebeurtenis g={g} />
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
  );
}

/** What happened, in the page's language (the Dutch wording of the server when no key fits). */
function Gebeurtenis({ g }: { g: Contact["gebeurtenissen"][number] }) {
  const { t } = useTranslation("afspraken");
  const type = g.type.replace(/\./g, "_");
  const naam = g.bekend ? t([`klant.gebeurtenis.${type}`, `gebeurtenis.${type}`], { defaultValue: g.omschrijving }) : g.omschrijving;
  return <>{g.uitkomst ? `${naam}: ${t(`uitkomst.${g.uitkomst}`, { defaultValue: g.uitkomst }).toLowerCase()}` : naam}</>;
}

export function Contacten({ afspraken }: { afspraken: Contact[] }) {
  const { t } = useTranslation("werk");
  return (
    <Sectie id="contacten" titel={t("klant.contacten")} uitleg={t("klant.contactenUitleg")}>
      {afspraken.length === 0 ? (
        <p className="utrecht-paragraph">{t("klant.geenContacten")}</p>
      ) : (
        <ol className="afs-klant-contacten">
          {afspraken.map((a) => (
            <ContactKaart key={a.id} a={a} />
          ))}
        </ol>
      )}
    </Sectie>
  );
}
