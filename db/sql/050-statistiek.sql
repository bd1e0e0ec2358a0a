-- Incremental rollups for the regieteam dashboards and the annual report (issue 6, docs/decisions/006).
-- Generated shape, kept by hand: every trigger adds a row's contribution with sign +1 and removes the old one with
-- sign -1, in the same transaction as the write that caused it. Dropped and recreated at every boot so that a
-- changed definition takes effect; app/features/statistiek/herbouw.server.ts drops them for bulk loads and rebuilds.
-- maand_nl, dagen_nl and duur_bucket are registered on every connection (db/functies.ts).
-- Deadlines count for the team and department recorded on the deadline row when it was met (termijnen.team_id /
-- afdeling_id), falling back to the commitment's current ones for rows from before those columns.
-- No DELETE triggers on klachten/termijnen/feedback: destroying a dossier after its retention term keeps the
-- anonymous counts (statistics hold no personal data).

DROP TRIGGER IF EXISTS stat_klachten_ins;
CREATE TRIGGER stat_klachten_ins AFTER INSERT ON klachten
BEGIN
  INSERT INTO stat_klachten (maand, afdeling_id, team_id, kanaal, oordeel, afloop, aantal, schriftelijk, afgerond, binnen_termijn, doorloop_dagen, verdaagd, uitgesteld, ombudsman, met_les, les_overgeslagen)
  VALUES (maand_nl(NEW.ontvangen_op), coalesce(NEW.afdeling_id, 0), coalesce(NEW.team_id, 0), NEW.kanaal, coalesce(NEW.oordeel, ''),
    CASE WHEN NEW.status = 'ingetrokken' THEN 'ingetrokken' WHEN NEW.grond_9_8 IS NOT NULL THEN 'niet_in_behandeling' WHEN NEW.informeel_op IS NOT NULL THEN 'informeel'
         WHEN NEW.conclusie_op IS NOT NULL THEN 'afgehandeld' ELSE 'open' END,
    1, (1) * (NEW.schriftelijk), (1) * (NEW.afgesloten_op IS NOT NULL), (1) * (coalesce(NEW.afgerond_binnen_termijn, 0)),
    (1) * (coalesce(dagen_nl(NEW.ontvangen_op, NEW.afgesloten_op), 0)), (1) * (NEW.verdaagd_op IS NOT NULL),
    (1) * (coalesce(json_array_length(NEW.uitstel), 0) > 0), (1) * (NEW.ombudsman_ingeschakeld_op IS NOT NULL),
    (1) * (NEW.les IS NOT NULL OR NEW.leerlogboek_aantal > 0),
    (1) * (NEW.les_overgeslagen IS NOT NULL AND NEW.les IS NULL AND NEW.leerlogboek_aantal = 0))
  ON CONFLICT (maand, afdeling_id, team_id, kanaal, oordeel, afloop) DO UPDATE SET
    aantal = aantal + excluded.aantal, schriftelijk = schriftelijk + excluded.schriftelijk, afgerond = afgerond + excluded.afgerond,
    binnen_termijn = binnen_termijn + excluded.binnen_termijn, doorloop_dagen = doorloop_dagen + excluded.doorloop_dagen,
    verdaagd = verdaagd + excluded.verdaagd, uitgesteld = uitgesteld + excluded.uitgesteld, ombudsman = ombudsman + excluded.ombudsman,
    met_les = met_les + excluded.met_les, les_overgeslagen = les_overgeslagen + excluded.les_overgeslagen;
  INSERT INTO stat_klacht_doorlooptijd (maand, afdeling_id, dagen, aantal)
  SELECT maand_nl(NEW.ontvangen_op), coalesce(NEW.afdeling_id, 0), dagen_nl(NEW.ontvangen_op, NEW.afgesloten_op), 1
  WHERE NEW.afgesloten_op IS NOT NULL
  ON CONFLICT (maand, afdeling_id, dagen) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

