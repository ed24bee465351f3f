CREATE TABLE `change_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`actor` text NOT NULL,
	`machine` text NOT NULL,
	`at` text NOT NULL,
	`op_id` text NOT NULL,
	`detail` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_log_entity` ON `change_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `change_log_op` ON `change_log` (`op_id`,`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `children` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`case_id` text NOT NULL,
	`date_of_birth` text,
	`cohort` text NOT NULL,
	`social_worker` text DEFAULT '' NOT NULL,
	`team_manager` text DEFAULT '' NOT NULL,
	`team` text DEFAULT '' NOT NULL,
	`chair` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `children_case_id` ON `children` (`case_id`);--> statement-breakpoint
CREATE INDEX `children_name` ON `children` (`name`);--> statement-breakpoint
CREATE TABLE `escalation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`escalation_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`machine` text NOT NULL,
	`op_id` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`escalation_id`) REFERENCES `escalations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_op_id` ON `escalation_events` (`op_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_escalation_seq` ON `escalation_events` (`escalation_id`,`seq`);--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`profile_id` text NOT NULL,
	`ladder_key` text NOT NULL,
	`cohort` text NOT NULL,
	`status` text NOT NULL,
	`stage_key` text NOT NULL,
	`stage_label` text NOT NULL,
	`stage_index` integer NOT NULL,
	`highest_stage_index` integer NOT NULL,
	`recipient_role` text NOT NULL,
	`urgency` text,
	`chair` text NOT NULL,
	`team` text NOT NULL,
	`categories` text NOT NULL,
	`summary` text NOT NULL,
	`raised_at` text NOT NULL,
	`next_due_date` text,
	`next_due_at` text,
	`overall_due_date` text,
	`closed_at` text,
	`cafcass_referred` integer DEFAULT false NOT NULL,
	`event_count` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `escalations_status_due` ON `escalations` (`status`,`next_due_at`);--> statement-breakpoint
CREATE INDEX `escalations_chair_status_due` ON `escalations` (`chair`,`status`,`next_due_at`);--> statement-breakpoint
CREATE INDEX `escalations_team_status_due` ON `escalations` (`team`,`status`,`next_due_at`);--> statement-breakpoint
CREATE INDEX `escalations_child` ON `escalations` (`child_id`);--> statement-breakpoint
CREATE INDEX `escalations_raised` ON `escalations` (`raised_at`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`os_user` text,
	`email` text,
	`role` text NOT NULL,
	`team` text,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_os_user` ON `people` (`os_user`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
