import { replicatieStatus } from "./supervisor.server";
import { schijfVol, vrijeBytes } from "../opslag/schijf.mjs";

/** The data of /beheer/replicatie. */
export function replicatiePagina() {
  const vrij = vrijeBytes();
  return {
    status: replicatieStatus(),
    schijf: { vrijMb: Number.isFinite(vrij) ? Math.round(vrij / 1048576) : null, vol: schijfVol() },
  };
}
