/**
 * /beheer/onderwerpen: the beheerder maintains the topics a citizen can choose on /inwoner/terugbelverzoek and
 * the team whose queue gets each request. A topic's code is its stable key (it is stored on requests and in
 * links), so it is chosen once and never changed; name, English name, team, order and active can be edited.
 * Edits check an optimistic version (a hash of the row as it was shown), so two beheerders editing the same
 * topic cannot overwrite each other unseen. Every change is audited with before and after.
 */
import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { getDatabase } from "../../../db/client";
import { audit, origin } from "../../platform/audit/audit.server";
import { valideer, type Fouten, type Invoer } from "../../platform/web/formulier.server";
import { onderwerpen } from "./onderwerpen.server";

type Actor = { id: string; naam: string };

export interface BeheerOnderwerp {
  code: string;
  naam: string;
  naamEn: string | null;
  teamId: number;
  teamNaam: string | null;
  teamActief: boolean;
  volgorde: number;
  actief: boolean;
  versie: string;
}

interface Rij {
  code: string;
  naam: string;
  naam_en: string | null;
  team_id: number;
  volgorde: number;
  actief: number;
}

const VERSIE_MELDING =
  "Iemand anders heeft dit onderwerp intussen gewijzigd. De actuele gegevens staan in de tabel; uw invoer staat nog in het formulier. Controleer alles en sla opnieuw op als uw wijziging nog klopt.";

function versieVan(r: Rij): string {
  return crypto.createHash("sha256").update(JSON.stringify([r.code, r.naam, r.naam_en, r.team_id, r.volgorde, r.actief])).digest("base64url").slice(0, 16);
}

function rijen(): Rij[] {
  onderwerpen(); // fills in the default topics once, as the public form would
  return getDatabase().sqlite.prepare("SELECT code, naam, naam_en, team_id, volgorde, actief FROM inwoner_onderwerpen ORDER BY volgorde, naam").all() as Rij[];
}

function rij(code: string): Rij | undefined {
  return getDatabase().sqlite.prepare("SELECT code, naam, naam_en, team_id, volgorde, actief FROM inwoner_onderwerpen WHERE code = ?").get(code) as Rij | undefined;
}

function teams(): { id: number; naam: string; actief: boolean }[] {
  return (getDatabase().sqlite.prepare("SELECT id, naam, actief FROM teams ORDER BY naam").all() as { id: number; naam: string; actief: number }[]).map((t) => ({
    ...t,
    actief: t.actief === 1,
  }));
}

export function onderwerpenPagina(url: URL) {
  const alleTeams = teams();
  const teamVan = new Map(alleTeams.map((t) => [t.id, t]));
  const lijst: BeheerOnderwerp[] = rijen().map((r) => ({
    code: r.code,
    naam: r.naam,
    naamEn: r.naam_en,
    teamId: r.team_id,
    teamNaam: teamVan.get(r.team_id)?.naam ?? null,
    teamActief: teamVan.get(r.team_id)?.actief ?? false,
    volgorde: r.volgorde,
    actief: r.actief === 1,
    versie: versieVan(r),
  }));
  const bewerk = url.searchParams.get("bewerk");
  return {
    onderwerpen: lijst,
    teams: alleTeams.filter((t) => t.actief).map((t) => ({ id: t.id, naam: t.naam })),
    bewerk: bewerk && lijst.some((o) => o.code === bewerk) ? bewerk : null,
    opgeslagen: url.searchParams.get("opgeslagen"),
  };
}

const tekst = (max: number, leeg: string, te: string) => z.string().trim().min(1, leeg).max(max, te);

const VeldenSchema = z.object({
  naam: tekst(120, "Vul de naam in zoals de inwoner die ziet.", "De naam is te lang (maximaal 120 tekens)."),
  naamEn: z.string().trim().max(120, "De Engelse naam is te lang (maximaal 120 tekens).").default(""),
  teamId: z.coerce.number({ error: "Kies het team dat de verzoeken krijgt." }).int().positive("Kies het team dat de verzoeken krijgt."),
  volgorde: z.coerce
    .number({ error: "Vul een volgnummer in (0 tot 999)." })
    .int("Vul een heel getal in (0 tot 999).")
    .min(0, "Vul een volgnummer in van 0 tot 999.")
    .max(999, "Vul een volgnummer in van 0 tot 999."),
  actief: z.enum(["ja", "nee"], { error: "Kies of het onderwerp te kiezen is." }),
});

export const NieuwOnderwerpSchema = VeldenSchema.extend({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "Een code is 2 tot 40 kleine letters, cijfers of streepjes, bijvoorbeeld 'parkeren'. Hij verandert daarna niet meer."),
});

