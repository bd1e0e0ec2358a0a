/**
 * The profile page body shared by /profiel (the employee) and /team/profielen/:medewerkerId (their own
 * manager): the outcome of the last form, the service profile beside the team median (with a server-rendered
 * SVG chart and a table alternative), coaching agreements and notes with reactions. All forms are plain POST forms.
 */
import type { ProfielPaginaData } from "../profiel.server";
import type { ProfielActieData } from "../formulieren.server";
import { Actiemelding } from "./actie";
import { Afspraken } from "./afspraken";
import { Notities } from "./notities";
import { ProfielFeiten } from "./profiel-feiten";

export function ProfielInhoud({ d, actie, leidinggevende }: { d: ProfielPaginaData; actie: ProfielActieData | undefined; leidinggevende: boolean }) {
  return (
    <>
      <Actiemelding actie={actie} />
      <ProfielFeiten d={d} />
      <Afspraken d={d} actie={actie} leidinggevende={leidinggevende} />
      <Notities d={d} actie={actie} leidinggevende={leidinggevende} />
    </>
  );
}
