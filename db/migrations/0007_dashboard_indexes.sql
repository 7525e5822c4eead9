DROP INDEX `inspections_amends_idx`;--> statement-breakpoint
CREATE INDEX `inspections_amends_idx` ON `inspections` (`amends_id`) WHERE "inspections"."amends_id" is not null;--> statement-breakpoint
CREATE INDEX `projects_updated_idx` ON `projects` (`updated_at`);