CREATE TABLE `bericht_sjablonen` (
	`soort` text NOT NULL,
	`taal` text NOT NULL,
	`onderwerp` text NOT NULL,
	`tekst` text NOT NULL,
	`sms` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`gewijzigd_op` integer NOT NULL,
	`gewijzigd_door` text,
	PRIMARY KEY(`soort`, `taal`)
);
--> statement-breakpoint
CREATE TABLE `burgerberichten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sleutel` text NOT NULL,
	`afspraak_id` text NOT NULL,
	`soort` text NOT NULL,
	`kanaal` text NOT NULL,
	`aan` text NOT NULL,
	`taal` text DEFAULT 'nl' NOT NULL,
	`onderwerp` text NOT NULL,
	`tekst` text NOT NULL,
	`urgent` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'wachtend' NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`niet_voor` integer NOT NULL,
	`volgende_poging_op` integer NOT NULL,
	`pogingen` integer DEFAULT 0 NOT NULL,
	`bezig_tot` integer,
	`bericht_id` text NOT NULL,
	`laatste_fout` text,
	`verzonden_op` integer,
	`bezorg_id` text,
	`vervolg` text,
	`versie` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `burgerberichten_sleutel` ON `burgerberichten` (`sleutel`);--> statement-breakpoint
CREATE INDEX `burgerberichten_afspraak` ON `burgerberichten` (`afspraak_id`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `burgerberichten_wachtend` ON `burgerberichten` (`volgende_poging_op`) WHERE status = 'wachtend';--> statement-breakpoint
CREATE INDEX `burgerberichten_bezig` ON `burgerberichten` (`bezig_tot`) WHERE status = 'bezig';--> statement-breakpoint
CREATE TABLE `kto_uitnodigingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text,
	`afspraak_id` text NOT NULL,
	`soort` text NOT NULL,
	`team_id` integer,
	`afdeling_id` integer,
	`norm_code` text,
	`kanaal` text,
	`aangemaakt_op` integer NOT NULL,
	`vervalt_op` integer NOT NULL,
	`beantwoord_op` integer,
	`score` integer,
	`opmerking` text,
	`opvolging` text,
	`opgevolgd_op` integer,
	`opgevolgd_door` text,
	`opvolging_afspraak_id` text,
	`leerlogboek_id` integer,
	`versie` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kto_uitnodigingen_afspraak` ON `kto_uitnodigingen` (`afspraak_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `kto_uitnodigingen_token` ON `kto_uitnodigingen` (`token_hash`);--> statement-breakpoint
CREATE INDEX `kto_uitnodigingen_beantwoord` ON `kto_uitnodigingen` (`beantwoord_op`);--> statement-breakpoint
CREATE INDEX `kto_uitnodigingen_team` ON `kto_uitnodigingen` (`team_id`,`beantwoord_op`);--> statement-breakpoint
CREATE INDEX `kto_uitnodigingen_opvolging` ON `kto_uitnodigingen` (`team_id`,`beantwoord_op`) WHERE opvolging = 'open';