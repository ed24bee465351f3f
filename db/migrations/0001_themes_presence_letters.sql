CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`machine` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `letters` (
	`id` text PRIMARY KEY NOT NULL,
	`escalation_id` text NOT NULL,
	`stage_key` text NOT NULL,
	`document` text NOT NULL,
	`path` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`op_id` text NOT NULL,
	FOREIGN KEY (`escalation_id`) REFERENCES `escalations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `letters_escalation` ON `letters` (`escalation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `letters_op` ON `letters` (`op_id`);--> statement-breakpoint
CREATE TABLE `presence` (
	`actor` text NOT NULL,
	`machine` text NOT NULL,
	`escalation_id` text,
	`seen_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `presence_actor_machine` ON `presence` (`actor`,`machine`);--> statement-breakpoint
CREATE INDEX `presence_escalation` ON `presence` (`escalation_id`);--> statement-breakpoint
CREATE TABLE `profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`based_on` text,
	`json` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `saved_views` (
	`id` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `saved_views_owner` ON `saved_views` (`owner`);--> statement-breakpoint
CREATE TABLE `theme_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`theme_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`machine` text NOT NULL,
	`op_id` text NOT NULL,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `theme_events_op` ON `theme_events` (`op_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `theme_events_seq` ON `theme_events` (`theme_id`,`seq`);--> statement-breakpoint
CREATE TABLE `theme_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`theme_id` text NOT NULL,
	`escalation_id` text,
	`child_id` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`escalation_id`) REFERENCES `escalations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `theme_links_theme` ON `theme_links` (`theme_id`);--> statement-breakpoint
CREATE INDEX `theme_links_escalation` ON `theme_links` (`escalation_id`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `themes_status` ON `themes` (`status`);