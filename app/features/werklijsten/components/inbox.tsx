/** The inbox page's lists: unread messages (with "mark all as read") and read ones, each message with its actions. */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { InboxBericht } from "../inbox.server";
import { useDatum } from "../../../platform/i18n/datum";

function BerichtItem({ b }: { b: InboxBericht }) {
  const { t } = useTranslation("engine");
  const f = useDatum();
  const kopId = `bericht-${b.id}`;
  return (
    <li className={`afs-bericht${b.gelezen ? "" : " afs-bericht--ongelezen"}`} aria-labelledby={kopId}>
      <h3 id={kopId} className="utrecht-heading-3 afs-bericht__kop">
        {b.urgent ? <span className="afs-label-urgent">{t("inbox.urgent")}</span> : null}
        {b.titel}
      </h3>
      <p className="afs-bericht__meta">
        {t("inbox.ontvangen", { moment: f.datumTijd(b.ontvangenOp) })}
        {b.gelezenOp !== null ? <> · {t("inbox.gelezenOp", { moment: f.datumTijd(b.gelezenOp) })}</> : null}
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

export function OngelezenBerichten({ berichten }: { berichten: InboxBericht[] }) {
  const { t } = useTranslation("engine");
  return (
    <section aria-labelledby="ongelezen-kop">
      <h2 id="ongelezen-kop" className="utrecht-heading-2">
        {t("inbox.ongelezenKop", { aantal: berichten.length })}
      </h2>
      {berichten.length === 0 ? (
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
            {berichten.map((b) => (
              <BerichtItem key={b.id} b={b} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function GelezenBerichten({ berichten }: { berichten: InboxBericht[] }) {
  const { t } = useTranslation("engine");
  if (berichten.length === 0) return null;
  return (
    <section aria-labelledby="gelezen-kop">
      <h2 id="gelezen-kop" className="utrecht-heading-2">
        {t("inbox.gelezenKop")}
      </h2>
      <ul className="afs-berichten">
        {berichten.map((b) => (
          <BerichtItem key={b.id} b={b} />
        ))}
      </ul>
    </section>
  );
}
