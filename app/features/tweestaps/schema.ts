import { z } from "zod";

// Messages are dictionary keys (app/locales/*/tweestaps.ts), worded by valideer(…, taal): Dutch by default.

export const CodeSchema = z.object({
  code: z
    .string({ error: "tweestaps:fout.codeLeeg" })
    .trim()
    .min(1, "tweestaps:fout.codeLeeg")
    .max(40, "tweestaps:fout.codeMax"),
  terug: z.string().max(2000).optional(),
});

export const InstelSchema = z.object({
  code: z
    .string({ error: "tweestaps:fout.zesCijfers" })
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "tweestaps:fout.zesCijfers"),
  terug: z.string().max(2000).optional(),
});

export const SessieActieSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("uitloggen"), sessie: z.string().regex(/^[0-9a-f]{24}$/, "tweestaps:fout.onbekendeSessie") }),
  z.object({ intent: z.literal("elders") }),
  z.object({ intent: z.literal("herstelcodes") }),
  z.object({ intent: z.literal("uitzetten") }),
]);

const minuten = z.coerce
  .number({ error: "tweestaps:fout.minutenLeeg" })
  .int("tweestaps:fout.minutenHeel")
  .min(5, "tweestaps:fout.minutenMin")
  .max(480, "tweestaps:fout.minutenMax");
const uren = z.coerce
  .number({ error: "tweestaps:fout.urenLeeg" })
  .int("tweestaps:fout.urenHeel")
  .min(1, "tweestaps:fout.urenMin")
  .max(24, "tweestaps:fout.urenMax");

export const BeleidSchema = z.object({
  inactiefMinuten: minuten,
  maxUren: uren,
});

export const BeheerMedewerkerSchema = z.object({
  intent: z.enum(["sessies", "tweestaps"], { error: "tweestaps:fout.onbekendeActie" }),
});
