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
CREATE INDEX `wachtwoord_links_medewerker` ON `wachtwoord_links` (`medewerker_id`);--> statement-breakpoint
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
--> statement-breakpoint
CREATE TABLE `afspraak_gebeurtenissen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`afspraak_id` text NOT NULL,
	`volgnummer` integer NOT NULL,
	`type` text NOT NULL,
	`payload` text,
	`actor_id` text,
	`actor_naam` text,
	`op` integer NOT NULL,
	`van_status` text,
	`naar_status` text NOT NULL,
	FOREIGN KEY (`afspraak_id`) REFERENCES `afspraken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `afspraak_gebeurtenissen_volgorde` ON `afspraak_gebeurtenissen` (`afspraak_id`,`volgnummer`);--> statement-breakpoint
CREATE INDEX `afspraak_gebeurtenissen_type_op` ON `afspraak_gebeurtenissen` (`type`,`op`);--> statement-breakpoint
CREATE TABLE `afspraken` (
	`id` text PRIMARY KEY NOT NULL,
	`soort` text NOT NULL,
	`status` text NOT NULL,
	`open` integer DEFAULT true NOT NULL,
	`titel` text NOT NULL,
	`eigenaar_id` text,
	`team_id` integer,
	`afdeling_id` integer,
	`burger_id` text,
	`kanaal` text,
	`termijn_op` integer,
	`termijn_status` text,
	`norm_versie_ids` text DEFAULT '{}' NOT NULL,
	`handvest_peil_op` integer NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`snapshot` text NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`aangemaakt_door` text,
	`gewijzigd_op` integer NOT NULL,
	`gesloten_op` integer
);
--> statement-breakpoint
CREATE INDEX `afspraken_eigenaar_open_termijn` ON `afspraken` (`eigenaar_id`,`open`,`termijn_op`);--> statement-breakpoint
CREATE INDEX `afspraken_team_open_termijn` ON `afspraken` (`team_id`,`open`,`termijn_op`);--> statement-breakpoint
CREATE INDEX `afspraken_soort_status` ON `afspraken` (`soort`,`status`);--> statement-breakpoint
CREATE INDEX `afspraken_open_termijnstatus` ON `afspraken` (`open`,`termijn_status`);--> statement-breakpoint
CREATE TABLE `berichten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`medewerker_id` text NOT NULL,
	`titel` text NOT NULL,
	`tekst` text NOT NULL,
	`link` text,
	`afspraak_id` text,
	`urgent` integer DEFAULT false NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`gelezen_op` integer
);
--> statement-breakpoint
CREATE INDEX `berichten_medewerker_gelezen` ON `berichten` (`medewerker_id`,`gelezen_op`,`aangemaakt_op`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text DEFAULT 'email' NOT NULL,
	`payload` text NOT NULL,
	`sleutel` text,
	`urgent` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'wachtend' NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`niet_voor` integer NOT NULL,
	`pogingen` integer DEFAULT 0 NOT NULL,
	`volgende_poging_op` integer NOT NULL,
	`laatste_fout` text,
	`verzonden_op` integer,
	`afspraak_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_sleutel_unique` ON `outbox` (`sleutel`);--> statement-breakpoint
CREATE INDEX `outbox_wachtend` ON `outbox` (`volgende_poging_op`) WHERE status = 'wachtend';--> statement-breakpoint
CREATE TABLE `termijnen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`afspraak_id` text NOT NULL,
	`mijlpaal` text NOT NULL,
	`norm_versie_id` integer NOT NULL,
	`start_op` integer NOT NULL,
	`waarschuwing_op` integer NOT NULL,
	`termijn_op` integer NOT NULL,
	`oorspronkelijk_op` integer NOT NULL,
	`verzet` integer DEFAULT false NOT NULL,
	`gepauzeerd_sinds` integer,
	`status` text DEFAULT 'lopend' NOT NULL,
	`gehaald_op` integer,
	`op_tijd` integer,
	`fase` text DEFAULT 'gepland' NOT NULL,
	`volgende_actie_op` integer,
	`gewaarschuwd_op` integer,
	`verlopen_op` integer,
	`escalatie_teamleider_op` integer,
	`escalatie_regieteam_op` integer,
	FOREIGN KEY (`afspraak_id`) REFERENCES `afspraken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `termijnen_volgende_actie` ON `termijnen` (`volgende_actie_op`) WHERE volgende_actie_op IS NOT NULL;--> statement-breakpoint
CREATE INDEX `termijnen_afspraak` ON `termijnen` (`afspraak_id`,`mijlpaal`,`status`);--> statement-breakpoint
CREATE TABLE `burgers` (
	`id` text PRIMARY KEY NOT NULL,
	`naam` text,
	`naam_zoek` text,
	`achternaam_zoek` text,
	`telefoon_e164` text,
	`email` text,
	`aangemaakt_op` integer NOT NULL,
	`gewijzigd_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `burgers_telefoon` ON `burgers` (`telefoon_e164`);--> statement-breakpoint
