import { z } from "zod";

export const CodeSchema = z.object({
  code: z
    .string({ error: "Vul de code uit uw app of een herstelcode in." })
    .trim()
    .min(1, "Vul de code uit uw app of een herstelcode in.")
    .max(40, "Een code heeft hoogstens 40 tekens."),
  terug: z.string().max(2000).optional(),
});

export const InstelSchema = z.object({
  code: z
    .string({ error: "Vul de zes cijfers uit uw app in." })
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "Vul de zes cijfers uit uw app in."),
  terug: z.string().max(2000).optional(),
});

export const SessieActieSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("uitloggen"), sessie: z.string().regex(/^[0-9a-f]{24}$/, "Onbekende sessie.") }),
  z.object({ intent: z.literal("elders") }),
  z.object({ intent: z.literal("herstelcodes") }),
  z.object({ intent: z.literal("uitzetten") }),
]);

const minuten = z.coerce
  .number({ error: "Vul een aantal minuten in." })
  .int("Vul een heel aantal minuten in.")
  .min(5, "Minstens 5 minuten.")
  .max(480, "Hoogstens 480 minuten (8 uur).");
const uren = z.coerce
  .number({ error: "Vul een aantal uren in." })
  .int("Vul een heel aantal uren in.")
  .min(1, "Minstens 1 uur.")
  .max(24, "Hoogstens 24 uur.");

export const BeleidSchema = z.object({
  inactiefMinuten: minuten,
  maxUren: uren,
});

export const BeheerMedewerkerSchema = z.object({
  intent: z.enum(["sessies", "tweestaps"], { error: "Onbekende actie." }),
});
