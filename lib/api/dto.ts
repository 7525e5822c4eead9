/**
 * The shapes the read models return and the JSON API serves. Isomorphic: types only.
 * Dates are DOMAIN.md partial-date strings; codes are DOMAIN.md's.
 */
import type {
  AcceptanceCriterion,
  AdminLevel,
  ApprovalDecision,
  BuildingStatus,
  CriterionGrade,
  DocumentKind,
  MilestoneKind,
  OrganisationRole,
  ProjectCategory,
  ProjectStatus,
  ProtectionLevel,
  RectificationStatus,
  SiteCategory,
  Verdict,
} from '@/lib/domain/codes';
import type { RuleFinding } from '@/lib/domain/milestones';
import type { SearchType } from './search-schema';

/** A record's own text in both languages; English may be missing and falls back to Chinese. */
export interface LocalizedText {
  zh: string;
  en: string | null;
}

export interface OrganisationRef {
  slug: string;
  name: LocalizedText;
  adminLevel: AdminLevel | null;
}

export interface SourceDto {
  key: string;
  title: LocalizedText;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  citation: string | null;
}

export interface SiteSummary {
  slug: string;
  name: LocalizedText;
  aliases: string[];
  category: SiteCategory;
  district: string | null;
  level: ProtectionLevel | null;
  batch: number | null;
  buildingCount: number;
  projectCount: number;
}

export interface DesignationDto {
  id: number;
  level: ProtectionLevel;
  batch: number | null;
  date: string | null;
  issuer: OrganisationRef | null;
  documentNumber: string | null;
  officialCode: string | null;
}

export interface BuildingSummary {
  slug: string;
  name: LocalizedText;
  aliases: string[];
  originalUse: LocalizedText | null;
  floorAreaM2: number | null;
  status: BuildingStatus;
  plan: { x: number; y: number; width: number; height: number } | null;
}

export interface ProjectSummary {
  slug: string;
  title: LocalizedText;
  category: ProjectCategory | null;
  status: ProjectStatus;
  buildings: string[];
}

export interface ApprovalDto {
  id: number;
  date: string | null;
  authority: OrganisationRef | null;
  decision: ApprovalDecision;
  subject: 'project' | 'plan' | 'plan_filing' | 'other';
  subjectText: LocalizedText | null;
  documentNumber: string | null;
  buildings: string[];
  /** Set when the approval belongs to another project (it covers some of this one's buildings). */
  project: string | null;
}

export interface RectificationItemDto {
  id: number;
  description: LocalizedText;
  responsible: OrganisationRef | null;
  due: string | null;
  status: RectificationStatus;
}

/** A problem the panel found, under the criterion real opinions group it by (工程质量, 档案资料 …). */
export interface InspectionFindingDto {
  criterion: AcceptanceCriterion;
  text: LocalizedText;
}

/** A panel member as the signed opinion names them. */
export interface PanelSignatureDto {
  name: string;
  chair: boolean;
  signedAt: string | null;
}

/**
 * An inspection or acceptance as the public reads it. Until the panel has signed it (or it was
 * imported from a published record) it is only scheduled: verdict, criteria, findings, panel and
 * items stay empty, so no draft or private remark ever reaches a reader.
 */
export interface InspectionDto {
  id: number;
  /** Signed by the whole panel, or historical: what it says stands. */
  decided: boolean;
  verdict: Verdict | null;
  date: string | null;
  organiser: OrganisationRef | null;
  criteria: { criterion: AcceptanceCriterion; grade: CriterionGrade }[];
  /** When the last panel member signed; null for a historical record or an unsigned one. */
  signedAt: string | null;
  /** Imported from a published record: final, though the panel did not sign here. */
  historical: boolean;
  locked: boolean;
  unanimous: boolean | null;
  conclusion: LocalizedText | null;
  attendees: { role: OrganisationRole; organisation: OrganisationRef | null }[];
  rectificationItems: RectificationItemDto[];
  /** A recorded dissent when the panel was not unanimous. */
  dissent: string | null;
  findings: InspectionFindingDto[];
  panel: PanelSignatureDto[];
  /** Set on an amendment: the record it corrects, why, and who opened the correction when. */
  amends: { id: number; date: string | null; signedAt: string | null; reason: string | null; by: string | null; at: string } | null;
}

export interface MilestoneDto {
  id: number;
  kind: MilestoneKind;
  sequence: number;
  planned: string | null;
  actual: string | null;
  version: number;
  note: LocalizedText | null;
  inspection: InspectionDto | null;
}

export interface ProjectDetail extends Omit<ProjectSummary, 'buildings'> {
  published: boolean;
  description: LocalizedText | null;
  site: { slug: string; name: LocalizedText; level: ProtectionLevel | null };
  buildings: { slug: string; name: LocalizedText }[];
  participants: { organisation: OrganisationRef; role: OrganisationRole }[];
  approvals: ApprovalDto[];
  milestones: MilestoneDto[];
  /** Rule checks over the milestones: warnings a reader should see (e.g. missing rectification records). */
  findings: RuleFinding[];
  sources: SourceDto[];
  /** Public documents and photos of the project, its milestones, inspections and rectification items. */
  documents: DocumentDto[];
  /** Rectification items of decided verdicts that have public before/after photos. */
  rectificationEvidence: EvidencePairDto[];
}

