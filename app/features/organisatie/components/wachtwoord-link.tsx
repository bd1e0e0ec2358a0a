/** A one-time password link, shown exactly once after it was made (never put in a URL or stored). */
import { useTranslation } from "react-i18next";
import { Melding } from "~/platform/ui/ui";
import { useDatum } from "~/platform/i18n/datum";

/** Dutch as it always was ("vrijdag 4 december 2026 om 19:52"), otherwise the page language's date and time. */
function useTijdstip(): (ms: number) => string {
  const f = useDatum();
  if (f.taal !== "nl") return (ms) => f.datumTijd(ms);
  return (ms) => new Date(ms).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "full", timeStyle: "short" });
}

export function WachtwoordLink({ link }: { link: { url: string; verlooptOp: number } }) {
  const { t } = useTranslation("beheer");
  const tijdstip = useTijdstip();
  return (
    <Melding soort="ok" titel={t("mw.linkTitel")}>
      <p className="utrecht-paragraph">{t("mw.linkUitleg", { tot: tijdstip(link.verlooptOp) })}</p>
      <code className="afs-link-tonen" data-testid="wachtwoordlink">
        {link.url}
      </code>
    </Melding>
  );
}
