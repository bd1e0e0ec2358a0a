// Child process for the crash test: delivers the citizen messages in AFSPRAAK_DB at business time CRASH_NU over the
// real channel (CRASH_KANAAL = email → SMTP at CRASH_SMTP_URL, sms → the gateway at CRASH_SMS_URL) and dies with
// SIGKILL right after the channel accepted the message — between "sent" and "recorded".
import nodemailer from "nodemailer";
import { openDatabase, setDatabase } from "../../../db/client";
import { setNow } from "../../../app/platform/clock";
import "../../../app/features/berichten/registratie.server";
import { bezorgBurgerberichten, emailKanaal, type BurgerKanaal } from "../../../app/platform/engine/burgerberichten.server";
import { httpSmsKanaal } from "../../../app/features/berichten/sms.server";

setDatabase(openDatabase(process.env.AFSPRAAK_DB!, { migrate: false }));
setNow(Number(process.env.CRASH_NU));
const echt: BurgerKanaal =
  process.env.CRASH_KANAAL === "sms"
    ? httpSmsKanaal({ url: process.env.CRASH_SMS_URL!, token: process.env.CRASH_SMS_TOKEN! })
    : emailKanaal(nodemailer.createTransport(process.env.CRASH_SMTP_URL!))!;
const sterf: BurgerKanaal = {
  ontdubbelt: echt.ontdubbelt,
  async verstuur(b) {
    const r = await echt.verstuur(b);
    process.stdout.write("verzonden\n");
    process.kill(process.pid, "SIGKILL");
    return r;
  },
};
await bezorgBurgerberichten({ kanalen: { [process.env.CRASH_KANAAL === "sms" ? "sms" : "email"]: sterf } });
process.stdout.write("niet gestorven\n");
