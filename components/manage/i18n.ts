/**
 * The staff workspace's strings for client components: the same messages as the server's
 * translator (messages/zh.json and the workspace's own messages/zh.manage.json), bundled once.
 */
import { createTranslator } from 'next-intl';
import { formatInstant } from '@/lib/domain/partial-date';
import zh from '@/messages/zh.json';
import zhManage from '@/messages/zh.manage.json';

const messages = { ...zh, ...zhManage };

export const t = createTranslator({ locale: 'zh-CN', messages });

export type ManageTranslator = typeof t;

/** A moment (a change, a signature) on Beijing time, the same on every reader's machine. */
export const formatTimestamp = (iso: string): string => formatInstant(iso, true, 'zh');
