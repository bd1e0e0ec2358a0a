/** What a lesson says: what happened, the cause, the norms, the process step, the department and the lesson. */
import { normNaam } from "~/features/klachten/recht";
import type { LesRij } from "../leerlogboek.server";

export function LesGegevens({ les: l }: { les: LesRij }) {
  return (
    <section className="ll-blok" aria-labelledby="les-kop">
      <h2 id="les-kop" className="utrecht-heading-2">De les</h2>
      <dl className="ll-gegevens">
        <dt>Wat gebeurde er</dt>
        <dd>{l.watGebeurde}</dd>
        <dt>Oorzaak</dt>
        <dd>{l.oorzaak}</dd>
        <dt>Normen</dt>
        <dd>{l.normen.map((n) => `${n}. ${normNaam(n)}`).join(", ")}</dd>
        <dt>Processtap</dt>
        <dd>{l.processtapTekst}</dd>
        <dt>Afdeling</dt>
        <dd>{l.afdeling ?? "Organisatiebreed"}</dd>
        <dt>Les</dt>
        <dd>{l.les}</dd>
      </dl>
    </section>
  );
}
