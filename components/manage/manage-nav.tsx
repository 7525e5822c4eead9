'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { t } from './i18n';

const LINKS = [
  { href: '/manage', label: 'manage.nav.dashboard', exact: true },
  { href: '/manage/projects/new', label: 'manage.nav.newProject', exact: true },
  { href: '/manage/sites', label: 'manage.nav.sites', exact: false },
  { href: '/manage/organisations', label: 'manage.nav.organisations', exact: false },
] as const;

/** The workspace's sections; the current one is marked for screen readers and by an underline, not by colour alone. */
export function ManageNav() {
  const pathname = usePathname();
  return (
    <nav aria-label={t('manage.nav.label')}>
      <ul className="manage-nav">
        {LINKS.map((link) => {
          const current = link.exact ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={current ? 'page' : undefined}>
                {t(link.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
