DROP INDEX `afspraken_soort_status`;--> statement-breakpoint
CREATE INDEX `afspraken_soort_status` ON `afspraken` (`soort`,`status`,`open`);