CREATE TABLE `contactvolumes` (
	`maand` integer NOT NULL,
	`kanaal` text NOT NULL,
	`afdeling_id` integer DEFAULT 0 NOT NULL,
	`aantal` integer NOT NULL,
	`gewijzigd_op` integer NOT NULL,
	`gewijzigd_door` text,
	PRIMARY KEY(`maand`, `kanaal`, `afdeling_id`)
);
--> statement-breakpoint
CREATE TABLE `leerlogboek` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nummer` text NOT NULL,
	`titel` text NOT NULL,
	`wat_gebeurde` text NOT NULL,
	`oorzaak` text NOT NULL,
	`les` text NOT NULL,
	`processtap` text NOT NULL,
	`afdeling_id` integer,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`aangemaakt_door` text,
	`gewijzigd_op` integer NOT NULL,
	`gewijzigd_door` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leerlogboek_nummer` ON `leerlogboek` (`nummer`);--> statement-breakpoint
CREATE INDEX `leerlogboek_aangemaakt` ON `leerlogboek` (`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `leerlogboek_afdeling` ON `leerlogboek` (`afdeling_id`,`aangemaakt_op`);--> statement-breakpoint
CREATE TABLE `leerlogboek_koppelingen` (
	`les_id` integer NOT NULL,
	`soort` text NOT NULL,
	`ref` text NOT NULL,
	PRIMARY KEY(`les_id`, `soort`, `ref`),
	FOREIGN KEY (`les_id`) REFERENCES `leerlogboek`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `leerlogboek_koppelingen_ref` ON `leerlogboek_koppelingen` (`soort`,`ref`);--> statement-breakpoint
CREATE TABLE `leerlogboek_normen` (
	`les_id` integer NOT NULL,
	`norm` integer NOT NULL,
	PRIMARY KEY(`les_id`, `norm`),
	FOREIGN KEY (`les_id`) REFERENCES `leerlogboek`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `leerlogboek_normen_norm` ON `leerlogboek_normen` (`norm`);--> statement-breakpoint
CREATE TABLE `verbeteracties` (
	`id` text PRIMARY KEY NOT NULL,
	`nummer` text NOT NULL,
	`les_id` integer,
	`titel` text NOT NULL,
	`omschrijving` text NOT NULL,
	`status` text NOT NULL,
	`eigenaar_id` text,
	`eigenaar_naam` text,
	`afdeling_id` integer,
	`deadline` text NOT NULL,
	`termijn_op` integer NOT NULL,
	`gestart_op` integer,
	`gerealiseerd_op` integer,
	`op_tijd` integer,
	`realisatie_toelichting` text,
	`afwijsreden` text,
	`afgewezen_op` integer,
	`effect` text,
	`evaluatie_toelichting` text,
	`herhaal_voor` integer,
	`herhaal_na` integer,
	`evaluatie_venster_maanden` integer,
	`geevalueerd_op` integer,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`aangemaakt_door` text,
	`gewijzigd_op` integer NOT NULL,
	FOREIGN KEY (`les_id`) REFERENCES `leerlogboek`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `verbeteracties_nummer` ON `verbeteracties` (`nummer`);--> statement-breakpoint
CREATE INDEX `verbeteracties_status_termijn` ON `verbeteracties` (`status`,`termijn_op`);--> statement-breakpoint
CREATE INDEX `verbeteracties_les` ON `verbeteracties` (`les_id`);--> statement-breakpoint
CREATE INDEX `verbeteracties_eigenaar` ON `verbeteracties` (`eigenaar_id`,`status`);--> statement-breakpoint
CREATE INDEX `verbeteracties_aangemaakt` ON `verbeteracties` (`aangemaakt_op`);--> statement-breakpoint
CREATE TABLE `stat_feedback` (
	`maand` integer NOT NULL,
	`soort` text NOT NULL,
	`afdeling_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`aantal` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`maand`, `soort`, `afdeling_id`, `team_id`)
);
--> statement-breakpoint
CREATE TABLE `stat_klacht_doorlooptijd` (
	`maand` integer NOT NULL,
	`afdeling_id` integer NOT NULL,
	`dagen` integer NOT NULL,
	`aantal` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`maand`, `afdeling_id`, `dagen`)
);
--> statement-breakpoint
CREATE TABLE `stat_klacht_normen` (
	`maand` integer NOT NULL,
	`afdeling_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`norm` integer NOT NULL,
	`aantal` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`maand`, `afdeling_id`, `team_id`, `norm`)
);
--> statement-breakpoint
CREATE TABLE `stat_klachten` (
	`maand` integer NOT NULL,
	`afdeling_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`kanaal` text NOT NULL,
	`oordeel` text NOT NULL,
	`afloop` text NOT NULL,
	`aantal` integer DEFAULT 0 NOT NULL,
	`schriftelijk` integer DEFAULT 0 NOT NULL,
	`afgerond` integer DEFAULT 0 NOT NULL,
	`binnen_termijn` integer DEFAULT 0 NOT NULL,
	`doorloop_dagen` integer DEFAULT 0 NOT NULL,
	`verdaagd` integer DEFAULT 0 NOT NULL,
	`uitgesteld` integer DEFAULT 0 NOT NULL,
	`ombudsman` integer DEFAULT 0 NOT NULL,
	`met_les` integer DEFAULT 0 NOT NULL,
	`les_overgeslagen` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`maand`, `afdeling_id`, `team_id`, `kanaal`, `oordeel`, `afloop`)
);
--> statement-breakpoint
CREATE INDEX `stat_klachten_per_team` ON `stat_klachten` (`maand`,`afdeling_id`,`team_id`,`aantal`);--> statement-breakpoint
CREATE INDEX `stat_klachten_per_soort` ON `stat_klachten` (`maand`,`kanaal`,`oordeel`,`afloop`,`afdeling_id`,`team_id`,`aantal`,`afgerond`,`met_les`,`binnen_termijn`);--> statement-breakpoint
CREATE TABLE `stat_termijn_duur` (
	`maand` integer NOT NULL,
	`norm_id` integer NOT NULL,
	`afdeling_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`bucket` integer NOT NULL,
	`aantal` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`maand`, `norm_id`, `afdeling_id`, `team_id`, `bucket`)
);
--> statement-breakpoint
CREATE INDEX `stat_termijn_duur_dekkend` ON `stat_termijn_duur` (`maand`,`norm_id`,`team_id`,`afdeling_id`,`bucket`,`aantal`);--> statement-breakpoint
CREATE INDEX `stat_termijn_duur_per_norm` ON `stat_termijn_duur` (`norm_id`,`team_id`,`bucket`,`maand`,`afdeling_id`,`aantal`);--> statement-breakpoint
CREATE TABLE `stat_termijnen` (
	`maand` integer NOT NULL,
	`norm_id` integer NOT NULL,
	`afdeling_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`aantal` integer DEFAULT 0 NOT NULL,
	`op_tijd` integer DEFAULT 0 NOT NULL,
	`duur_minuten` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`maand`, `norm_id`, `afdeling_id`, `team_id`)
);
--> statement-breakpoint
ALTER TABLE `termijnen` ADD `team_id` integer;--> statement-breakpoint
ALTER TABLE `termijnen` ADD `afdeling_id` integer;--> statement-breakpoint
CREATE INDEX `termijnen_lopend` ON `termijnen` (`termijn_op`,`norm_versie_id`) WHERE status = 'lopend';--> statement-breakpoint
CREATE INDEX `termijnen_gehaald` ON `termijnen` (`norm_versie_id`,`gehaald_op`) WHERE status = 'gehaald';--> statement-breakpoint
CREATE INDEX `termijnen_gehaald_op_tijd` ON `termijnen` (`norm_versie_id`,`op_tijd`,`gehaald_op`) WHERE status = 'gehaald';--> statement-breakpoint
ALTER TABLE `klachten` ADD `team_id` integer;--> statement-breakpoint
ALTER TABLE `klachten` ADD `afgerond_binnen_termijn` integer;--> statement-breakpoint
ALTER TABLE `klachten` ADD `leerlogboek_aantal` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `klachten_ontvangen` ON `klachten` (`ontvangen_op`);