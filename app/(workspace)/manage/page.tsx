import type { Metadata } from 'next';
import { Dashboard } from '@/components/manage/dashboard';
import { getTranslator } from '@/lib/i18n/translator';

const t = getTranslator();

export const metadata: Metadata = { title: t('manage.dashboard.title') };

export default function ManageHome() {
  return (
    <>
      <header className="record-header">
        <h1>{t('manage.dashboard.title')}</h1>
        <p className="lead">{t('manage.dashboard.lead')}</p>
      </header>
      <Dashboard />
    </>
  );
}
