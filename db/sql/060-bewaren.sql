-- Retention (app/features/bewaren): the monthly list looks for closed commitments per kind by closing moment.
CREATE INDEX IF NOT EXISTS afspraken_bewaren ON afspraken (soort, gesloten_op) WHERE open = 0;
-- Satisfaction answers with a free-text remark, by answer moment (the remark has its own term).
CREATE INDEX IF NOT EXISTS kto_bewaren ON kto_uitnodigingen (beantwoord_op) WHERE opmerking IS NOT NULL;
-- Destroying a commitment deletes its rows in these tables by afspraak_id (without an index: a scan per record).
CREATE INDEX IF NOT EXISTS outbox_afspraak ON outbox (afspraak_id) WHERE afspraak_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS berichten_afspraak ON berichten (afspraak_id) WHERE afspraak_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS openklant_taken_afspraak ON openklant_taken (afspraak_id);
-- Whether a citizen still has a complaint after a destruction (klantbeeld reads it the same way).
CREATE INDEX IF NOT EXISTS klachten_burger ON klachten (burger_id) WHERE burger_id IS NOT NULL;
