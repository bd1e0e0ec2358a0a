-- Full-text search over complaint text and notes (FTS5). Idempotent: applied at every start.
CREATE VIRTUAL TABLE IF NOT EXISTS klachten_fts USING fts5(
  klacht_id UNINDEXED,
  bron UNINDEXED,
  tekst,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Where each complaint's own FTS row is, so that replacing it is a lookup by rowid instead of a scan of the whole
-- FTS table (klacht_id is UNINDEXED: deleting by it scanned ~100 ms per step at 200,000 complaints).
CREATE TABLE IF NOT EXISTS klachten_fts_rij (klacht_id TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL) WITHOUT ROWID;

-- Databases from before the map: record the rowids of the existing complaint rows once.
INSERT OR IGNORE INTO klachten_fts_rij (klacht_id, fts_rowid)
SELECT klacht_id, rowid FROM klachten_fts
WHERE bron = 'klacht' AND NOT EXISTS (SELECT 1 FROM klachten_fts_rij) AND EXISTS (SELECT 1 FROM klachten);

DROP TRIGGER IF EXISTS klachten_fts_ai;
CREATE TRIGGER klachten_fts_ai AFTER INSERT ON klachten BEGIN
  INSERT INTO klachten_fts (klacht_id, bron, tekst)
  VALUES (new.id, 'klacht', new.nummer || ' ' || new.klager_naam || ' ' || ifnull(new.klager_organisatie, '') || ' ' || new.omschrijving);
  INSERT OR REPLACE INTO klachten_fts_rij (klacht_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;

-- Only when a searchable text really changed (every step rewrites the dossier columns with the same values).
DROP TRIGGER IF EXISTS klachten_fts_au;
CREATE TRIGGER klachten_fts_au AFTER UPDATE OF omschrijving, klager_naam, bevindingen, maatregelen ON klachten
WHEN old.omschrijving IS NOT new.omschrijving OR old.klager_naam IS NOT new.klager_naam
  OR old.bevindingen IS NOT new.bevindingen OR old.maatregelen IS NOT new.maatregelen
BEGIN
  DELETE FROM klachten_fts WHERE rowid = (SELECT fts_rowid FROM klachten_fts_rij WHERE klacht_id = old.id);
  INSERT INTO klachten_fts (klacht_id, bron, tekst)
  VALUES (new.id, 'klacht', new.nummer || ' ' || new.klager_naam || ' ' || ifnull(new.klager_organisatie, '') || ' ' || new.omschrijving
    || ' ' || ifnull(new.bevindingen, '') || ' ' || ifnull(new.maatregelen, ''));
  INSERT OR REPLACE INTO klachten_fts_rij (klacht_id, fts_rowid) VALUES (new.id, last_insert_rowid());
END;

DROP TRIGGER IF EXISTS klachten_fts_ad;
CREATE TRIGGER klachten_fts_ad AFTER DELETE ON klachten BEGIN
  DELETE FROM klachten_fts WHERE klacht_id = old.id;
  DELETE FROM klachten_fts_rij WHERE klacht_id = old.id;
END;

CREATE TRIGGER IF NOT EXISTS klacht_notities_fts_ai AFTER INSERT ON klacht_notities BEGIN
  INSERT INTO klachten_fts (klacht_id, bron, tekst) VALUES (new.klacht_id, 'notitie', new.tekst);
END;

-- Letters sent are part of the dossier: their exact text may never change.
CREATE TRIGGER IF NOT EXISTS klacht_brieven_geen_update BEFORE UPDATE ON klacht_brieven BEGIN
  SELECT RAISE(ABORT, 'klacht_brieven is append-only');
END;
