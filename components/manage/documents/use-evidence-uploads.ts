'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Evidence } from '@/lib/api/document-schemas';
import { isApiProblem } from '@/lib/api/fetcher';
import { t } from '../i18n';
import { documentWriteKeys, IMAGE_TYPES, megabytes, UPLOAD_LIMIT, uploadDocument } from './document-api';

export type EvidenceFiles = Record<Evidence, File[]>;

/** A photo the browser already knows cannot go: not an image, or over the limit. */
function photoProblem(file: File): string | null {
  if (file.size > UPLOAD_LIMIT) return `${file.name}：${t('manage.documents.tooLarge', { size: megabytes(file.size) })}`;
  if (file.type && !IMAGE_TYPES.includes(file.type)) return t('manage.documents.evidence.notImage', { name: file.name });
  return null;
}

/**
 * The before/after photos chosen with a rectification submission, uploaded one by one before the
 * submission is sent (evidence first, then the claim it supports). An uploaded photo leaves the
 * list, so a retry after a refusal sends only what is still missing.
 */
export function useEvidenceUploads(item: { id: number; description: string }, projectSlug: string) {
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<EvidenceFiles>({ before: [], after: [] });
  const [makePublic, setMakePublic] = useState(true);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inputs = { before: useRef<HTMLInputElement>(null), after: useRef<HTMLInputElement>(null) };

  const problems = [...files.before, ...files.after].map(photoProblem).filter((p): p is string => p !== null);

  function choose(side: Evidence, chosen: FileList | null) {
    setFiles((prev) => ({ ...prev, [side]: chosen ? Array.from(chosen) : [] }));
    setFailure(null);
  }

  /** Uploads every chosen photo; true when none is left to upload. */
  async function uploadAll(): Promise<boolean> {
    if (problems.length) return false;
    const queue = (['before', 'after'] as const).flatMap((side) => files[side].map((file) => ({ side, file })));
    if (!queue.length) return true;
    const description = item.description.slice(0, 150);
    setFailure(null);
    let done = 0;
    try {
      for (const { side, file } of queue) {
        setProgress({ done, total: queue.length });
        const form = new FormData();
        form.append(
          'title',
          t(side === 'before' ? 'manage.documents.evidence.titleBefore' : 'manage.documents.evidence.titleAfter', { description }),
        );
        form.append('kind', 'photo');
        form.append('public', String(makePublic));
        form.append('rectificationItem', String(item.id));
        form.append('evidence', side);
        form.append('file', file);
        await uploadDocument(form);
        done += 1;
        setFiles((prev) => ({ ...prev, [side]: prev[side].filter((f) => f !== file) }));
      }
      for (const side of ['before', 'after'] as const) if (inputs[side].current) inputs[side].current.value = '';
      return true;
    } catch (error) {
      const detail = isApiProblem(error) ? (Object.values(error.errors).flat()[0] ?? error.detail) : String(error);
      setFailure(t('manage.documents.evidence.failed', { detail: `${queue[done]?.file.name ?? ''} ${detail}`.trim() }));
      return false;
    } finally {
      setProgress(null);
      if (done > 0) for (const queryKey of documentWriteKeys(projectSlug)) void queryClient.invalidateQueries({ queryKey });
    }
  }

  return { files, choose, inputs, makePublic, setMakePublic, problems, progress, failure, uploadAll };
}

export type EvidenceUploads = ReturnType<typeof useEvidenceUploads>;
