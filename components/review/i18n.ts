/**
 * The review workspace's strings for client components: the shared labels (messages/zh.json:
 * criteria, grades, verdicts, milestone kinds) and the workspace's own (messages/zh.review.json).
 */
import { createTranslator } from 'next-intl';
import zh from '@/messages/zh.json';
import zhReview from '@/messages/zh.review.json';

const messages = { ...zh, ...zhReview };

export const t = createTranslator({ locale: 'zh-CN', messages });

export type ReviewTranslator = typeof t;

const timestamp = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A moment (a signature, a lock) in the bureau's time zone, the same on every reader's machine. */
export function formatTimestamp(iso: string): string {
  return timestamp.format(new Date(iso));
}
