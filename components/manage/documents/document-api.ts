/**
 * The document API for the workspace: the query contract of a project's documents (its tag sits
 * under the project's, so a project refetch takes it along) and the three writes.
 */
import type { DocumentPatch } from '@/lib/api/document-schemas';
import type { StaffDocumentDto, StaffDocumentListDto } from '@/lib/api/dto';
import { apiFetch } from '@/lib/api/fetcher';
import { keyOf, manageTags, type QueryContract } from '@/lib/api/queries';

export const projectDocumentsTag = (slug: string) => `${manageTags.project(slug)}:documents`;

export const projectDocumentsQuery = (slug: string): QueryContract<StaffDocumentListDto> => {
  const tag = projectDocumentsTag(slug);
  return {
    tag,
    key: keyOf(tag),
    fetcher: ({ signal } = {}) => apiFetch<StaffDocumentListDto>(`/api/v1/documents?project=${encodeURIComponent(slug)}`, { signal }),
  };
};

export const buildingDocumentsTag = (site: string, building: string) => `${manageTags.site(site)}:building:${building}:documents`;

/** A building's own documents and photos (not its projects'). */
export const buildingDocumentsQuery = (site: string, building: string): QueryContract<StaffDocumentListDto> => {
  const tag = buildingDocumentsTag(site, building);
  return {
    tag,
    key: keyOf(tag),
    fetcher: ({ signal } = {}) =>
      apiFetch<StaffDocumentListDto>(`/api/v1/documents?building=${encodeURIComponent(`${site}/${building}`)}`, { signal }),
  };
};

/** multipart/form-data: the browser sets the boundary, so no content-type is given here. */
export const uploadDocument = (form: FormData) => apiFetch<StaffDocumentDto>('/api/v1/documents', { method: 'POST', body: form });

export const patchDocument = (id: number, body: DocumentPatch) =>
  apiFetch<StaffDocumentDto>(`/api/v1/documents/${id}`, { method: 'PATCH', json: body });

export const deleteDocument = (id: number) =>
  apiFetch<{ id: number; fileRemoved: boolean }>(`/api/v1/documents/${id}`, { method: 'DELETE' });

/** A document write changes the project's list, its public record (documents shown there) and its history. */
export const documentWriteKeys = (slug: string) => [keyOf(manageTags.project(slug))];

/** Client-side checks before a byte is sent; the server judges the type from the content again. */
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** Rounded up: a file just over the limit must not read as exactly the limit. */
export const megabytes = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
