-- The event log of commitments is append-only: history is never rewritten (docs/decisions/004-workflow-engine.md).
CREATE TRIGGER IF NOT EXISTS afspraak_gebeurtenissen_geen_update
BEFORE UPDATE ON afspraak_gebeurtenissen
BEGIN
  SELECT RAISE(ABORT, 'afspraak_gebeurtenissen is append-only: wijzigen is niet toegestaan');
END;

CREATE TRIGGER IF NOT EXISTS afspraak_gebeurtenissen_geen_delete
BEFORE DELETE ON afspraak_gebeurtenissen
BEGIN
  SELECT RAISE(ABORT, 'afspraak_gebeurtenissen is append-only: verwijderen is niet toegestaan');
END;