DROP TRIGGER IF EXISTS stat_klachten_upd;
CREATE TRIGGER stat_klachten_upd AFTER UPDATE ON klachten
WHEN (OLD.status = 'ingetrokken') IS NOT (NEW.status = 'ingetrokken') OR OLD.ontvangen_op IS NOT NEW.ontvangen_op OR OLD.afdeling_id IS NOT NEW.afdeling_id OR OLD.team_id IS NOT NEW.team_id OR OLD.kanaal IS NOT NEW.kanaal OR OLD.oordeel IS NOT NEW.oordeel OR OLD.grond_9_8 IS NOT NEW.grond_9_8 OR OLD.informeel_op IS NOT NEW.informeel_op OR OLD.conclusie_op IS NOT NEW.conclusie_op OR OLD.schriftelijk IS NOT NEW.schriftelijk OR OLD.afgesloten_op IS NOT NEW.afgesloten_op OR OLD.afgerond_binnen_termijn IS NOT NEW.afgerond_binnen_termijn OR OLD.verdaagd_op IS NOT NEW.verdaagd_op OR OLD.uitstel IS NOT NEW.uitstel OR OLD.ombudsman_ingeschakeld_op IS NOT NEW.ombudsman_ingeschakeld_op OR OLD.les IS NOT NEW.les OR OLD.les_overgeslagen IS NOT NEW.les_overgeslagen OR OLD.leerlogboek_aantal IS NOT NEW.leerlogboek_aantal
BEGIN
  INSERT INTO stat_klachten (maand, afdeling_id, team_id, kanaal, oordeel, afloop, aantal, schriftelijk, afgerond, binnen_termijn, doorloop_dagen, verdaagd, uitgesteld, ombudsman, met_les, les_overgeslagen)
  VALUES (maand_nl(OLD.ontvangen_op), coalesce(OLD.afdeling_id, 0), coalesce(OLD.team_id, 0), OLD.kanaal, coalesce(OLD.oordeel, ''),
    CASE WHEN OLD.status = 'ingetrokken' THEN 'ingetrokken' WHEN OLD.grond_9_8 IS NOT NULL THEN 'niet_in_behandeling' WHEN OLD.informeel_op IS NOT NULL THEN 'informeel'
         WHEN OLD.conclusie_op IS NOT NULL THEN 'afgehandeld' ELSE 'open' END,
    -1, (-1) * (OLD.schriftelijk), (-1) * (OLD.afgesloten_op IS NOT NULL), (-1) * (coalesce(OLD.afgerond_binnen_termijn, 0)),
    (-1) * (coalesce(dagen_nl(OLD.ontvangen_op, OLD.afgesloten_op), 0)), (-1) * (OLD.verdaagd_op IS NOT NULL),
    (-1) * (coalesce(json_array_length(OLD.uitstel), 0) > 0), (-1) * (OLD.ombudsman_ingeschakeld_op IS NOT NULL),
    (-1) * (OLD.les IS NOT NULL OR OLD.leerlogboek_aantal > 0),
    (-1) * (OLD.les_overgeslagen IS NOT NULL AND OLD.les IS NULL AND OLD.leerlogboek_aantal = 0))
  ON CONFLICT (maand, afdeling_id, team_id, kanaal, oordeel, afloop) DO UPDATE SET
    aantal = aantal + excluded.aantal, schriftelijk = schriftelijk + excluded.schriftelijk, afgerond = afgerond + excluded.afgerond,
    binnen_termijn = binnen_termijn + excluded.binnen_termijn, doorloop_dagen = doorloop_dagen + excluded.doorloop_dagen,
    verdaagd = verdaagd + excluded.verdaagd, uitgesteld = uitgesteld + excluded.uitgesteld, ombudsman = ombudsman + excluded.ombudsman,
    met_les = met_les + excluded.met_les, les_overgeslagen = les_overgeslagen + excluded.les_overgeslagen;
  INSERT INTO stat_klachten (maand, afdeling_id, team_id, kanaal, oordeel, afloop, aantal, schriftelijk, afgerond, binnen_termijn, doorloop_dagen, verdaagd, uitgesteld, ombudsman, met_les, les_overgeslagen)
  VALUES (maand_nl(NEW.ontvangen_op), coalesce(NEW.afdeling_id, 0), coalesce(NEW.team_id, 0), NEW.kanaal, coalesce(NEW.oordeel, ''),
    CASE WHEN NEW.status = 'ingetrokken' THEN 'ingetrokken' WHEN NEW.grond_9_8 IS NOT NULL THEN 'niet_in_behandeling' WHEN NEW.informeel_op IS NOT NULL THEN 'informeel'
         WHEN NEW.conclusie_op IS NOT NULL THEN 'afgehandeld' ELSE 'open' END,
    1, (1) * (NEW.schriftelijk), (1) * (NEW.afgesloten_op IS NOT NULL), (1) * (coalesce(NEW.afgerond_binnen_termijn, 0)),
    (1) * (coalesce(dagen_nl(NEW.ontvangen_op, NEW.afgesloten_op), 0)), (1) * (NEW.verdaagd_op IS NOT NULL),
    (1) * (coalesce(json_array_length(NEW.uitstel), 0) > 0), (1) * (NEW.ombudsman_ingeschakeld_op IS NOT NULL),
    (1) * (NEW.les IS NOT NULL OR NEW.leerlogboek_aantal > 0),
    (1) * (NEW.les_overgeslagen IS NOT NULL AND NEW.les IS NULL AND NEW.leerlogboek_aantal = 0))
  ON CONFLICT (maand, afdeling_id, team_id, kanaal, oordeel, afloop) DO UPDATE SET
    aantal = aantal + excluded.aantal, schriftelijk = schriftelijk + excluded.schriftelijk, afgerond = afgerond + excluded.afgerond,
    binnen_termijn = binnen_termijn + excluded.binnen_termijn, doorloop_dagen = doorloop_dagen + excluded.doorloop_dagen,
    verdaagd = verdaagd + excluded.verdaagd, uitgesteld = uitgesteld + excluded.uitgesteld, ombudsman = ombudsman + excluded.ombudsman,
    met_les = met_les + excluded.met_les, les_overgeslagen = les_overgeslagen + excluded.les_overgeslagen;
