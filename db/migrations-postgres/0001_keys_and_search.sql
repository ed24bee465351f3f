-- drizzle's SQLite insert writes NULL for a key SQLite numbers itself (INTEGER PRIMARY KEY); on the server a trigger
-- numbers such a row from the column's identity sequence, as SQLite would. NOT NULL is checked after the trigger.
CREATE FUNCTION tracker_number_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS NULL THEN
    NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'));
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER change_log_number BEFORE INSERT ON "change_log" FOR EACH ROW EXECUTE FUNCTION tracker_number_row();
--> statement-breakpoint
CREATE TRIGGER escalation_events_number BEFORE INSERT ON "escalation_events" FOR EACH ROW EXECUTE FUNCTION tracker_number_row();
--> statement-breakpoint
CREATE TRIGGER theme_events_number BEFORE INSERT ON "theme_events" FOR EACH ROW EXECUTE FUNCTION tracker_number_row();
--> statement-breakpoint
CREATE TRIGGER theme_links_number BEFORE INSERT ON "theme_links" FOR EACH ROW EXECUTE FUNCTION tracker_number_row();
--> statement-breakpoint
-- "Name or case ID contains …" (db/repositories/text-search.ts): trigram indexes answer ILIKE '%…%' as the file's FTS5
-- trigram tables do. pg_trgm ships with PostgreSQL and is a trusted extension (a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX escalations_search ON "escalations" USING gin ("child_name" gin_trgm_ops, "case_id" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX children_search ON "children" USING gin ("name" gin_trgm_ops, "case_id" gin_trgm_ops);
