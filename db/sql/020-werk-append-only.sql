-- The event log of commitments is append-only: history is never rewritten (docs/decisions/004-workflow-engine.md).
CREATE TRIGGER IF NOT EXISTS afspraak_gebeurtenissen_geen_update
BEFORE UPDATE ON afspraak_gebeurtenissen
BEGIN
  SELECT RAISE(ABORT, 'afspraak_gebeurtenissen is append-only: wijzigen is niet toegestaan');
END;

-- One exception: an approved destruction after the retention term (app/features/bewaren) removes the log of the
-- commitments it released in vernietiging_vrijgave, in the same transaction (AVG art. 5(1)(e)).
DROP TRIGGER IF EXISTS afspraak_gebeurtenissen_geen_delete;
CREATE TRIGGER afspraak_gebeurtenissen_geen_delete
BEFORE DELETE ON afspraak_gebeurtenissen
WHEN NOT EXISTS (SELECT 1 FROM vernietiging_vrijgave v WHERE v.afspraak_id = OLD.afspraak_id)
BEGIN
  SELECT RAISE(ABORT, 'afspraak_gebeurtenissen is append-only: verwijderen is niet toegestaan');
END;
