/**
 * The contact-volume form (new, or "Wijzigen" of an existing row with its version in `bekend`) and the list of
 * the last 24 months with a "Wijzigen" link per row.
 */
import { Form } from "@remix-run/react";
import { Keuzelijst, Knop, TekstVeld } from "~/platform/ui/ui";
import { KANAAL_TEKST, KLACHT_KANALEN } from "~/features/klachten/recht";
import { useTranslation } from "react-i18next";
import { useDatum } from "~/platform/i18n/datum";
import { maandParam } from "../filter";
import type { ContactvolumeFouten, ContactvolumeRij, ContactvolumeWaarden } from "../contactvolumes.server";

export function ContactvolumeFormulier({ w, fouten, afdelingen }: { w: ContactvolumeWaarden; fouten: ContactvolumeFouten; afdelingen: { id: number; naam: string }[] }) {
  const { t } = useTranslation("werk");
  const { t: ta } = useTranslation("afspraken");
  return (
      <Form method="post" noValidate className="db-filters" aria-labelledby="cv-form-kop" key={w.bekend + w.maand + w.kanaal + w.afdeling}>
        <h2 id="cv-form-kop" className="utrecht-heading-2 afs-sr">{w.bekend ? t("contactvolumes.wijzigenKop") : t("contactvolumes.invoerenKop")}</h2>
        <TekstVeld id="maand" label={t("contactvolumes.maand")} hint={t("contactvolumes.maandHint")} type="month" defaultValue={w.maand} fout={fouten.maand} required />
        <Keuzelijst id="kanaal" label={t("contactvolumes.kanaal")} defaultValue={w.kanaal} fout={fouten.kanaal} opties={KLACHT_KANALEN.map((k) => ({ value: k, label: ta(`kanaal.${k}`, { defaultValue: KANAAL_TEKST[k] }) }))} />
        <Keuzelijst
          id="afdeling"
          label={t("contactvolumes.afdeling")}
          defaultValue={w.afdeling}
          fout={fouten.afdeling}
          opties={[{ value: "", label: t("contactvolumes.heleOrganisatie") }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]}
        />
        <TekstVeld id="aantal" label={t("contactvolumes.aantal")} inputMode="numeric" defaultValue={w.aantal} fout={fouten.aantal} required />
        <input type="hidden" name="bekend" value={w.bekend} />
        <Knop>{w.bekend ? t("contactvolumes.wijzigingOpslaan") : t("contactvolumes.opslaan")}</Knop>
      </Form>
  );
}

export function ContactvolumesLijst({ lijst }: { lijst: ContactvolumeRij[] }) {
  const { t, i18n } = useTranslation("werk");
  const { t: ta } = useTranslation("afspraken");
  const f = useDatum();
  const kanaal = (r: ContactvolumeRij) => ta(`kanaal.${r.kanaal}`, { defaultValue: r.kanaalTekst });
  return (
    <>
      <h2 className="utrecht-heading-2">{t("contactvolumes.laatste")}</h2>
      {lijst.length === 0 ? (
        <p className="utrecht-paragraph">{t("contactvolumes.geen")}</p>
      ) : (
        <div className="afs-tabel-container">
          <table className="db-tabel">
            <caption className="afs-sr">{t("contactvolumes.bijschrift")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("contactvolumes.maand")}</th>
                <th scope="col">{t("contactvolumes.afdeling")}</th>
                <th scope="col">{t("contactvolumes.kanaal")}</th>
                <th scope="col" className="gr-getal">{t("contactvolumes.aantalKolom")}</th>
                <th scope="col">{t("contactvolumes.gewijzigd")}</th>
                <th scope="col"><span className="afs-sr">{t("contactvolumes.actie")}</span></th>
              </tr>
            </thead>
            <tbody>
              {lijst.map((r) => (
                <tr key={`${r.maand}-${r.kanaal}-${r.afdelingId}`}>
                  <th scope="row">{f.maandLabel(r.maandTekst)}</th>
                  <td>{r.afdelingId === 0 ? t("contactvolumes.heleOrganisatie") : r.afdeling}</td>
                  <td>{kanaal(r)}</td>
                  <td className="gr-getal">{r.aantal.toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL")}</td>
                  <td>{f.datumTijd(r.gewijzigdOp)}{r.gewijzigdDoor ? `, ${r.gewijzigdDoor}` : ""}</td>
                  <td>
                    <a className="utrecht-link" href={`/regieteam/contactvolumes?maand=${maandParam(r.maand)}&kanaal=${encodeURIComponent(r.kanaal)}&afdeling=${r.afdelingId}`}>
                      {t("contactvolumes.wijzigen")}<span className="afs-sr"> {f.maandLabel(r.maandTekst)}, {r.afdeling}, {kanaal(r)}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
