/**
 * The summary above a form that was refused: how many field messages there are to fix (the messages
 * themselves stand at the fields). Nothing when there are none.
 */
import { Melding } from "./ui";

export function FoutSamenvatting({ fouten, titel }: { fouten: Record<string, unknown>; titel: string }) {
  const aantal = Object.keys(fouten).length;
  if (!aantal) return null;
  return (
    <Melding soort="fout" titel={titel}>
      <p className="utrecht-paragraph">Verbeter de {aantal === 1 ? "melding" : `${aantal} meldingen`} bij de velden hieronder.</p>
    </Melding>
  );
}
