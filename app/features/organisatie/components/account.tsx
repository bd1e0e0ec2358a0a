/** The account section of a medewerker: a new password link, and deactivating or activating the account. */
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Knop } from "~/platform/ui/ui";

function AccountFormulier({ intent, versie, uitleg, knop }: { intent: string; versie: number; uitleg: string; knop: string }) {
  const bezig = useNavigation().state === "submitting";
  return (
    <Form method="post" className="afs-beheer-formulier">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="versie" value={versie} />
      <p className="utrecht-paragraph">{uitleg}</p>
      <Knop soort="secundair" disabled={bezig}>
        {knop}
      </Knop>
    </Form>
  );
}

export function AccountSectie({ m, zelf }: { m: { actief: boolean; heeftWachtwoord: boolean; versie: number }; zelf: boolean }) {
  const { t } = useTranslation("beheer");
  return (
    <section aria-labelledby="account-titel" className="afs-beheer-sectie">
      <h2 id="account-titel" className="utrecht-heading-2">
        {t("mw.account")}
      </h2>
      {!m.heeftWachtwoord ? <p className="utrecht-paragraph">{t("mw.geenWachtwoord")}</p> : null}
      {m.actief ? (
        <>
          <AccountFormulier intent="resetlink" versie={m.versie} uitleg={t("mw.resetUitleg")} knop={t("mw.resetLink")} />
          {!zelf ? <AccountFormulier intent="deactiveren" versie={m.versie} uitleg={t("mw.deactiverenUitleg")} knop={t("mw.deactiveren")} /> : null}
        </>
      ) : (
        <AccountFormulier intent="activeren" versie={m.versie} uitleg={t("mw.activerenUitleg")} knop={t("mw.activeren")} />
      )}
    </section>
  );
}
