DROP INDEX `escalations_open_covering`;--> statement-breakpoint
ALTER TABLE `escalations` ADD `next_step_label` text;--> statement-breakpoint
ALTER TABLE `escalations` ADD `next_step_kind` text;--> statement-breakpoint
CREATE INDEX `escalations_open_covering` ON `escalations` (`due_key`,`id`,`child_id`,`child_name`,`case_id`,`cohort`,`chair`,`team`,`status`,`stage_key`,`stage_label`,`recipient_role`,`urgency`,`raised_at`,`next_due_date`,`next_due_at`,`next_step_label`,`next_step_kind`,`version`) WHERE "escalations"."status" = 'open';