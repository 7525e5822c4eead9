/**
 * The staff workspace's strings for client components: the same messages as the server's
 * translator (messages/zh.json and the workspace's own messages/zh.manage.json), bundled once.
 */
import { createTranslator } from 'next-intl';
import zh from '@/messages/zh.json';
import zhManage from '@/messages/zh.manage.json';

const messages = { ...zh, ...zhManage };

export const t = createTranslator({ locale: 'zh-CN', messages });

export type ManageTranslator = typeof t;

const timestamp = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** When a change happened, in the bureau's time zone (the same on every reader's machine). */
export function formatTimestamp(iso: string): string {
  return timestamp.format(new Date(iso));
}