CREATE INDEX `burgers_email` ON `burgers` (`email`);--> statement-breakpoint
CREATE INDEX `burgers_naam_zoek` ON `burgers` (`naam_zoek`);--> statement-breakpoint
CREATE INDEX `burgers_achternaam_zoek` ON `burgers` (`achternaam_zoek`);--> statement-breakpoint
CREATE TABLE `escalatie_bevestigingen` (
	`termijn_id` integer NOT NULL,
	`medewerker_id` text NOT NULL,
	`afspraak_id` text NOT NULL,
	`op` integer NOT NULL,
	`notitie` text,
	PRIMARY KEY(`termijn_id`, `medewerker_id`)
);
--> statement-breakpoint
CREATE INDEX `escalatie_bevestigingen_afspraak` ON `escalatie_bevestigingen` (`afspraak_id`);--> statement-breakpoint
CREATE TABLE `brief_sjablonen` (
	`soort` text PRIMARY KEY NOT NULL,
	`titel` text NOT NULL,
	`onderwerp` text NOT NULL,
	`tekst` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`gewijzigd_op` integer NOT NULL,
	`gewijzigd_door` text
);
--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text NOT NULL,
	`tekst` text NOT NULL,
	`kanaal` text NOT NULL,
	`van_naam` text,
	`van_contact` text,
	`medewerker_id` text,
	`team_id` integer,
	`afdeling_id` integer,
	`status` text DEFAULT 'nieuw' NOT NULL,
	`triage_notitie` text,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`aangemaakt_door` text,
	`gewijzigd_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feedback_soort_status` ON `feedback` (`soort`,`status`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `feedback_medewerker` ON `feedback` (`medewerker_id`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `feedback_team` ON `feedback` (`team_id`,`aangemaakt_op`);--> statement-breakpoint
CREATE TABLE `klacht_bijlagen` (
	`id` text PRIMARY KEY NOT NULL,
	`klacht_id` text NOT NULL,
	`naam` text NOT NULL,
	`mime` text NOT NULL,
	`grootte` integer NOT NULL,
	`op` integer NOT NULL,
	`door_id` text,
	FOREIGN KEY (`klacht_id`) REFERENCES `klachten`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `klacht_bijlagen_klacht` ON `klacht_bijlagen` (`klacht_id`);--> statement-breakpoint
CREATE TABLE `klacht_brieven` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`klacht_id` text NOT NULL,
	`soort` text NOT NULL,
	`aan` text NOT NULL,
	`onderwerp` text NOT NULL,
	`tekst` text NOT NULL,
	`sjabloon_versie` integer,
	`door_id` text,
	`door_naam` text,
	`op` integer NOT NULL,
	FOREIGN KEY (`klacht_id`) REFERENCES `klachten`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `klacht_brieven_klacht` ON `klacht_brieven` (`klacht_id`,`op`);--> statement-breakpoint
CREATE TABLE `klacht_normen` (
	`klacht_id` text NOT NULL,
	`norm` integer NOT NULL,
	PRIMARY KEY(`klacht_id`, `norm`),
	FOREIGN KEY (`klacht_id`) REFERENCES `klachten`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `klacht_normen_norm` ON `klacht_normen` (`norm`);--> statement-breakpoint
CREATE TABLE `klacht_notities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`klacht_id` text NOT NULL,
	`tekst` text NOT NULL,
	`door_id` text,
	`door_naam` text,
	`op` integer NOT NULL,
	FOREIGN KEY (`klacht_id`) REFERENCES `klachten`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `klacht_notities_klacht` ON `klacht_notities` (`klacht_id`,`op`);--> statement-breakpoint
CREATE TABLE `klachten` (
	`id` text PRIMARY KEY NOT NULL,
	`nummer` text NOT NULL,
	`status` text NOT NULL,
	`ontvangen_op` integer NOT NULL,
	`kanaal` text NOT NULL,
	`schriftelijk` integer NOT NULL,
	`klager_soort` text NOT NULL,
	`klager_naam` text NOT NULL,
	`klager_organisatie` text,
	`klager_adres` text,
	`klager_postcode` text,
	`klager_woonplaats` text,
	`klager_telefoon` text,
	`klager_email` text,
	`klager_voorkeur_kanaal` text,
	`dagtekening` text,
	`burger_id` text,
	`omschrijving` text NOT NULL,
	`gedraging_datum` text,
	`afdeling_id` integer,
	`beklaagden` text DEFAULT '[]' NOT NULL,
	`beklaagde_onbekend` integer DEFAULT false NOT NULL,
	`betreft_bestuursorgaan` integer DEFAULT false NOT NULL,
	`behandelaar_id` text,
	`behandelaar_naam` text,
	`uitzondering_9_7` text,
	`ontvangst_bevestigd_op` integer,
	`grond_9_8` text,
	`grond_toelichting` text,
	`bericht_9_8_op` integer,
	`informeel_op` integer,
	`informeel_toelichting` text,
	`informeel_tevredenheid` text,
	`kopie_beklaagde_op` integer,
	`kopie_niet_mogelijk` text,
	`hoorzitting_gepland_op` integer,
	`hoorzitting_op` integer,
	`hoor_verslag` text,
	`horen_overgeslagen_reden` text,
	`horen_overgeslagen_toelichting` text,
	`termijn_weken` integer NOT NULL,
	`oorspronkelijke_termijn_op` integer NOT NULL,
	`termijn_op` integer,
	`verdaging_bericht_klager_op` integer,
	`verdaging_bericht_beklaagde_op` integer,
	`verdaagd_weken` integer,
	`verdaagd_op` integer,
	`uitstel` text DEFAULT '[]' NOT NULL,
	`conclusie_op` integer,
	`bevindingen` text,
	`oordeel` text,
	`oordeel_reden` text,
	`maatregelen` text,
	`ombudsman_naam` text,
	`ombudsman_termijn_weken` integer,
	`les` text,
	`les_overgeslagen` text,
	`afgesloten_op` integer,
	`ombudsman_ingeschakeld_op` integer,
	`bewaarklasse` text,
	`vernietigingsdatum` text,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`aangemaakt_door` text,
	`gewijzigd_op` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `klachten_nummer` ON `klachten` (`nummer`);--> statement-breakpoint
CREATE INDEX `klachten_termijn` ON `klachten` (`termijn_op`,`ontvangen_op`);--> statement-breakpoint
CREATE INDEX `klachten_status_termijn` ON `klachten` (`status`,`termijn_op`);--> statement-breakpoint
CREATE INDEX `klachten_behandelaar_termijn` ON `klachten` (`behandelaar_id`,`termijn_op`);--> statement-breakpoint
CREATE INDEX `klachten_afdeling_termijn` ON `klachten` (`afdeling_id`,`termijn_op`);--> statement-breakpoint
CREATE INDEX `klachten_kanaal` ON `klachten` (`kanaal`);--> statement-breakpoint
CREATE INDEX `klachten_oordeel` ON `klachten` (`oordeel`);--> statement-breakpoint
CREATE INDEX `klachten_vernietiging` ON `klachten` (`vernietigingsdatum`);--> statement-breakpoint
CREATE TABLE `coachingsafspraken` (
	`id` text PRIMARY KEY NOT NULL,
	`medewerker_id` text NOT NULL,
	`auteur_id` text,
	`auteur_naam` text NOT NULL,
	`omschrijving` text NOT NULL,
	`termijn_op` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`afspraak_id` text,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`gewijzigd_op` integer NOT NULL,
	`afgerond_op` integer
);
--> statement-breakpoint
CREATE INDEX `coachingsafspraken_medewerker` ON `coachingsafspraken` (`medewerker_id`,`status`,`termijn_op`);--> statement-breakpoint
CREATE TABLE `coachingsnotities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`medewerker_id` text NOT NULL,
	`auteur_id` text,
	`auteur_naam` text NOT NULL,
	`tekst` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	`gewijzigd_op` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `coachingsnotities_medewerker` ON `coachingsnotities` (`medewerker_id`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `coachingsnotities_aangemaakt` ON `coachingsnotities` (`aangemaakt_op`);--> statement-breakpoint
CREATE TABLE `coachingsreacties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`notitie_id` integer NOT NULL,
	`auteur_id` text,
	`auteur_naam` text NOT NULL,
	`tekst` text NOT NULL,
	`aangemaakt_op` integer NOT NULL,
	FOREIGN KEY (`notitie_id`) REFERENCES `coachingsnotities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `coachingsreacties_notitie` ON `coachingsreacties` (`notitie_id`,`aangemaakt_op`);--> statement-breakpoint
CREATE INDEX `coachingsreacties_aangemaakt` ON `coachingsreacties` (`aangemaakt_op`);