-- Search inside names and case IDs from an index (issue 31): FTS5's trigram tokenizer matches any substring of
-- three characters or more, case-insensitively, so "DEMO-1042" or "kafo" reads a few pages of the index instead of
-- every escalation. External content: the index holds only the trigrams; the rows stay in their tables, joined by
-- rowid. Triggers keep it in step with every insert, rename and delete, whoever writes (the app, an import, the seed).
CREATE VIRTUAL TABLE `escalations_search` USING fts5(`child_name`, `case_id`, content='escalations', tokenize='trigram');--> statement-breakpoint
INSERT INTO `escalations_search` (`escalations_search`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `escalations_search_insert` AFTER INSERT ON `escalations` BEGIN
  INSERT INTO `escalations_search` (rowid, `child_name`, `case_id`) VALUES (new.rowid, new.`child_name`, new.`case_id`);
END;--> statement-breakpoint
CREATE TRIGGER `escalations_search_delete` AFTER DELETE ON `escalations` BEGIN
  INSERT INTO `escalations_search` (`escalations_search`, rowid, `child_name`, `case_id`) VALUES ('delete', old.rowid, old.`child_name`, old.`case_id`);
END;--> statement-breakpoint
CREATE TRIGGER `escalations_search_update` AFTER UPDATE OF `child_name`, `case_id` ON `escalations` BEGIN
  INSERT INTO `escalations_search` (`escalations_search`, rowid, `child_name`, `case_id`) VALUES ('delete', old.rowid, old.`child_name`, old.`case_id`);
  INSERT INTO `escalations_search` (rowid, `child_name`, `case_id`) VALUES (new.rowid, new.`child_name`, new.`case_id`);
END;--> statement-breakpoint
CREATE VIRTUAL TABLE `children_search` USING fts5(`name`, `case_id`, content='children', tokenize='trigram');--> statement-breakpoint
INSERT INTO `children_search` (`children_search`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `children_search_insert` AFTER INSERT ON `children` BEGIN
  INSERT INTO `children_search` (rowid, `name`, `case_id`) VALUES (new.rowid, new.`name`, new.`case_id`);
END;--> statement-breakpoint
CREATE TRIGGER `children_search_delete` AFTER DELETE ON `children` BEGIN
  INSERT INTO `children_search` (`children_search`, rowid, `name`, `case_id`) VALUES ('delete', old.rowid, old.`name`, old.`case_id`);
END;--> statement-breakpoint
CREATE TRIGGER `children_search_update` AFTER UPDATE OF `name`, `case_id` ON `children` BEGIN
  INSERT INTO `children_search` (`children_search`, rowid, `name`, `case_id`) VALUES ('delete', old.rowid, old.`name`, old.`case_id`);
  INSERT INTO `children_search` (rowid, `name`, `case_id`) VALUES (new.rowid, new.`name`, new.`case_id`);
END;
