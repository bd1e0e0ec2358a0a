/** The refusal above a norm form; on a conflict a warning with a link to the norm's versions. */
import { Link } from "@remix-run/react";
import { Melding } from "~/platform/ui/ui";

export function NormMelding({ melding, conflict = false, code }: { melding: string | null | undefined; conflict?: boolean; code?: string }) {
  if (!melding) return null;
  return (
    <Melding soort={conflict ? "waarschuwing" : "fout"} role="alert" titel={conflict ? "Gewijzigd door een ander" : undefined}>
      <p className="utrecht-paragraph">{melding}</p>
      {conflict ? (
        <p className="utrecht-paragraph">
          <Link to={`/beheer/handvest/${code}`} className="utrecht-link" target="_blank" rel="noreferrer">
            Bekijk de versies van {code} (opent in een nieuw venster)
          </Link>
        </p>
      ) : null}
    </Melding>
  );
}
