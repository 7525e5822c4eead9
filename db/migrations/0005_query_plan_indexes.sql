ALTER TABLE `search_documents` ADD `aliases` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_milestone_idx` ON `documents` (`milestone_id`);--> statement-breakpoint
CREATE INDEX `documents_rectification_item_idx` ON `documents` (`rectification_item_id`);--> statement-breakpoint
CREATE INDEX `inspections_amends_idx` ON `inspections` (`amends_id`);--> statement-breakpoint
CREATE INDEX `milestones_kind_idx` ON `milestones` (`kind`,`actual`);--> statement-breakpoint
CREATE INDEX `projects_published_idx` ON `projects` (`published`);--> statement-breakpoint
CREATE INDEX `signatures_panel_member_idx` ON `signatures` (`panel_member_id`);