/**
 * The in-app inbox page (/inbox): my messages with their moments in plain Dutch, and marking one or all of
 * them as read (audited). The messages themselves live in app/platform/engine/inbox.server.ts.
 */
import { z } from "zod";
import { audit } from "../../platform/audit/audit.server";
import type { AppUser } from "../../platform/auth/permissions.server";
import { berichtenVan, markeerGelezen } from "../../platform/engine/inbox.server";
import { valideer, type Invoer } from "../../platform/web/formulier.server";
import { formatDatumTijd } from "../../domain/kalender/format";

/** My messages (unread first); `klaar` = what the last mark-as-read did ("?gemarkeerd=1|alle"). */
export function inboxPagina(user: AppUser, url: URL) {
  const berichten = berichtenVan(user.id).map((b) => ({
    id: b.id,
    titel: b.titel,
    tekst: b.tekst,
    link: b.link,
    urgent: b.urgent,
    ontvangen: formatDatumTijd(b.aangemaaktOp),
    gelezen: b.gelezenOp === null ? null : formatDatumTijd(b.gelezenOp),
    ontvangenOp: b.aangemaaktOp,
    gelezenOp: b.gelezenOp,
  }));
  const klaar = url.searchParams.get("gemarkeerd");
  return { berichten, klaar: klaar === "alle" ? ("alle" as const) : klaar === "1" ? ("een" as const) : null };
}

export type InboxBericht = ReturnType<typeof inboxPagina>["berichten"][number];

const Schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("gelezen"), id: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("alle") }),
]);

/** Where to go after marking, or the reason (a key of the "engine" texts inbox.<fout>) with its status. */
export type MarkeerUitkomst = { ok: true; naar: string } | { ok: false; fout: "ongeldig" | "nietGevonden"; status: 400 | 404 };

/** Marks one message (intent "gelezen" with `id`) or all of them (intent "alle") as read. */
export function markeerBerichten(user: AppUser, invoer: Invoer, oorsprong: string | null): MarkeerUitkomst {
  const v = valideer(Schema, invoer);
  if (!v.ok) return { ok: false, fout: "ongeldig", status: 400 };
  const alle = v.data.intent === "alle";
  const n = markeerGelezen(user.id, v.data.intent === "alle" ? "alle" : v.data.id);
  audit({
    actor: { id: user.id, naam: user.naam },
    actie: "bericht.gelezen",
    objectType: "bericht",
    objectId: v.data.intent === "alle" ? "alle" : v.data.id,
    resultaat: "ok",
    oorsprong,
    details: { aantal: n },
  });
  if (!alle && n === 0) return { ok: false, fout: "nietGevonden", status: 404 };
  return { ok: true, naar: `/inbox?gemarkeerd=${alle ? "alle" : "1"}` };
}