export const WijzigOnderwerpSchema = VeldenSchema.extend({
  code: z.string().max(40),
  versie: z.string().max(64).default(""),
});

type Antwoord = { status: 400 | 404 | 409; antwoord: { fouten: Fouten; melding: string | null; invoer: Invoer; code: string | null } };

function controleerTeam(teamId: number): Fouten {
  const t = getDatabase().sqlite.prepare("SELECT actief FROM teams WHERE id = ?").get(teamId) as { actief: number } | undefined;
  if (!t) return { teamId: ["Dit team bestaat niet. Kies een team uit de lijst."] };
  if (t.actief !== 1) return { teamId: ["Dit team is gedeactiveerd. Kies een actief team, anders blijft het verzoek liggen."] };
  return {};
}

function laatsteActieve(code: string): boolean {
  const n = getDatabase().sqlite.prepare("SELECT count(*) AS n FROM inwoner_onderwerpen WHERE actief = 1 AND code <> ?").get(code) as { n: number };
  return n.n === 0;
}

/** Saves a posted topic form: `intent` "nieuw" creates, anything else edits the topic named by `code`. */
export function bewaarOnderwerp(user: Actor, invoer: Invoer, context: AppLoadContext): { naar: string } | Antwoord {
  onderwerpen(); // the default topics first, so a new one is added to them rather than replacing them
  const { sqlite } = getDatabase();
  const nieuw = invoer.intent === "nieuw";
  const weiger = (status: 400 | 404 | 409, fouten: Fouten, melding: string | null = null): Antwoord => ({
    status,
    antwoord: { fouten, melding, invoer, code: nieuw ? null : (invoer.code ?? null) },
  });
  if (nieuw) {
    const v = valideer(NieuwOnderwerpSchema, invoer);
    if (!v.ok) return weiger(400, v.fouten);
    const d = v.data;
    return sqlite.transaction(() => {
      const f = controleerTeam(d.teamId);
      if (rij(d.code)) f.code = ["Deze code is al in gebruik. Kies een andere."];
      if (Object.keys(f).length) return weiger(400, f);
      sqlite
        .prepare("INSERT INTO inwoner_onderwerpen (code, naam, naam_en, team_id, volgorde, actief) VALUES (?, ?, ?, ?, ?, ?)")
        .run(d.code, d.naam, d.naamEn || null, d.teamId, d.volgorde, d.actief === "ja" ? 1 : 0);
      audit({ actor: user, actie: "inwoner.onderwerp.aangemaakt", objectType: "inwoner_onderwerp", objectId: d.code, resultaat: "ok", oorsprong: origin(context), details: { na: d } });
      return { naar: `/beheer/onderwerpen?opgeslagen=${encodeURIComponent(d.code)}` };
    })();
  }
  const v = valideer(WijzigOnderwerpSchema, invoer);
  if (!v.ok) return weiger(400, v.fouten);
  const d = v.data;
  return sqlite.transaction(() => {
    const voor = rij(d.code);
    if (!voor) return weiger(404, {}, "Dit onderwerp bestaat niet (meer).");
    if (versieVan(voor) !== d.versie) {
      audit({ actor: user, actie: "inwoner.onderwerp.gewijzigd", objectType: "inwoner_onderwerp", objectId: d.code, resultaat: "geweigerd", oorsprong: origin(context), details: { reden: "verouderde versie" } });
      return weiger(409, {}, VERSIE_MELDING);
    }
    const f = voor.team_id === d.teamId && voor.actief === 0 ? {} : controleerTeam(d.teamId);
    if (d.actief === "nee" && voor.actief === 1 && laatsteActieve(d.code))
      f.actief = ["Dit is het laatste actieve onderwerp. Zonder onderwerp kan een inwoner geen terugbelverzoek doen; activeer eerst een ander."];
    if (Object.keys(f).length) return weiger(400, f);
    sqlite
      .prepare("UPDATE inwoner_onderwerpen SET naam = ?, naam_en = ?, team_id = ?, volgorde = ?, actief = ? WHERE code = ?")
      .run(d.naam, d.naamEn || null, d.teamId, d.volgorde, d.actief === "ja" ? 1 : 0, d.code);
    audit({
      actor: user,
      actie: "inwoner.onderwerp.gewijzigd",
      objectType: "inwoner_onderwerp",
      objectId: d.code,
      resultaat: "ok",
      oorsprong: origin(context),
      details: { voor: { naam: voor.naam, naamEn: voor.naam_en, teamId: voor.team_id, volgorde: voor.volgorde, actief: voor.actief === 1 }, na: { ...d, versie: undefined } },
    });
    return { naar: `/beheer/onderwerpen?opgeslagen=${encodeURIComponent(d.code)}` };
  })();
}
