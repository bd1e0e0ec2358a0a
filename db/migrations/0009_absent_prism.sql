DROP INDEX `burgers_telefoon`;--> statement-breakpoint
DROP INDEX `burgers_email`;--> statement-breakpoint
CREATE INDEX `burgers_telefoon_oudste` ON `burgers` (`telefoon_e164`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `burgers_email_oudste` ON `burgers` (`email`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `burgers_telefoon_naam` ON `burgers` (`telefoon_e164`,`naam_zoek`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `burgers_telefoon_achternaam` ON `burgers` (`telefoon_e164`,`achternaam_zoek`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `burgers_email_naam` ON `burgers` (`email`,`naam_zoek`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `burgers_email_achternaam` ON `burgers` (`email`,`achternaam_zoek`,`aangemaakt_op`);