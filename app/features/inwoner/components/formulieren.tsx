/**
 * The public forms: complaint, compliment, suggestion, callback request, "send me my link again". Plain forms that
 * work without JavaScript; everything typed comes back after a refusal (`waarden`), errors stand at the field.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Keuzelijst, Knop, TekstGebied, TekstVeld } from "~/platform/ui/ui";
import { Beveiligingsvelden, FormulierMeldingen, Rondjes, waardeVan, type Fouten, type Weigering } from "./velden";

export interface FormulierProps {
  stempel: string;
  fouten?: Fouten;
  waarden?: Record<string, string>;
  weigering?: Weigering | null;
}

function useOpt() {
  const { t } = useTranslation("inwoner");
  return (label: string) => `${label} ${t("veld.optioneel")}`;
}

function Contactvelden({ fouten, v, email = true, telefoonVerplicht = false }: { fouten: Fouten; v: (k: string) => string; email?: boolean; telefoonVerplicht?: boolean }) {
  const { t } = useTranslation("inwoner");
  const opt = useOpt();
  return (
    <>
      <TekstVeld id="naam" label={t("veld.naam")} autoComplete="name" defaultValue={v("naam")} fout={fouten.naam} required />
      {email ? <TekstVeld id="email" type="email" label={opt(t("veld.email"))} autoComplete="email" defaultValue={v("email")} fout={fouten.email} /> : null}
      <TekstVeld
        id="telefoon"
        type="tel"
        label={telefoonVerplicht ? t("veld.telefoon") : opt(t("veld.telefoon"))}
        hint={t("veld.telefoonHint")}
        autoComplete="tel"
        defaultValue={v("telefoon")}
        fout={fouten.telefoon}
        required={telefoonVerplicht}
      />
    </>
  );
}

export function KlachtFormulier({ stempel, fouten = {}, waarden, weigering, afdelingen }: FormulierProps & { afdelingen: { id: number; naam: string }[] }) {
  const { t } = useTranslation("inwoner");
  const opt = useOpt();
  const v = waardeVan(waarden);
  return (
    <>
      <FormulierMeldingen weigering={weigering} fouten={fouten} />
      <Form method="post" encType="multipart/form-data" noValidate className="inw-formulier">
        <Beveiligingsvelden stempel={stempel} />
        <TekstGebied id="wat" label={t("klacht.wat")} hint={t("klacht.watHint")} rows={7} defaultValue={v("wat")} fout={fouten.wat} required />
        <TekstVeld id="wie" label={opt(t("klacht.wie"))} hint={t("klacht.wieHint")} defaultValue={v("wie")} fout={fouten.wie} />
        <Keuzelijst
          id="afdeling"
          label={opt(t("klacht.afdeling"))}
          defaultValue={v("afdeling")}
          opties={[{ value: "", label: t("klacht.afdelingOnbekend") }, ...afdelingen.map((a) => ({ value: String(a.id), label: a.naam }))]}
        />
        <TekstVeld id="wanneer" type="date" label={opt(t("klacht.wanneer"))} hint={t("klacht.wanneerHint")} defaultValue={v("wanneer")} fout={fouten.wanneer} />
        <h2 className="utrecht-heading-2">{t("klacht.contact")}</h2>
        <Contactvelden fouten={fouten} v={v} />
        <TekstVeld id="adres" label={opt(t("veld.adres"))} autoComplete="street-address" defaultValue={v("adres")} fout={fouten.adres} />
        <div className="inw-rij">
          <TekstVeld id="postcode" label={opt(t("veld.postcode"))} autoComplete="postal-code" defaultValue={v("postcode")} fout={fouten.postcode} />
          <TekstVeld id="woonplaats" label={opt(t("veld.woonplaats"))} autoComplete="address-level2" defaultValue={v("woonplaats")} fout={fouten.woonplaats} />
        </div>
        <Rondjes
          naam="antwoordVia"
          legend={t("klacht.antwoordVia")}
          waarde={v("antwoordVia")}
          fout={fouten.antwoordVia}
          opties={(["e-mail", "telefoon", "post"] as const).map((k) => ({ value: k, label: t(`klacht.via.${k}`) }))}
        />
        <TekstVeld id="bijlage" name="bijlage" type="file" multiple label={t("klacht.bijlage")} hint={t("klacht.bijlageHint")} fout={fouten.bijlage} accept=".pdf,.jpg,.jpeg,.png,.docx,.txt" />
        <Knop>{t("knop.versturen")}</Knop>
      </Form>
    </>
  );
}

export function ComplimentFormulier({ stempel, fouten = {}, waarden, weigering, teams }: FormulierProps & { teams: { id: number; naam: string; afdeling: string }[] }) {
  const { t } = useTranslation("inwoner");
  const opt = useOpt();
  const v = waardeVan(waarden);
  return (
    <>
      <FormulierMeldingen weigering={weigering} fouten={fouten} />
      <Form method="post" noValidate className="inw-formulier">
        <Beveiligingsvelden stempel={stempel} />
        <Keuzelijst
          id="team"
          label={t("compliment.team")}
          defaultValue={v("team")}
          fout={fouten.team}
          required
          opties={[{ value: "", label: t("compliment.teamKies") }, ...teams.map((x) => ({ value: String(x.id), label: `${x.naam} (${x.afdeling})` }))]}
        />
        <TekstVeld id="medewerker" label={opt(t("compliment.medewerker"))} hint={t("compliment.medewerkerHint")} defaultValue={v("medewerker")} fout={fouten.medewerker} />
        <TekstGebied id="tekst" label={t("compliment.tekst")} rows={5} defaultValue={v("tekst")} fout={fouten.tekst} required />
        <TekstVeld id="naam" label={opt(t("compliment.naam"))} autoComplete="name" defaultValue={v("naam")} fout={fouten.naam} />
        <Knop>{t("knop.versturen")}</Knop>
      </Form>
    </>
  );
}

export function SuggestieFormulier({ stempel, fouten = {}, waarden, weigering }: FormulierProps) {
  const { t } = useTranslation("inwoner");
  const opt = useOpt();
  const v = waardeVan(waarden);
  return (
    <>
      <FormulierMeldingen weigering={weigering} fouten={fouten} />
      <Form method="post" noValidate className="inw-formulier">
        <Beveiligingsvelden stempel={stempel} />
        <TekstGebied id="tekst" label={t("suggestie.tekst")} rows={6} defaultValue={v("tekst")} fout={fouten.tekst} required />
        <TekstVeld id="naam" label={opt(t("veld.naam"))} autoComplete="name" defaultValue={v("naam")} fout={fouten.naam} />
        <TekstVeld id="contact" label={opt(t("suggestie.contact"))} hint={t("suggestie.contactHint")} defaultValue={v("contact")} fout={fouten.contact} />
        <Knop>{t("knop.versturen")}</Knop>
      </Form>
    </>
  );
}

export function TerugbelFormulier({
  stempel,
  fouten = {},
  waarden,
  weigering,
  onderwerpen,
  taal,
}: FormulierProps & { onderwerpen: { code: string; naam: string; naamEn: string | null }[]; taal: string }) {
  const { t } = useTranslation("inwoner");
  const opt = useOpt();
  const v = waardeVan(waarden);
  return (
    <>
      <FormulierMeldingen weigering={weigering} fouten={fouten} />
      <Form method="post" noValidate className="inw-formulier">
        <Beveiligingsvelden stempel={stempel} />
        <Keuzelijst
          id="onderwerp"
          label={t("terugbel.onderwerp")}
          defaultValue={v("onderwerp")}
          fout={fouten.onderwerp}
          required
          opties={[{ value: "", label: t("terugbel.onderwerpKies") }, ...onderwerpen.map((o) => ({ value: o.code, label: taal === "en" && o.naamEn ? o.naamEn : o.naam }))]}
        />
        <TekstGebied id="vraag" label={t("terugbel.vraag")} rows={5} defaultValue={v("vraag")} fout={fouten.vraag} required />
        <Contactvelden fouten={fouten} v={v} email={false} telefoonVerplicht />
        <TekstVeld id="email" type="email" label={opt(t("veld.email"))} hint={t("terugbel.emailHint")} autoComplete="email" defaultValue={v("email")} fout={fouten.email} />
        <Knop>{t("knop.versturen")}</Knop>
      </Form>
    </>
  );
}

export function LinkFormulier({ stempel, fouten = {}, waarden, weigering }: FormulierProps) {
  const { t } = useTranslation("inwoner");
  const v = waardeVan(waarden);
  return (
    <>
      <FormulierMeldingen weigering={weigering} fouten={fouten} />
      <Form method="post" noValidate className="inw-formulier">
        <Beveiligingsvelden stempel={stempel} />
        <TekstVeld id="email" type="email" label={t("veld.email")} autoComplete="email" defaultValue={v("email")} fout={fouten.email} required />
        <Knop>{t("link.knop")}</Knop>
      </Form>
    </>
  );
}
