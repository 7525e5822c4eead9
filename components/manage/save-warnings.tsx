'use client';

import { t } from './i18n';

/** What a save did not break but a person should read (rule checks that only warn). */
export function SaveWarnings({ warnings }: { warnings: string[] }) {
  if (!warnings.length) return null;
  return (
    <ul className="notice tone-warn warnings">
      {warnings.map((w) => (
        <li key={w}>
          <strong>{t('manage.common.warning')}：</strong>
          {w}
        </li>
      ))}
    </ul>
  );
}
