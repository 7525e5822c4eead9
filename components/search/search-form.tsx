import { markChinese } from '@/components/ui/chinese-runs';
import { SEARCH_TYPES } from '@/lib/api/search-schema';
import { PROJECT_CATEGORIES, PROJECT_STATUSES, PROTECTION_LEVELS } from '@/lib/domain/codes';
import { localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator } from '@/lib/i18n/translator';
import styles from './search.module.css';

interface Props {
  /** The URL's values as given, so a reader sees what they asked for, even a value that was refused. */
  values: Record<string, string>;
  /** Per field, the refusal to show next to it. */
  errors: Record<string, string>;
}

/**
 * A plain GET form: it works without JavaScript, and its URL is the search (a link can be shared).
 * The page's own language decides the results' language, so no `lang` field.
 */
export function SearchForm({ values, errors }: Props) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const filters = [
    { name: 'type', options: SEARCH_TYPES.map((v) => [v, t(`search.types.${v}`)]) },
    { name: 'level', options: PROTECTION_LEVELS.map((v) => [v, t(`level.${v}`)]) },
    { name: 'status', options: PROJECT_STATUSES.map((v) => [v, t(`projectStatus.${v}`)]) },
    { name: 'category', options: PROJECT_CATEGORIES.map((v) => [v, t(`projectCategory.${v}`)]) },
  ] as const;

  return (
    <search aria-label={t('search.form')}>
      <form method="get" action={localeHref(locale, '/search')} className={styles.form}>
        <label htmlFor="search-q" className={styles.label}>
          {t('search.label')}
        </label>
        <div className={styles.box}>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={values.q ?? ''}
            aria-describedby="search-q-hint"
            autoComplete="off"
            enterKeyHint="search"
            className={styles.input}
          />
          <button type="submit" className={styles.submit}>
            {t('search.submit')}
          </button>
        </div>
        <p id="search-q-hint" className="muted small">
          {/* The English hint gives Chinese examples (二砂, 车间). */}
          {markChinese(t('search.hint'), locale)}
        </p>
        <fieldset className={styles.filters}>
          <legend>{t('search.filters')}</legend>
          {filters.map(({ name, options }) => (
            <div key={name} className={styles.filter}>
              <label htmlFor={`search-${name}`}>{t(`search.${name}`)}</label>
              <select
                id={`search-${name}`}
                name={name}
                defaultValue={options.some(([v]) => v === values[name]) ? values[name] : ''}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={errors[name] ? `search-${name}-error` : undefined}
              >
                <option value="">{t('search.any')}</option>
                {options.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              {errors[name] && (
                <p id={`search-${name}-error`} className={styles.error}>
                  {errors[name]}
                </p>
              )}
            </div>
          ))}
        </fieldset>
      </form>
    </search>
  );
}
