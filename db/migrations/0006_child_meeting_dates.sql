ALTER TABLE `children` ADD `last_meeting_date` text;--> statement-breakpoint
ALTER TABLE `children` ADD `next_meeting_date` text;