END;

DROP TRIGGER IF EXISTS stat_klachten_doorloop_upd;
CREATE TRIGGER stat_klachten_doorloop_upd AFTER UPDATE ON klachten
WHEN OLD.ontvangen_op IS NOT NEW.ontvangen_op OR OLD.afdeling_id IS NOT NEW.afdeling_id OR OLD.afgesloten_op IS NOT NEW.afgesloten_op
BEGIN
  INSERT INTO stat_klacht_doorlooptijd (maand, afdeling_id, dagen, aantal)
  SELECT maand_nl(OLD.ontvangen_op), coalesce(OLD.afdeling_id, 0), dagen_nl(OLD.ontvangen_op, OLD.afgesloten_op), -1
  WHERE OLD.afgesloten_op IS NOT NULL
  ON CONFLICT (maand, afdeling_id, dagen) DO UPDATE SET aantal = aantal + excluded.aantal;
  INSERT INTO stat_klacht_doorlooptijd (maand, afdeling_id, dagen, aantal)
  SELECT maand_nl(NEW.ontvangen_op), coalesce(NEW.afdeling_id, 0), dagen_nl(NEW.ontvangen_op, NEW.afgesloten_op), 1
  WHERE NEW.afgesloten_op IS NOT NULL
  ON CONFLICT (maand, afdeling_id, dagen) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

DROP TRIGGER IF EXISTS stat_klachten_normen_dims_upd;
CREATE TRIGGER stat_klachten_normen_dims_upd AFTER UPDATE ON klachten
WHEN OLD.ontvangen_op IS NOT NEW.ontvangen_op OR OLD.afdeling_id IS NOT NEW.afdeling_id OR OLD.team_id IS NOT NEW.team_id
BEGIN
  INSERT INTO stat_klacht_normen (maand, afdeling_id, team_id, norm, aantal)
  SELECT maand_nl(OLD.ontvangen_op), coalesce(OLD.afdeling_id, 0), coalesce(OLD.team_id, 0), n.norm, -1
  FROM klacht_normen n WHERE n.klacht_id = OLD.id
  ON CONFLICT (maand, afdeling_id, team_id, norm) DO UPDATE SET aantal = aantal + excluded.aantal;
  INSERT INTO stat_klacht_normen (maand, afdeling_id, team_id, norm, aantal)
  SELECT maand_nl(NEW.ontvangen_op), coalesce(NEW.afdeling_id, 0), coalesce(NEW.team_id, 0), n.norm, 1
  FROM klacht_normen n WHERE n.klacht_id = NEW.id
  ON CONFLICT (maand, afdeling_id, team_id, norm) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

