CREATE TABLE `privacy_beperkingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`burger_id` text NOT NULL,
	`verzoek_id` text NOT NULL,
	`reden` text NOT NULL,
	`sinds_op` integer NOT NULL,
	`door_id` text NOT NULL,
	`opgeheven_op` integer,
	`opgeheven_door_id` text,
	`opheffing_reden` text
);
--> statement-breakpoint
CREATE INDEX `privacy_beperkingen_burger` ON `privacy_beperkingen` (`burger_id`,`opgeheven_op`);--> statement-breakpoint
CREATE TABLE `privacy_pakketten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`verzoek_id` text NOT NULL,
	`burger_id` text NOT NULL,
	`gemaakt_op` integer NOT NULL,
	`door_id` text NOT NULL,
	`sha256` text NOT NULL,
	`aantal_records` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `privacy_pakketten_verzoek` ON `privacy_pakketten` (`verzoek_id`,`gemaakt_op`);--> statement-breakpoint
CREATE TABLE `privacy_rectificaties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`burger_id` text NOT NULL,
	`verzoek_id` text NOT NULL,
	`veld` text NOT NULL,
	`oude_waarde` text,
	`nieuwe_waarde` text,
	`reden` text NOT NULL,
	`door_id` text NOT NULL,
	`door_naam` text NOT NULL,
	`op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `privacy_rectificaties_burger` ON `privacy_rectificaties` (`burger_id`,`op`);--> statement-breakpoint
CREATE INDEX `privacy_rectificaties_verzoek` ON `privacy_rectificaties` (`verzoek_id`);