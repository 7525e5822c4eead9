-- A signed verdict is evidence. Once every panel member has signed, the inspection is locked
-- (locked_at set) and the database itself refuses to change it or anything it decided; a
-- correction is a new inspection that amends it. The service checks first and answers 409;
-- these triggers hold even for a write that bypasses the service.
-- Rectification items stay open to their lifecycle (status, evidence, verification) after the
-- lock; what the panel decided about them (text, responsible unit, due date) does not change.
CREATE TRIGGER inspections_locked_no_update BEFORE UPDATE ON inspections
WHEN OLD.locked_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: a signed inspection cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER inspections_locked_no_delete BEFORE DELETE ON inspections
WHEN OLD.locked_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: a signed inspection cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_criteria_locked_no_insert BEFORE INSERT ON inspection_criteria
WHEN (SELECT locked_at FROM inspections WHERE id = NEW.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_criteria of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_criteria_locked_no_update BEFORE UPDATE ON inspection_criteria
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_criteria of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_criteria_locked_no_delete BEFORE DELETE ON inspection_criteria
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_criteria of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_findings_locked_no_insert BEFORE INSERT ON inspection_findings
WHEN (SELECT locked_at FROM inspections WHERE id = NEW.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_findings of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_findings_locked_no_update BEFORE UPDATE ON inspection_findings
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_findings of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_findings_locked_no_delete BEFORE DELETE ON inspection_findings
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_findings of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_attendees_locked_no_insert BEFORE INSERT ON inspection_attendees
WHEN (SELECT locked_at FROM inspections WHERE id = NEW.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_attendees of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_attendees_locked_no_update BEFORE UPDATE ON inspection_attendees
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_attendees of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER inspection_attendees_locked_no_delete BEFORE DELETE ON inspection_attendees
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: inspection_attendees of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER panel_members_locked_no_insert BEFORE INSERT ON panel_members
WHEN (SELECT locked_at FROM inspections WHERE id = NEW.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: panel_members of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER panel_members_locked_no_update BEFORE UPDATE ON panel_members
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: panel_members of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER panel_members_locked_no_delete BEFORE DELETE ON panel_members
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: panel_members of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER assessments_locked_no_insert BEFORE INSERT ON assessments
WHEN (SELECT locked_at FROM inspections WHERE id = NEW.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: assessments of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER assessments_locked_no_update BEFORE UPDATE ON assessments
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: assessments of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER assessments_locked_no_delete BEFORE DELETE ON assessments
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: assessments of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER signatures_locked_no_insert BEFORE INSERT ON signatures
WHEN (SELECT locked_at FROM inspections WHERE id = NEW.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: signatures of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER signatures_locked_no_update BEFORE UPDATE ON signatures
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: signatures of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER signatures_locked_no_delete BEFORE DELETE ON signatures
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: signatures of a signed inspection cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER rectification_items_locked_no_insert BEFORE INSERT ON rectification_items
WHEN (SELECT locked_at FROM inspections WHERE id = NEW.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: a signed inspection cannot gain rectification items');
END;
--> statement-breakpoint
CREATE TRIGGER rectification_items_locked_no_delete BEFORE DELETE ON rectification_items
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: rectification items of a signed inspection cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER rectification_items_locked_no_rewrite BEFORE UPDATE OF inspection_id, description_zh, description_en, responsible_id, due ON rectification_items
WHEN (SELECT locked_at FROM inspections WHERE id = OLD.inspection_id) IS NOT NULL
  AND (NEW.inspection_id IS NOT OLD.inspection_id OR NEW.description_zh IS NOT OLD.description_zh
    OR NEW.description_en IS NOT OLD.description_en OR NEW.responsible_id IS NOT OLD.responsible_id OR NEW.due IS NOT OLD.due)
BEGIN
  SELECT RAISE(ABORT, 'inspection_locked: what a signed inspection decided about a rectification item cannot change');
END;
