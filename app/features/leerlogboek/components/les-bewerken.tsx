/** The regieteam's edit form of a lesson: text, norms and process step, carrying the version it was loaded with. */
import { Form } from "@remix-run/react";
import { Knop, Melding } from "~/platform/ui/ui";
import type { LesRij } from "../leerlogboek.server";
import type { lesPagina } from "../les-pagina.server";
import { getypt, useLesAntwoord } from "./antwoord";
import { LesVelden } from "./leerlogboek";

type Keuzes = NonNullable<NonNullable<ReturnType<typeof lesPagina>>["keuzes"]>;

export function LesBewerken({ les: l, keuzes }: { les: LesRij; keuzes: Keuzes }) {
  const bewerken = useLesAntwoord("bewerken");
  return (
    <section className="ll-blok ll-acties" aria-labelledby="bewerken-kop">
      <h2 id="bewerken-kop" className="utrecht-heading-2">Les bewerken</h2>
      <details open={bewerken ? true : undefined}>
        <summary>Tekst, normen en processtap wijzigen</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="bewerken" />
          <input type="hidden" name="versie" value={bewerken ? getypt(bewerken, "versie", String(l.versie)) : l.versie} />
          {bewerken?.melding ? <Melding soort="fout" titel="Niet opgeslagen"><p className="utrecht-paragraph">{bewerken.melding}</p></Melding> : null}
          <LesVelden
            waarden={
              bewerken
                ? (bewerken.invoer as Record<string, string> & { normen?: string[] })
                : {
                    titel: l.titel,
                    watGebeurde: l.watGebeurde,
                    oorzaak: l.oorzaak,
                    les: l.les,
                    normen: l.normen.map(String),
                    processtap: l.processtap,
                    afdelingId: l.afdelingId ? String(l.afdelingId) : "",
                  }
            }
            fouten={bewerken?.fouten ?? {}}
            afdelingen={keuzes.afdelingen}
            normen={keuzes.normen}
            processtappen={keuzes.processtappen}
          />
          <Knop>Wijzigingen opslaan</Knop>
        </Form>
      </details>
    </section>
  );
}
