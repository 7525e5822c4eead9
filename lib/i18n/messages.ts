/**
 * Every UI string, per language. Each file holds its own top-level namespaces; the public side
 * reads both languages, the staff workspace (auth, forms, manage, review) only Chinese.
 */
import enAbout from '@/messages/en.about.json';
import enDocuments from '@/messages/en.documents.json';
import en from '@/messages/en.json';
import enOpinion from '@/messages/en.opinion.json';
import enSearch from '@/messages/en.search.json';
import enSharing from '@/messages/en.sharing.json';
import zhAbout from '@/messages/zh.about.json';
import zhAuth from '@/messages/zh.auth.json';
import zhDocuments from '@/messages/zh.documents.json';
import zhForms from '@/messages/zh.forms.json';
import zh from '@/messages/zh.json';
import zhManage from '@/messages/zh.manage.json';
import zhOpinion from '@/messages/zh.opinion.json';
import zhReview from '@/messages/zh.review.json';
import zhSearch from '@/messages/zh.search.json';
import zhSharing from '@/messages/zh.sharing.json';
import type { Locale } from './routing';

/** The public strings, file by file; the English files mirror these. */
export const publicMessages = {
  zh: { ...zh, ...zhAbout, ...zhOpinion, ...zhSearch, ...zhDocuments, ...zhSharing },
  en: { ...en, ...enAbout, ...enOpinion, ...enSearch, ...enDocuments, ...enSharing },
};

const zhAll = {
  ...zh,
  ...zhAbout,
  ...zhAuth,
  ...zhForms,
  ...zhManage,
  ...zhReview,
  ...zhOpinion,
  ...zhSearch,
  ...zhDocuments,
  ...zhSharing,
};
export type Messages = typeof zhAll;

type Tree = { [key: string]: string | Tree };

/** `over` wins key by key; whatever it lacks keeps the Chinese. */
function overlay(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = base[key];
    out[key] = typeof value === 'object' && typeof below === 'object' ? overlay(below, value) : value;
  }
  return out;
}

/**
 * English over Chinese: a string not yet translated shows in Chinese rather than as its key
 * (messages.test.ts keeps the public English complete), and the workspace's Chinese-only
 * namespaces stay available to shared code.
 */
export const messages: Record<Locale, Messages> = {
  zh: zhAll,
  en: overlay(zhAll as unknown as Tree, publicMessages.en as unknown as Tree) as unknown as Messages,
};
