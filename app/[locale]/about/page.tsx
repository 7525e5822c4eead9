import type { Metadata } from 'next';
import { VerdictBadge } from '@/components/ui/status-badge';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/i18n/page-metadata';
import { getTranslator } from '@/lib/i18n/translator';

interface Props {
  params: Promise<{ locale: string }>;
}

/** The usual order of a project's steps (DOMAIN.md), as the public reads them. */
const STEPS = [
  'project_approval',
  'plan_approval',
  'construction_start',
  'midterm_inspection',
  'construction_complete',
  'preliminary_acceptance',
  'final_acceptance',
] as const;

const VERDICTS = [
  ['qualified', 'qualified'],
  ['basically_qualified', 'basicallyQualified'],
  ['unqualified', 'unqualified'],
] as const;

/** Open data the site publishes; the paths are the same in both languages. */
const OPEN_DATA = [
  ['/feed.xml', 'feed'],
  ['/calendar.ics', 'calendar'],
  ['/api/v1/projects.csv', 'csv'],
  ['/api/v1/openapi.json', 'api'],
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  return pageMetadata({ locale, path: '/about', title: t('about.title'), description: t('about.description') });
}

/** What the site is and how to read it. It reads no records, so it is prerendered at build time. */
export default async function AboutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = getTranslator(locale);
  return (
    <article className="record prose">
      <h1>{t('about.title')}</h1>

      <section aria-labelledby="what-heading" className="panel">
        <h2 id="what-heading">{t('about.whatHeading')}</h2>
        <p>{t('about.what')}</p>
        <p>{t('about.who')}</p>
        <p>{t('about.sources')}</p>
      </section>

      <section aria-labelledby="steps-heading" className="panel">
        <h2 id="steps-heading">{t('about.stepsHeading')}</h2>
        <p>{t('about.stepsLead')}</p>
        <ol>
          {STEPS.map((kind) => (
            <li key={kind}>{t(`milestone.${kind}`)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="verdicts-heading" className="panel">
        <h2 id="verdicts-heading">{t('about.verdictsHeading')}</h2>
        <dl className="verdict-meanings">
          {VERDICTS.map(([verdict, key]) => (
            <div key={verdict}>
              <dt>
                <VerdictBadge verdict={verdict} />
              </dt>
              <dd>{t(`about.${key}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="data-heading" className="panel">
        <h2 id="data-heading">{t('about.dataHeading')}</h2>
        <p>{t('about.dataLead')}</p>
        <ul>
          {OPEN_DATA.map(([href, key]) => (
            <li key={href}>
              <a href={href}>{t(`about.${key}`)}</a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="language-heading" className="panel">
        <h2 id="language-heading">{t('about.languageHeading')}</h2>
        <p>{t('about.language')}</p>
      </section>
    </article>
  );
}
