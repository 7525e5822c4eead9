ALTER TABLE `inspections` ADD `amendment_reason` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `waiver_reason` text;--> statement-breakpoint
ALTER TABLE `inspections` ADD `created_by` text REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `rectification_items` ADD `submitted_by` text REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `rectification_items` ADD `verification_note` text;