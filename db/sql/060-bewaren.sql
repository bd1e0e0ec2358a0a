-- Retention (app/features/bewaren): the monthly list looks for closed commitments per kind by closing moment.
CREATE INDEX IF NOT EXISTS afspraken_bewaren ON afspraken (soort, gesloten_op) WHERE open = 0;
-- Satisfaction answers with a free-text remark, by answer moment (the remark has its own term).
CREATE INDEX IF NOT EXISTS kto_bewaren ON kto_uitnodigingen (beantwoord_op) WHERE opmerking IS NOT NULL;
