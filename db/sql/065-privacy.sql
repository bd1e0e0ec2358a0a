-- Privacy requests (issue 17): the inzage package finds compliments and suggestions by the citizen's contact
-- (e-mail or phone) and, for compliments that only carry a name, by name (app/features/privacy/pakket.server.ts).
CREATE INDEX IF NOT EXISTS feedback_van_contact_lower ON feedback (lower(van_contact));
CREATE INDEX IF NOT EXISTS feedback_van_naam_lower ON feedback (lower(trim(van_naam)));
