CREATE TABLE `search_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`record_id` integer NOT NULL,
	`slug` text NOT NULL,
	`path` text NOT NULL,
	`site_id` integer,
	`project_id` integer,
	`building_id` integer,
	`level` text,
	`status` text,
	`category` text,
	`title_zh` text NOT NULL,
	`title_en` text,
	`body_zh` text DEFAULT '' NOT NULL,
	`body_en` text DEFAULT '' NOT NULL,
	`context_zh` text,
	`context_en` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_documents_record_idx` ON `search_documents` (`type`,`record_id`);--> statement-breakpoint
CREATE INDEX `search_documents_project_idx` ON `search_documents` (`project_id`);--> statement-breakpoint
CREATE INDEX `search_documents_building_idx` ON `search_documents` (`building_id`);--> statement-breakpoint
CREATE INDEX `search_documents_site_idx` ON `search_documents` (`site_id`);--> statement-breakpoint
CREATE TABLE `search_index_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`fingerprint` text NOT NULL,
	`built_at` integer NOT NULL
);
--> statement-breakpoint
-- The public search's full-text index over search_documents (an external-content FTS5 table: the
-- text is stored once, in search_documents). The trigram tokenizer matches any substring of three
-- or more characters, which is what Chinese needs (no word boundaries); shorter terms are searched
-- with instr() on search_documents itself (lib/server/search.ts). Drizzle has no virtual tables,
-- so this part is written by hand; the triggers keep the index in step with every row change.
CREATE VIRTUAL TABLE `search_fts` USING fts5(
	`title_zh`, `title_en`, `body_zh`, `body_en`,
	content='search_documents', content_rowid='id', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_insert` AFTER INSERT ON `search_documents` BEGIN
	INSERT INTO `search_fts` (`rowid`, `title_zh`, `title_en`, `body_zh`, `body_en`)
	VALUES (NEW.`id`, NEW.`title_zh`, NEW.`title_en`, NEW.`body_zh`, NEW.`body_en`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_delete` AFTER DELETE ON `search_documents` BEGIN
	INSERT INTO `search_fts` (`search_fts`, `rowid`, `title_zh`, `title_en`, `body_zh`, `body_en`)
	VALUES ('delete', OLD.`id`, OLD.`title_zh`, OLD.`title_en`, OLD.`body_zh`, OLD.`body_en`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_update` AFTER UPDATE ON `search_documents` BEGIN
	INSERT INTO `search_fts` (`search_fts`, `rowid`, `title_zh`, `title_en`, `body_zh`, `body_en`)
	VALUES ('delete', OLD.`id`, OLD.`title_zh`, OLD.`title_en`, OLD.`body_zh`, OLD.`body_en`);
	INSERT INTO `search_fts` (`rowid`, `title_zh`, `title_en`, `body_zh`, `body_en`)
	VALUES (NEW.`id`, NEW.`title_zh`, NEW.`title_en`, NEW.`body_zh`, NEW.`body_en`);
END;