DROP TRIGGER IF EXISTS stat_klacht_normen_ins;
CREATE TRIGGER stat_klacht_normen_ins AFTER INSERT ON klacht_normen
BEGIN
  INSERT INTO stat_klacht_normen (maand, afdeling_id, team_id, norm, aantal)
  SELECT maand_nl(k.ontvangen_op), coalesce(k.afdeling_id, 0), coalesce(k.team_id, 0), NEW.norm, 1
  FROM klachten k WHERE k.id = NEW.klacht_id
  ON CONFLICT (maand, afdeling_id, team_id, norm) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

DROP TRIGGER IF EXISTS stat_klacht_normen_del;
CREATE TRIGGER stat_klacht_normen_del AFTER DELETE ON klacht_normen
BEGIN
  INSERT INTO stat_klacht_normen (maand, afdeling_id, team_id, norm, aantal)
  SELECT maand_nl(k.ontvangen_op), coalesce(k.afdeling_id, 0), coalesce(k.team_id, 0), OLD.norm, -1
  FROM klachten k WHERE k.id = OLD.klacht_id
  ON CONFLICT (maand, afdeling_id, team_id, norm) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

DROP TRIGGER IF EXISTS stat_termijnen_ins;
CREATE TRIGGER stat_termijnen_ins AFTER INSERT ON termijnen
WHEN NEW.status = 'gehaald'
BEGIN
  INSERT INTO stat_termijnen (maand, norm_id, afdeling_id, team_id, aantal, op_tijd, duur_minuten)
  SELECT maand_nl(NEW.gehaald_op), v.norm_id, coalesce(NEW.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0), coalesce(NEW.team_id, a.team_id, 0), 1,
         (1) * coalesce(NEW.op_tijd, 0), (1) * max(0, (NEW.gehaald_op - NEW.start_op) / 60000)
  FROM norm_versies v LEFT JOIN afspraken a ON a.id = NEW.afspraak_id
  WHERE v.id = NEW.norm_versie_id AND NEW.status = 'gehaald' AND NEW.gehaald_op IS NOT NULL
  ON CONFLICT (maand, norm_id, afdeling_id, team_id) DO UPDATE SET
    aantal = aantal + excluded.aantal, op_tijd = op_tijd + excluded.op_tijd, duur_minuten = duur_minuten + excluded.duur_minuten;
  INSERT INTO stat_termijn_duur (maand, norm_id, afdeling_id, team_id, bucket, aantal)
  SELECT maand_nl(NEW.gehaald_op), v.norm_id, coalesce(NEW.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0), coalesce(NEW.team_id, a.team_id, 0),
         duur_bucket(max(0, (NEW.gehaald_op - NEW.start_op) / 60000)), 1
  FROM norm_versies v LEFT JOIN afspraken a ON a.id = NEW.afspraak_id
  WHERE v.id = NEW.norm_versie_id AND NEW.status = 'gehaald' AND NEW.gehaald_op IS NOT NULL
  ON CONFLICT (maand, norm_id, afdeling_id, team_id, bucket) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

