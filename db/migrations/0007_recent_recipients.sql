CREATE TABLE `recent_recipients` (
	`role_key` text NOT NULL,
	`team` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`email` text,
	`person_id` text,
	`named_at` text NOT NULL,
	`named_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recent_recipients_role_team` ON `recent_recipients` (`role_key`,`team`);