CREATE TABLE `inwoner_onderwerpen` (
	`code` text PRIMARY KEY NOT NULL,
	`naam` text NOT NULL,
	`naam_en` text,
	`team_id` integer NOT NULL,
	`volgorde` integer DEFAULT 0 NOT NULL,
	`actief` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inwoner_pogingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text NOT NULL,
	`sleutel` text NOT NULL,
	`op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inwoner_pogingen_sleutel_op` ON `inwoner_pogingen` (`soort`,`sleutel`,`op`);--> statement-breakpoint
CREATE INDEX `inwoner_pogingen_op` ON `inwoner_pogingen` (`op`);--> statement-breakpoint
CREATE TABLE `inwoner_statuslinks` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`afspraak_id` text NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`vervalt_op` integer,
	FOREIGN KEY (`afspraak_id`) REFERENCES `afspraken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inwoner_statuslinks_afspraak` ON `inwoner_statuslinks` (`afspraak_id`);