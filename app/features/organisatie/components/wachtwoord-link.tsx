/** A one-time password link, shown exactly once after it was made (never put in a URL or stored). */
import { useTranslation } from "react-i18next";
import { Melding } from "~/platform/ui/ui";

function tijdstip(ms: number): string {
  return new Date(ms).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "full", timeStyle: "short" });
}

export function WachtwoordLink({ link }: { link: { url: string; verlooptOp: number } }) {
  const { t } = useTranslation("beheer");
  return (
    <Melding soort="ok" titel={t("mw.linkTitel")}>
      <p className="utrecht-paragraph">{t("mw.linkUitleg", { tot: tijdstip(link.verlooptOp) })}</p>
      <code className="afs-link-tonen" data-testid="wachtwoordlink">
        {link.url}
      </code>
    </Melding>
  );
}
