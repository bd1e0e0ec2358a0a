import crypto from "node:crypto";
import { getDatabase } from "../../../db/client";
import { rollenVan, type SessieGebruiker } from "../../../app/platform/auth/sessies.server";

export function gebruiker(email: string): SessieGebruiker {
  const r = getDatabase().sqlite.prepare("SELECT id, naam, email FROM medewerkers WHERE email = ?").get(email) as
    | { id: string; naam: string; email: string }
    | undefined;
  if (!r) throw new Error(`onbekende demo-gebruiker ${email}`);
  return { ...r, rollen: rollenVan(r.id) };
}

export function teamId(naam: string): number {
  return (getDatabase().sqlite.prepare("SELECT id FROM teams WHERE naam = ?").get(naam) as { id: number }).id;
}

let teller = 0;

/**
 * Writes a projection row directly (the list queries read only the projection); for list/ordering tests that
 * need exact due moments. Workflow behaviour (reassign) is tested through the real engine instead.
 */
export function projectieRij(r: {
  eigenaarId?: string | null;
  teamId?: number | null;
  termijnOp?: number | null;
  termijnStatus?: "op_tijd" | "bijna" | "te_laat" | null;
  soort?: string;
  titel?: string;
  burgerId?: string | null;
  open?: boolean;
  aangemaaktDoor?: string | null;
  aangemaaktOp?: number;
  geslotenOp?: number | null;
  id?: string;
}): string {
  const id = r.id ?? `t-${String(++teller).padStart(5, "0")}-${crypto.randomUUID().slice(0, 8)}`;
  const op = r.aangemaaktOp ?? Date.now();
  getDatabase()
    .sqlite.prepare(
      `INSERT INTO afspraken (id, soort, status, open, titel, eigenaar_id, team_id, burger_id, kanaal, termijn_op, termijn_status,
         handvest_peil_op, versie, snapshot, aangemaakt_op, aangemaakt_door, gewijzigd_op, gesloten_op)
       VALUES (?, ?, 'beloofd', ?, ?, ?, ?, ?, 'telefoon', ?, ?, ?, 1, '{"value":"beloofd","context":{"vraag":"Testvraag"}}', ?, ?, ?, ?)`,
    )
    .run(
      id,
      r.soort ?? "terugbelafspraak",
      r.open === false ? 0 : 1,
      r.titel ?? `Afspraak ${id}`,
      r.eigenaarId ?? null,
      r.teamId ?? null,
      r.burgerId ?? null,
      r.termijnOp === undefined ? op + 86_400_000 : r.termijnOp,
      r.termijnStatus === undefined ? "op_tijd" : r.termijnStatus,
      op,
      op,
      r.aangemaaktDoor ?? null,
      op,
      r.geslotenOp ?? null,
    );
  return id;
}
