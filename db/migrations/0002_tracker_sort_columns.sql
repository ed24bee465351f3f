ALTER TABLE `escalations` ADD `child_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `escalations` ADD `case_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `escalations` ADD `due_key` text DEFAULT '~' NOT NULL;--> statement-breakpoint
CREATE INDEX `escalations_due_key` ON `escalations` (`due_key`);--> statement-breakpoint
CREATE INDEX `escalations_status_due_key` ON `escalations` (`status`,`due_key`);--> statement-breakpoint
CREATE INDEX `escalations_child_name` ON `escalations` (`child_name`);--> statement-breakpoint
CREATE INDEX `escalations_case_id` ON `escalations` (`case_id`);--> statement-breakpoint
CREATE INDEX `escalations_stage_index` ON `escalations` (`stage_index`);--> statement-breakpoint
-- Backfill the copies for trackers made before this migration.
UPDATE `escalations` SET `child_name` = (SELECT `name` FROM `children` WHERE `children`.`id` = `escalations`.`child_id`), `case_id` = (SELECT `case_id` FROM `children` WHERE `children`.`id` = `escalations`.`child_id`), `due_key` = COALESCE(`next_due_at`, '~');
