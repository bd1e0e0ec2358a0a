DROP INDEX `afspraken_eigenaar_open_termijn`;--> statement-breakpoint
CREATE INDEX `afspraken_eigenaar_open_termijn` ON `afspraken` (`eigenaar_id`,`open`,`termijn_op`,`termijn_status`,`soort`);