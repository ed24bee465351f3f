CREATE INDEX `escalation_events_kind_at` ON `escalation_events` (`kind`,`at`);--> statement-breakpoint
CREATE INDEX `escalation_events_kind_date` ON `escalation_events` (`kind`, json_extract(`body`, '$.date'));--> statement-breakpoint
CREATE INDEX `escalation_events_clock` ON `escalation_events` (`escalation_id`, `kind`, json_extract(`body`, '$.clock.stageKey'), `at`, json_extract(`body`, '$.clock.dueAt'), json_extract(`body`, '$.clock.dueDate'));--> statement-breakpoint
CREATE INDEX `escalations_closed` ON `escalations` (`closed_at`);
