-- The audit log is append-only (BIO 8.15.05: tampering is an incident).
CREATE TRIGGER IF NOT EXISTS audit_log_geen_update
BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: wijzigen is niet toegestaan');
END;

CREATE TRIGGER IF NOT EXISTS audit_log_geen_delete
BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: verwijderen is niet toegestaan');
END;