DROP TRIGGER IF EXISTS stat_termijnen_upd;
CREATE TRIGGER stat_termijnen_upd AFTER UPDATE ON termijnen
WHEN (OLD.status = 'gehaald' OR NEW.status = 'gehaald') AND (OLD.status IS NOT NEW.status OR OLD.gehaald_op IS NOT NEW.gehaald_op OR OLD.op_tijd IS NOT NEW.op_tijd OR OLD.start_op IS NOT NEW.start_op OR OLD.norm_versie_id IS NOT NEW.norm_versie_id)
BEGIN
  INSERT INTO stat_termijnen (maand, norm_id, afdeling_id, team_id, aantal, op_tijd, duur_minuten)
  SELECT maand_nl(OLD.gehaald_op), v.norm_id, coalesce(OLD.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0), coalesce(OLD.team_id, a.team_id, 0), -1,
         (-1) * coalesce(OLD.op_tijd, 0), (-1) * max(0, (OLD.gehaald_op - OLD.start_op) / 60000)
  FROM norm_versies v LEFT JOIN afspraken a ON a.id = OLD.afspraak_id
  WHERE v.id = OLD.norm_versie_id AND OLD.status = 'gehaald' AND OLD.gehaald_op IS NOT NULL
  ON CONFLICT (maand, norm_id, afdeling_id, team_id) DO UPDATE SET
    aantal = aantal + excluded.aantal, op_tijd = op_tijd + excluded.op_tijd, duur_minuten = duur_minuten + excluded.duur_minuten;
  INSERT INTO stat_termijn_duur (maand, norm_id, afdeling_id, team_id, bucket, aantal)
  SELECT maand_nl(OLD.gehaald_op), v.norm_id, coalesce(OLD.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0), coalesce(OLD.team_id, a.team_id, 0),
         duur_bucket(max(0, (OLD.gehaald_op - OLD.start_op) / 60000)), -1
  FROM norm_versies v LEFT JOIN afspraken a ON a.id = OLD.afspraak_id
  WHERE v.id = OLD.norm_versie_id AND OLD.status = 'gehaald' AND OLD.gehaald_op IS NOT NULL
  ON CONFLICT (maand, norm_id, afdeling_id, team_id, bucket) DO UPDATE SET aantal = aantal + excluded.aantal;
  INSERT INTO stat_termijnen (maand, norm_id, afdeling_id, team_id, aantal, op_tijd, duur_minuten)
  SELECT maand_nl(NEW.gehaald_op), v.norm_id, coalesce(NEW.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0), coalesce(NEW.team_id, a.team_id, 0), 1,
         (1) * coalesce(NEW.op_tijd, 0), (1) * max(0, (NEW.gehaald_op - NEW.start_op) / 60000)
  FROM norm_versies v LEFT JOIN afspraken a ON a.id = NEW.afspraak_id
  WHERE v.id = NEW.norm_versie_id AND NEW.status = 'gehaald' AND NEW.gehaald_op IS NOT NULL
  ON CONFLICT (maand, norm_id, afdeling_id, team_id) DO UPDATE SET
    aantal = aantal + excluded.aantal, op_tijd = op_tijd + excluded.op_tijd, duur_minuten = duur_minuten + excluded.duur_minuten;
  INSERT INTO stat_termijn_duur (maand, norm_id, afdeling_id, team_id, bucket, aantal)
  SELECT maand_nl(NEW.gehaald_op), v.norm_id, coalesce(NEW.afdeling_id, a.afdeling_id, (SELECT tm.afdeling_id FROM teams tm WHERE tm.id = a.team_id), 0), coalesce(NEW.team_id, a.team_id, 0),
         duur_bucket(max(0, (NEW.gehaald_op - NEW.start_op) / 60000)), 1
  FROM norm_versies v LEFT JOIN afspraken a ON a.id = NEW.afspraak_id
  WHERE v.id = NEW.norm_versie_id AND NEW.status = 'gehaald' AND NEW.gehaald_op IS NOT NULL
  ON CONFLICT (maand, norm_id, afdeling_id, team_id, bucket) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

DROP TRIGGER IF EXISTS stat_feedback_ins;
CREATE TRIGGER stat_feedback_ins AFTER INSERT ON feedback
BEGIN
  INSERT INTO stat_feedback (maand, soort, afdeling_id, team_id, aantal)
  SELECT maand_nl(NEW.aangemaakt_op), NEW.soort,
         coalesce(NEW.afdeling_id, (SELECT t.afdeling_id FROM teams t WHERE t.id = coalesce(NEW.team_id, m.team_id)), 0),
         coalesce(NEW.team_id, m.team_id, 0), 1
  FROM (SELECT 1) LEFT JOIN medewerkers m ON m.id = NEW.medewerker_id
  WHERE true
  ON CONFLICT (maand, soort, afdeling_id, team_id) DO UPDATE SET aantal = aantal + excluded.aantal;
END;

-- The learning log keeps klachten.leerlogboek_aantal current, which in turn moves the complaint's met_les count.
DROP TRIGGER IF EXISTS stat_koppeling_ins;
CREATE TRIGGER stat_koppeling_ins AFTER INSERT ON leerlogboek_koppelingen WHEN NEW.soort = 'klacht'
BEGIN
  UPDATE klachten SET leerlogboek_aantal = leerlogboek_aantal + 1 WHERE id = NEW.ref;
END;

DROP TRIGGER IF EXISTS stat_koppeling_del;
CREATE TRIGGER stat_koppeling_del AFTER DELETE ON leerlogboek_koppelingen WHEN OLD.soort = 'klacht'
BEGIN
  UPDATE klachten SET leerlogboek_aantal = leerlogboek_aantal - 1 WHERE id = OLD.ref;
END;