export interface TimelineEvent {
  date: string;
  kind: 'designation' | 'approval' | 'milestone';
  /** A milestone kind, an approval subject, or a protection level. */
  code: string;
  /** The record's own words: an approval's subject, a designation's document number. */
  detail: LocalizedText | null;
  project: { slug: string; title: LocalizedText } | null;
  verdict: Verdict | null;
}

export interface SiteDetail extends SiteSummary {
  address: LocalizedText | null;
  foundedYear: number | null;
  description: LocalizedText | null;
  designations: DesignationDto[];
  buildings: BuildingSummary[];
  projects: ProjectSummary[];
  timeline: TimelineEvent[];
  sources: SourceDto[];
}

export interface BuildingDetail extends BuildingSummary {
  site: { slug: string; name: LocalizedText; level: ProtectionLevel | null };
  description: LocalizedText | null;
  builtYear: number | null;
  condition: string | null;
  projects: ProjectSummary[];
  approvals: ApprovalDto[];
  timeline: TimelineEvent[];
  sources: SourceDto[];
  /** Public documents and photos of the building itself (before/after its restoration among them). */
  documents: DocumentDto[];
}

export interface MilestoneEventDto {
  date: string;
  kind: MilestoneKind;
  verdict: Verdict | null;
  project: { slug: string; title: LocalizedText };
  site: { slug: string; name: LocalizedText };
}

export interface HomeDto {
  sites: SiteSummary[];
  recent: MilestoneEventDto[];
  counts: { sites: number; buildings: number; projects: number; accepted: number; inspections: number };
}

export interface ProjectTimelineRow {
  slug: string;
  title: LocalizedText;
  status: ProjectStatus;
  site: { slug: string; name: LocalizedText };
  milestones: { kind: MilestoneKind; planned: string | null; actual: string | null; verdict: Verdict | null }[];
}

/** [start, end) of a highlighted match, in UTF-16 code units (JavaScript string indices) of the text it marks. */
export type TextRange = [start: number, end: number];

/**
 * One search result (`GET /api/v1/search`, the /search page). `title` and `snippet` are plain text,
 * never HTML: show them as text and wrap each range of `titleHighlights` / `highlights` in a <mark>.
 * They are in the reader's language when the record has it there, else in Chinese; `titleLang` and
 * `snippetLang` say which, so a page can mark the fallback lang="zh".
 */
export interface SearchHitDto {
  type: SearchType;
  /** The slug of the page `url` leads to: the record's own, or its project's or building's. */
  slug: string;
  title: string;
  titleHighlights: TextRange[];
  titleLang: 'zh' | 'en';
  /** A cut of the text around the first match (an ellipsis marks each cut), or the record's opening words. */
  snippet: string;
  highlights: TextRange[];
  snippetLang: 'zh' | 'en';
  /** What the record belongs to (a milestone's project, a building's site), to tell like results apart; null for a site. */
  context: string | null;
  contextLang: 'zh' | 'en';
  /** A path on this site, in the reader's language (`/en/…` for English). */
  url: string;
}

export interface SearchResultDto {
  /** The query as searched: control characters and broken characters removed, cut to 100 characters. */
  query: string;
  /** True when the query was longer than 100 characters and was cut. */
  truncated: boolean;
  /** The terms matched, all of them in every result (split on white space). */
  terms: string[];
  items: SearchHitDto[];
  /** How many results in all, counted up to 1,000; `totalCapped` says there are more. */
  total: number;
  totalCapped: boolean;
  limit: number;
  offset: number;
}

/** One web-sized rendering of a stored image (WebP): what `<img srcset>` lists. */
export interface DocumentVariantDto {
  url: string;
  width: number;
  height: number;
}

/**
 * A document or photo as the public reads it. `url` is the original file; an image also has its
 * size (EXIF orientation applied) and its variants, smallest first.
 */
export interface DocumentDto {
  id: number;
  title: LocalizedText;
  kind: DocumentKind;
  mimeType: string;
  sizeBytes: number;
  url: string;
  image: { width: number; height: number; thumb: DocumentVariantDto; variants: DocumentVariantDto[] } | null;
  /** Before/after evidence of a rectification item or of a building's restoration. */
  evidence: 'before' | 'after' | null;
  rectificationItemId: number | null;
}

/** A rectification item with its public before/after photos, for the side-by-side view. */
export interface EvidencePairDto {
  item: { id: number; description: LocalizedText; status: RectificationStatus };
  before: DocumentDto[];
  after: DocumentDto[];
}

/** A document as the staff workspace lists it: private ones too, with what it belongs to. */
export interface StaffDocumentDto extends DocumentDto {
  public: boolean;
  projectId: number | null;
  buildingId: number | null;
  milestoneId: number | null;
  inspectionId: number | null;
  uploadedBy: string | null;
  createdAt: string;
}

export interface StaffDocumentListDto {
  items: StaffDocumentDto[];
}
