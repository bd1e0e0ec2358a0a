CREATE TABLE `afdelingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`naam` text NOT NULL,
	`actief` integer DEFAULT true NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `afdelingen_naam_unique` ON `afdelingen` (`naam`);--> statement-breakpoint
CREATE TABLE `leidinggevenden` (
	`medewerker_id` text NOT NULL,
	`leidinggevende_id` text NOT NULL,
	PRIMARY KEY(`medewerker_id`, `leidinggevende_id`),
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`leidinggevende_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `leidinggevenden_leidinggevende` ON `leidinggevenden` (`leidinggevende_id`);--> statement-breakpoint
CREATE TABLE `medewerker_rollen` (
	`medewerker_id` text NOT NULL,
	`rol` text NOT NULL,
	PRIMARY KEY(`medewerker_id`, `rol`),
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `medewerkers` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`naam` text NOT NULL,
	`telefoon` text,
	`wachtwoord_hash` text,
	`actief` integer DEFAULT true NOT NULL,
	`team_id` integer,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`gewijzigd_op` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `medewerkers_email_unique` ON `medewerkers` (`email`);--> statement-breakpoint
CREATE INDEX `medewerkers_team` ON `medewerkers` (`team_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`afdeling_id` integer NOT NULL,
	`naam` text NOT NULL,
	`teamleider_id` text,
	`actief` integer DEFAULT true NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`afdeling_id`) REFERENCES `afdelingen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_afdeling_naam` ON `teams` (`afdeling_id`,`naam`);--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`sleutel` text PRIMARY KEY NOT NULL,
	`fouten` integer NOT NULL,
	`eerste_fout_op` integer NOT NULL,
	`geblokkeerd_tot` integer
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `wachtwoord_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`medewerker_id` text NOT NULL,
	`verloopt_op` integer NOT NULL,
	`gebruikt_op` integer,
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`op` integer NOT NULL,
	`actor_id` text,
	`actor_naam` text,
	`actie` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` text,
	`resultaat` text NOT NULL,
	`oorsprong` text,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_op` ON `audit_log` (`op`);--> statement-breakpoint
CREATE INDEX `audit_actor_op` ON `audit_log` (`actor_id`,`op`);--> statement-breakpoint
CREATE INDEX `audit_object` ON `audit_log` (`object_type`,`object_id`);--> statement-breakpoint
CREATE TABLE `norm_versies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`norm_id` integer NOT NULL,
	`versie` integer NOT NULL,
	`geldig_vanaf` integer NOT NULL,
	`titel` text NOT NULL,
	`mijlpaal` text NOT NULL,
	`duur` integer NOT NULL,
	`eenheid` text NOT NULL,
	`kalender` text NOT NULL,
	`waarschuwing_pct` integer NOT NULL,
	`escalatie_teamleider` integer DEFAULT true NOT NULL,
	`escalatie_regieteam_na_werkdagen` integer,
	`pauzeerbaar` integer DEFAULT false NOT NULL,
	`belofte` text NOT NULL,
	`actief` integer DEFAULT true NOT NULL,
	`gemaakt_door` text,
	`gemaakt_op` integer NOT NULL,
	FOREIGN KEY (`norm_id`) REFERENCES `normen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `norm_versies_norm_versie` ON `norm_versies` (`norm_id`,`versie`);--> statement-breakpoint
CREATE INDEX `norm_versies_mijlpaal` ON `norm_versies` (`mijlpaal`,`geldig_vanaf`);--> statement-breakpoint
CREATE TABLE `normen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `normen_code_unique` ON `normen` (`code`);--> statement-breakpoint
CREATE TABLE `instellingen` (
	`sleutel` text PRIMARY KEY NOT NULL,
	`waarde` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kalender_dagen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kalender` text NOT NULL,
	`datum` text NOT NULL,
	`soort` text NOT NULL,
	`sluit` text,
	`omschrijving` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kalender_dagen_uniek` ON `kalender_dagen` (`kalender`,`datum`);--> statement-breakpoint
CREATE TABLE `openingstijden` (
	`weekdag` integer PRIMARY KEY NOT NULL,
	`open` text,
	`sluit` text
);
