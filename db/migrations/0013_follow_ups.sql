DROP INDEX `escalations_id_dates`;--> statement-breakpoint
ALTER TABLE `escalations` ADD `follow_up_on` text;--> statement-breakpoint
ALTER TABLE `escalations` ADD `follow_up_result` text;--> statement-breakpoint
ALTER TABLE `escalations` ADD `follow_up_done_on` text;--> statement-breakpoint
ALTER TABLE `escalations` ADD `re_raise_of` text;--> statement-breakpoint
CREATE INDEX `escalations_follow_up_due` ON `escalations` (`chair`,`follow_up_on`) WHERE "escalations"."follow_up_on" IS NOT NULL AND "escalations"."follow_up_result" IS NULL;--> statement-breakpoint
CREATE INDEX `escalations_re_raise_of` ON `escalations` (`re_raise_of`) WHERE "escalations"."re_raise_of" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `escalations_id_dates` ON `escalations` (`id`,`raised_at`,`overall_due_date`,`case_id`,`follow_up_on`,`follow_up_result`,`follow_up_done_on`);