/** The texts of the leerlogboek pages (client-safe: no server code). */

/** The notice after a change on a lesson's page (`?gedaan=`). */
export const GEDAAN: Record<string, string> = {
  bewerkt: "De les is bijgewerkt.",
  gekoppeld: "De koppeling is toegevoegd.",
  ontkoppeld: "De koppeling is verwijderd.",
};
