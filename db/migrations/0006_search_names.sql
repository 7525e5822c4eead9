-- Names for short terms: one- and two-character terms (二砂, 车间, 砂), which the trigram index
-- cannot find, are searched in the names of records (title and aliases) through this index instead
-- of by reading every row. Each name is stored with its characters spaced (space_chars, a function db/open.ts registers
-- on every connection), so the unicode61 tokenizer makes every character a token and a short term
-- is a phrase: "车 间". Contentless: the names themselves stay in search_documents.
CREATE VIRTUAL TABLE `search_names` USING fts5(
	`title_zh`, `title_en`, `aliases`,
	content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `search_documents_names_insert` AFTER INSERT ON `search_documents` BEGIN
	INSERT INTO `search_names` (`rowid`, `title_zh`, `title_en`, `aliases`)
	VALUES (NEW.`id`, space_chars(NEW.`title_zh`), space_chars(NEW.`title_en`), space_chars(NEW.`aliases`));
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_names_delete` AFTER DELETE ON `search_documents` BEGIN
	DELETE FROM `search_names` WHERE `rowid` = OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_names_update` AFTER UPDATE OF `title_zh`, `title_en`, `aliases` ON `search_documents` BEGIN
	DELETE FROM `search_names` WHERE `rowid` = OLD.`id`;
	INSERT INTO `search_names` (`rowid`, `title_zh`, `title_en`, `aliases`)
	VALUES (NEW.`id`, space_chars(NEW.`title_zh`), space_chars(NEW.`title_en`), space_chars(NEW.`aliases`));
END;
--> statement-breakpoint
INSERT INTO `search_names` (`rowid`, `title_zh`, `title_en`, `aliases`)
SELECT `id`, space_chars(`title_zh`), space_chars(`title_en`), space_chars(`aliases`) FROM `search_documents`;
