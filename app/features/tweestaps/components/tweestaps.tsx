/** Forms and lists of two-step verification and sessions (browser-safe: server modules only as types). */
import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop, Melding, TekstVeld } from "~/platform/ui/ui";
import { useDatum } from "~/platform/i18n/datum";
import type { BeveiligingPagina, MedewerkerBeveiliging } from "../pagina.server";

export function CodeFormulier({
  terug,
  fout,
  label,
  hint,
  knop,
  alleenCijfers = false,
}: {
  terug: string;
  fout?: string[];
  label: string;
  hint?: string;
  knop: string;
  alleenCijfers?: boolean;
}) {
  const bezig = useNavigation().state === "submitting";
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="terug" value={terug} />
      <TekstVeld
        id="code"
        label={label}
        hint={hint}
        autoComplete="one-time-code"
        inputMode={alleenCijfers ? "numeric" : "text"}
        autoFocus
        required
        spellCheck={false}
        maxLength={40}
        fout={fout}
      />
      <Knop disabled={bezig}>{knop}</Knop>
    </Form>
  );
}

export function Herstelcodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation("tweestaps");
  return (
    <ol className="afs-herstelcodes" aria-label={t("instellen.herstelcodes")}>
      {codes.map((c) => (
        <li key={c}>
          <code>{c}</code>
        </li>
      ))}
    </ol>
  );
}

export function UitlogKnop({ label }: { label: string }) {
  return (
    <Form method="post" action="/uitloggen">
      <Knop soort="subtiel">{label}</Knop>
    </Form>
  );
}

export function SessieTabel({ d }: { d: BeveiligingPagina }) {
  const { t } = useTranslation("tweestaps");
  const f = useDatum();
  const bezig = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="sessies-titel" className="afs-sectie">
      <h2 id="sessies-titel" className="utrecht-heading-2">
        {t("profiel.sessies")}
      </h2>
      <p className="utrecht-paragraph">{t("profiel.sessiesUitleg", { inactief: d.beleid.inactiefMinuten, max: d.beleid.maxUren })}</p>
      <table className="utrecht-table afs-tabel">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t("profiel.apparaat")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("profiel.ip")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("profiel.eerst")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("profiel.laatst")}</th>
            <th scope="col" className="utrecht-table__header-cell">{t("profiel.actie")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {d.sessies.map((s) => (
            <tr key={s.id} className="utrecht-table__row" data-sessie={s.deze ? "deze" : "andere"}>
              <td className="utrecht-table__cell">
                {s.apparaat || t("profiel.onbekend")} {s.deze ? <strong>{t("profiel.deze")}</strong> : null}
              </td>
              <td className="utrecht-table__cell">{s.ipBereik || "—"}</td>
              <td className="utrecht-table__cell">{f.kort(s.eerstOp)}</td>
              <td className="utrecht-table__cell">{f.kort(s.laatstOp)}</td>
              <td className="utrecht-table__cell">
                <Form method="post">
                  <input type="hidden" name="intent" value="uitloggen" />
                  <input type="hidden" name="sessie" value={s.id} />
                  <Knop soort="secundair" disabled={bezig} aria-label={`${t("profiel.uitloggenHier")}: ${s.apparaat || t("profiel.onbekend")}${s.deze ? ` ${t("profiel.deze")}` : ""}`}>
                    {t("profiel.uitloggenHier")}
                  </Knop>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form method="post">
        <input type="hidden" name="intent" value="elders" />
        <p className="utrecht-paragraph">{t("profiel.eldersUitleg")}</p>
        <Knop disabled={bezig}>{t("profiel.elders")}</Knop>
      </Form>
    </section>
  );
}

export function TweestapsStatus({ d }: { d: BeveiligingPagina }) {
  const { t } = useTranslation("tweestaps");
  const bezig = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="tweestaps-titel" className="afs-sectie">
      <h2 id="tweestaps-titel" className="utrecht-heading-2">
        {t("profiel.tweestaps")}
      </h2>
      <p className="utrecht-paragraph">{d.ingesteld ? t("profiel.aan", { aantal: d.resterend }) : t("profiel.uit")}</p>
      {d.verplicht ? <p className="utrecht-paragraph">{t("profiel.verplicht")}</p> : null}
      {d.ingesteld ? (
        <>
          <Form method="post">
            <input type="hidden" name="intent" value="herstelcodes" />
            <p className="utrecht-paragraph">{t("profiel.nieuweCodesUitleg")}</p>
            <Knop soort="secundair" disabled={bezig}>{t("profiel.nieuweCodes")}</Knop>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="uitzetten" />
            <p className="utrecht-paragraph">{t("profiel.uitzettenUitleg")}</p>
            <Knop soort="secundair" disabled={bezig}>{t("profiel.uitzetten")}</Knop>
          </Form>
        </>
      ) : (
        <p className="utrecht-paragraph">
          <Link to="/inloggen/tweestaps?terug=%2Fprofiel%2Fbeveiliging" className="utrecht-link">
            {t("profiel.instellen")}
          </Link>
        </p>
      )}
    </section>
  );
}

export function MedewerkerBeveiligingSectie({ id, b, melding }: { id: string; b: MedewerkerBeveiliging; melding?: string | null }) {
  const { t } = useTranslation("tweestaps");
  const bezig = useNavigation().state === "submitting";
  const actie = `/beheer/medewerkers/${encodeURIComponent(id)}/beveiliging`;
  const sessiesBeeindigd = melding?.startsWith("sessies-") ? Number(melding.slice(8)) : null;
  return (
    <section aria-labelledby="beveiliging-titel" className="afs-beheer-sectie">
      <h2 id="beveiliging-titel" className="utrecht-heading-2">
        {t("beheer.sectie")}
      </h2>
      {sessiesBeeindigd !== null ? <Melding soort="ok">{t("beheer.sessiesBeeindigd", { aantal: sessiesBeeindigd })}</Melding> : null}
      {melding === "tweestaps-uit" ? <Melding soort="ok">{t("beheer.tweestapsGereset")}</Melding> : null}
      <p className="utrecht-paragraph">{t("beheer.sessies", { aantal: b.sessies })}</p>
      <p className="utrecht-paragraph">{b.ingesteld ? t("beheer.tweestapsAan", { aantal: b.resterend }) : t("beheer.tweestapsUit")}</p>
      <Form method="post" action={actie} className="afs-beheer-formulier">
        <input type="hidden" name="intent" value="sessies" />
        <p className="utrecht-paragraph">{t("beheer.alleSessiesUitleg")}</p>
        <Knop soort="secundair" disabled={bezig}>{t("beheer.alleSessies")}</Knop>
      </Form>
      {b.ingesteld ? (
        <Form method="post" action={actie} className="afs-beheer-formulier">
          <input type="hidden" name="intent" value="tweestaps" />
          <p className="utrecht-paragraph">{t("beheer.resetUitleg")}</p>
          <Knop soort="secundair" disabled={bezig}>{t("beheer.reset")}</Knop>
        </Form>
      ) : null}
    </section>
  );
}
