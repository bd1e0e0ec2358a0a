import { Keuzelijst } from "../../../platform/ui/ui";
import { KANAAL_TEKST, KLACHT_KANALEN } from "../recht";

/** The channel a complaint, compliment or suggestion came in by (field `kanaal`). */
export function KanaalKeuze({ defaultValue, fout }: { defaultValue: string; fout: string[] | undefined }) {
  return (
    <Keuzelijst
      id="kanaal"
      label="Kanaal"
      defaultValue={defaultValue}
      fout={fout}
      opties={[{ value: "", label: "Kies een kanaal" }, ...KLACHT_KANALEN.map((k) => ({ value: k, label: KANAAL_TEKST[k] }))]}
    />
  );
}
