CREATE TABLE `api_clients` (
	`id` text PRIMARY KEY NOT NULL,
	`naam` text NOT NULL,
	`scopes` text NOT NULL,
	`geheim_hash` text NOT NULL,
	`limiet_per_minuut` integer DEFAULT 60 NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`aangemaakt_door` text,
	`geroteerd_op` integer,
	`ingetrokken_op` integer,
	`laatst_gebruikt_op` integer,
	`versie` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_clients_naam` ON `api_clients` (`naam`);--> statement-breakpoint
CREATE TABLE `api_tellingen` (
	`client_id` text NOT NULL,
	`venster` integer NOT NULL,
	`aantal` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`client_id`, `venster`)
);
--> statement-breakpoint
CREATE TABLE `koppeling_cursors` (
	`naam` text PRIMARY KEY NOT NULL,
	`waarde` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `openklant_actoren` (
	`actor_uuid` text PRIMARY KEY NOT NULL,
	`omschrijving` text DEFAULT '' NOT NULL,
	`team_id` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `openklant_instellingen` (
	`id` integer PRIMARY KEY NOT NULL,
	`basis_url` text DEFAULT '' NOT NULL,
	`token` text DEFAULT '' NOT NULL,
	`actief` integer DEFAULT false NOT NULL,
	`laatste_succes_op` integer,
	`laatste_fout` text,
	`laatste_fout_op` integer,
	`fouten_op_rij` integer DEFAULT 0 NOT NULL,
	`volgende_poll_op` integer DEFAULT 0 NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `openklant_taken` (
	`taak_uuid` text PRIMARY KEY NOT NULL,
	`afspraak_id` text NOT NULL,
	`klantcontact_uuid` text NOT NULL,
	`partij_uuid` text,
	`actor_uuid` text NOT NULL,
	`ontvangen_op` integer NOT NULL,
	`verwerkt_op` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `openklant_taken_afspraak` ON `openklant_taken` (`afspraak_id`);--> statement-breakpoint
CREATE TABLE `openklant_uitgaand` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sleutel` text NOT NULL,
	`taak_uuid` text NOT NULL,
	`soort` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'wachtend' NOT NULL,
	`pogingen` integer DEFAULT 0 NOT NULL,
	`volgende_poging_op` integer NOT NULL,
	`laatste_fout` text,
	`resultaat_uuid` text,
	`aangemaakt_op` integer NOT NULL,
	`afgeleverd_op` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `openklant_uitgaand_sleutel` ON `openklant_uitgaand` (`sleutel`);--> statement-breakpoint
CREATE INDEX `openklant_uitgaand_wachtend` ON `openklant_uitgaand` (`status`,`volgende_poging_op`);--> statement-breakpoint
CREATE TABLE `webhook_leveringen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`webhook_id` integer NOT NULL,
	`event_id` text NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'wachtend' NOT NULL,
	`pogingen` integer DEFAULT 0 NOT NULL,
	`volgende_poging_op` integer NOT NULL,
	`laatste_fout` text,
	`afgeleverd_op` integer,
	`aangemaakt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_leveringen_event` ON `webhook_leveringen` (`webhook_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `webhook_leveringen_wachtend` ON `webhook_leveringen` (`status`,`volgende_poging_op`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`url` text NOT NULL,
	`geheim` text NOT NULL,
	`actief` integer DEFAULT true NOT NULL,
	`aangemaakt_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhooks_client` ON `webhooks` (`client_id`);