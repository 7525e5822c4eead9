/**
 * The review workspace's strings for client components: the shared labels (messages/zh.json:
 * criteria, grades, verdicts, milestone kinds) and the workspace's own (messages/zh.review.json).
 */
import { createTranslator } from 'next-intl';
import { formatInstant } from '@/lib/domain/partial-date';
import zh from '@/messages/zh.json';
import zhReview from '@/messages/zh.review.json';

const messages = { ...zh, ...zhReview };

export const t = createTranslator({ locale: 'zh-CN', messages });

export type ReviewTranslator = typeof t;

/** A moment (a change, a signature) on Beijing time, the same on every reader's machine. */
export const formatTimestamp = (iso: string): string => formatInstant(iso, true, 'zh');
