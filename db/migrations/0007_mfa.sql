CREATE TABLE `mfa_herstelcodes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`medewerker_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`gebruikt_op` integer,
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mfa_herstelcodes_medewerker` ON `mfa_herstelcodes` (`medewerker_id`,`code_hash`);--> statement-breakpoint
CREATE TABLE `mfa_pogingen` (
	`medewerker_id` text PRIMARY KEY NOT NULL,
	`mislukt` integer DEFAULT 0 NOT NULL,
	`eerste_op` integer NOT NULL,
	`geblokkeerd_tot` integer,
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mfa_totp` (
	`medewerker_id` text PRIMARY KEY NOT NULL,
	`geheim` text NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`bevestigd_op` integer,
	`laatste_teller` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sessie_info` (
	`sessie_id` text PRIMARY KEY NOT NULL,
	`medewerker_id` text NOT NULL,
	`fase` text NOT NULL,
	`methode` text NOT NULL,
	`apparaat` text DEFAULT '' NOT NULL,
	`ip_bereik` text DEFAULT '' NOT NULL,
	`eerst_op` integer NOT NULL,
	`laatst_op` integer NOT NULL,
	`tweede_factor_op` integer,
	FOREIGN KEY (`sessie_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessie_info_medewerker` ON `sessie_info` (`medewerker_id`);