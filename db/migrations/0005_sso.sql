CREATE TABLE `sso_flows` (
	`state` text PRIMARY KEY NOT NULL,
	`binding_hash` text NOT NULL,
	`nonce` text NOT NULL,
	`code_verifier` text,
	`issuer` text NOT NULL,
	`terug` text DEFAULT '/mijn-werk' NOT NULL,
	`verloopt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sso_flows_verloopt` ON `sso_flows` (`verloopt_op`);--> statement-breakpoint
CREATE TABLE `sso_groepen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`groep` text NOT NULL,
	`rol` text,
	`team_id` integer,
	`aangemaakt_op` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sso_groepen_groep` ON `sso_groepen` (`groep`);--> statement-breakpoint
CREATE TABLE `sso_identiteiten` (
	`issuer` text NOT NULL,
	`subject` text NOT NULL,
	`medewerker_id` text NOT NULL,
	`groepen` text DEFAULT '[]' NOT NULL,
	`eerste_op` integer NOT NULL,
	`laatste_op` integer NOT NULL,
	`geen_toegang_sinds` integer,
	PRIMARY KEY(`issuer`, `subject`),
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sso_identiteiten_medewerker` ON `sso_identiteiten` (`medewerker_id`);--> statement-breakpoint
CREATE TABLE `sso_instellingen` (
	`id` integer PRIMARY KEY NOT NULL,
	`issuer` text DEFAULT '' NOT NULL,
	`client_id` text DEFAULT '' NOT NULL,
	`client_secret` text DEFAULT '' NOT NULL,
	`groepen_claim` text DEFAULT 'groups' NOT NULL,
	`naam` text DEFAULT '' NOT NULL,
	`actief` integer DEFAULT false NOT NULL,
	`wachtwoorden_uit` integer DEFAULT false NOT NULL,
	`nood_beheerder_id` text,
	`mfa_rollen` text DEFAULT '[]' NOT NULL,
	`mfa_acr` text DEFAULT '[]' NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`gewijzigd_op` integer,
	FOREIGN KEY (`nood_beheerder_id`) REFERENCES `medewerkers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `sso_sessies` (
	`sessie_id` text PRIMARY KEY NOT NULL,
	`issuer` text NOT NULL,
	`id_token` text NOT NULL,
	`medewerker_id` text NOT NULL,
	FOREIGN KEY (`sessie_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
