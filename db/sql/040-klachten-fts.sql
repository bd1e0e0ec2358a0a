-- Full-text search over complaint text and notes (FTS5). Idempotent: applied at every start.
CREATE VIRTUAL TABLE IF NOT EXISTS klachten_fts USING fts5(
  klacht_id UNINDEXED,
  bron UNINDEXED,
  tekst,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS klachten_fts_ai AFTER INSERT ON klachten BEGIN
  INSERT INTO klachten_fts (klacht_id, bron, tekst)
  VALUES (new.id, 'klacht', new.nummer || ' ' || new.klager_naam || ' ' || ifnull(new.klager_organisatie, '') || ' ' || new.omschrijving);
END;

CREATE TRIGGER IF NOT EXISTS klachten_fts_au AFTER UPDATE OF omschrijving, klager_naam, bevindingen, maatregelen ON klachten BEGIN
  DELETE FROM klachten_fts WHERE klacht_id = old.id AND bron = 'klacht';
  INSERT INTO klachten_fts (klacht_id, bron, tekst)
  VALUES (new.id, 'klacht', new.nummer || ' ' || new.klager_naam || ' ' || ifnull(new.klager_organisatie, '') || ' ' || new.omschrijving
    || ' ' || ifnull(new.bevindingen, '') || ' ' || ifnull(new.maatregelen, ''));
END;

CREATE TRIGGER IF NOT EXISTS klachten_fts_ad AFTER DELETE ON klachten BEGIN
  DELETE FROM klachten_fts WHERE klacht_id = old.id;
END;

CREATE TRIGGER IF NOT EXISTS klacht_notities_fts_ai AFTER INSERT ON klacht_notities BEGIN
  INSERT INTO klachten_fts (klacht_id, bron, tekst) VALUES (new.klacht_id, 'notitie', new.tekst);
END;

-- Letters sent are part of the dossier: their exact text may never change.
CREATE TRIGGER IF NOT EXISTS klacht_brieven_geen_update BEFORE UPDATE ON klacht_brieven BEGIN
  SELECT RAISE(ABORT, 'klacht_brieven is append-only');
END;
