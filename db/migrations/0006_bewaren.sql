CREATE TABLE `bewaartermijnen` (
	`soort` text PRIMARY KEY NOT NULL,
	`maanden` integer,
	`versie` integer DEFAULT 1 NOT NULL,
	`gewijzigd_op` integer NOT NULL,
	`gewijzigd_door` text
);
--> statement-breakpoint
CREATE TABLE `vernietiging_vrijgave` (
	`afspraak_id` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `vernietigingslijst_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lijst_id` text NOT NULL,
	`soort` text NOT NULL,
	`ref` text NOT NULL,
	`kenmerk` text NOT NULL,
	`grondslag` text NOT NULL,
	`afgesloten_op` integer,
	`vernietigingsdatum` text NOT NULL,
	`status` text DEFAULT 'voorgesteld' NOT NULL,
	`aanhoud_reden` text,
	`aanhoud_toelichting` text,
	`aangehouden_op` integer,
	`aangehouden_door` text,
	`vernietigd_op` integer,
	FOREIGN KEY (`lijst_id`) REFERENCES `vernietigingslijsten`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vernietigingslijst_items_lijst` ON `vernietigingslijst_items` (`lijst_id`,`soort`);--> statement-breakpoint
CREATE INDEX `vernietigingslijst_items_ref` ON `vernietigingslijst_items` (`soort`,`ref`,`status`);--> statement-breakpoint
CREATE TABLE `vernietigingslijsten` (
	`id` text PRIMARY KEY NOT NULL,
	`nummer` text NOT NULL,
	`maand` text,
	`peildatum` text NOT NULL,
	`status` text DEFAULT 'ter_beoordeling' NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`aangemaakt_door` text,
	`goedgekeurd_op` integer,
	`goedgekeurd_door_id` text,
	`goedgekeurd_door_naam` text,
	`verklaring` text,
	`handtekening` text,
	`publieke_sleutel` text,
	`versie` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vernietigingslijsten_nummer_unique` ON `vernietigingslijsten` (`nummer`);--> statement-breakpoint
CREATE UNIQUE INDEX `vernietigingslijsten_maand_unique` ON `vernietigingslijsten` (`maand`);--> statement-breakpoint
CREATE INDEX `vernietigingslijsten_status` ON `vernietigingslijsten` (`status`,`aangemaakt_op`);