/**
 * The demo municipality's beheerders and regieteam members have two-step verification set up already, with one
 * PUBLISHED secret (README, "Demo logins"), so the demo shows the production default (MFA required for beheerder
 * and regieteam) and still starts with one command. Add it to any authenticator app, or print the current code
 * with `npm run --silent afspraak -- demo-code`. For real use start without demo data (AFSPRAAK_SEED=0).
 */
export const DEMO_TOTP_GEHEIM = "AFSPRAAKDEMOVOORBEELDGEMEENTE234";
