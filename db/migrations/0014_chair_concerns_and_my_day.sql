CREATE TABLE `chair_concern_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`concern_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`machine` text NOT NULL,
	`op_id` text NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `chair_concerns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chair_concern_events_op` ON `chair_concern_events` (`op_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `chair_concern_events_seq` ON `chair_concern_events` (`concern_id`,`seq`);--> statement-breakpoint
CREATE TABLE `chair_concerns` (
	`id` text PRIMARY KEY NOT NULL,
	`about_chair` text NOT NULL,
	`about_person_id` text,
	`raised_by_agency` text NOT NULL,
	`child_id` text,
	`profile_id` text NOT NULL,
	`status` text NOT NULL,
	`stage_key` text NOT NULL,
	`stage_index` integer NOT NULL,
	`highest_stage_index` integer NOT NULL,
	`raised_on` text NOT NULL,
	`due_date` text,
	`first_response_on` text,
	`outcome` text,
	`closed_on` text,
	`event_count` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chair_concerns_raised` ON `chair_concerns` (`raised_on`);--> statement-breakpoint
CREATE INDEX `chair_concerns_status` ON `chair_concerns` (`status`,`raised_on`);--> statement-breakpoint
DROP INDEX `escalations_follow_up_due`;--> statement-breakpoint
ALTER TABLE `escalations` ADD `follow_up_what` text;--> statement-breakpoint
CREATE INDEX `escalations_follow_up_due` ON `escalations` (`chair`,`follow_up_on`,`due_key`,`id`,`child_id`,`child_name`,`case_id`,`cohort`,`team`,`status`,`stage_key`,`stage_label`,`recipient_role`,`urgency`,`raised_at`,`next_due_date`,`next_due_at`,`next_step_label`,`next_step_kind`,`version`,`follow_up_what`,`follow_up_result`) WHERE "escalations"."follow_up_on" IS NOT NULL AND "escalations"."follow_up_result" IS NULL;