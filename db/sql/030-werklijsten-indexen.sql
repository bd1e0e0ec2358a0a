-- Indexes for the worklists (Mijn werk, Team, escalations) and the klantbeeld (app/features/werklijsten/werklijsten.server.ts,
-- app/features/klantbeeld/klantbeeld.server.ts). The afspraken/termijnen tables belong to the engine (db/schema/werk.ts); these
-- indexes are made for the list queries and are kept here so they can be dropped/changed together with them.
-- Partial on open = 1: closed commitments (the vast majority over time) do not bloat the list indexes.
-- The trailing id makes (termijn_op, id) a total order, so keyset pagination needs no sort step.

-- Mijn werk: WHERE eigenaar_id = ? AND open = 1 ORDER BY termijn_op, id; Team per employee counts.
CREATE INDEX IF NOT EXISTS afspraken_werk_eigenaar ON afspraken (eigenaar_id, termijn_op, id) WHERE open = 1;

-- Mijn werk's counts per status (mijnTellingen, optionally per soort): covering, so counting an employee's open work
-- reads index entries only, not each row (a few thousand open of one employee cost 4-18 ms through the table).
CREATE INDEX IF NOT EXISTS afspraken_werk_eigenaar_tellingen ON afspraken (eigenaar_id, soort, termijn_op, termijn_status) WHERE open = 1;

-- "Voor mijn team" and the team list: open work assigned to a team (with or without owner).
CREATE INDEX IF NOT EXISTS afspraken_werk_team ON afspraken (team_id, termijn_op, id) WHERE open = 1;

-- "Voor mijn team" on Mijn werk: the team's open work without an owner, by due moment. Without it the team list's
-- index is walked past every owned row of the team (most of them) until 26 unowned ones are found.
CREATE INDEX IF NOT EXISTS afspraken_werk_team_vrij ON afspraken (team_id, termijn_op, id) WHERE open = 1 AND eigenaar_id IS NULL;

-- Klantbeeld: every commitment of one citizen, newest first.
CREATE INDEX IF NOT EXISTS afspraken_burger_aangemaakt ON afspraken (burger_id, aangemaakt_op);

-- "Nog niet losgelaten" and the klantbeeld access rule (commitments I created that are still open).
CREATE INDEX IF NOT EXISTS afspraken_werk_aangemaakt_door ON afspraken (aangemaakt_door, soort, termijn_op) WHERE open = 1;

-- Medewerkers of a team, active or not (Team page, team scope sub-selects).
CREATE INDEX IF NOT EXISTS medewerkers_team_actief ON medewerkers (team_id, actief, naam);

-- The regieteam's escalations: running deadlines that escalated to the regieteam.
CREATE INDEX IF NOT EXISTS termijnen_regieteam ON termijnen (termijn_op, id) WHERE escalatie_regieteam_op IS NOT NULL AND status = 'lopend';
