import { buildingTone } from '@/components/ui/badge';
import type { BuildingSummary } from '@/lib/api/dto';
import { BUILDING_STATUSES } from '@/lib/domain/codes';
import { localeHref, useReaderLocale } from '@/lib/i18n/locale';
import { getTranslator, pickText } from '@/lib/i18n/translator';

/**
 * A schematic plan of a site's buildings, coloured and patterned by restoration status.
 * Each building is a link with its number, name and status in words; the legend is text,
 * so neither colour nor pattern carries meaning alone.
 */
export function SitePlan({ siteSlug, buildings }: { siteSlug: string; buildings: BuildingSummary[] }) {
  const locale = useReaderLocale();
  const t = getTranslator(locale);
  const placed = buildings.map((b, i) => ({ ...b, number: i + 1 })).filter((b) => b.plan);
  if (!placed.length) return null;
  return (
    <figure className="site-plan">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the drawing for screen readers */}
      <svg viewBox="0 0 100 100" role="group" aria-label={t('site.plan')} className="site-plan-svg">
        <defs>
          <pattern id="pattern-in_progress" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="3" className="fill-active" />
            <line x1="0" y1="0" x2="0" y2="3" className="hatch" />
          </pattern>
          <pattern id="pattern-initiating" width="3" height="3" patternUnits="userSpaceOnUse">
            <rect width="3" height="3" className="fill-pending" />
            <circle cx="1.5" cy="1.5" r="0.45" className="dot" />
          </pattern>
        </defs>
        <rect x="0.5" y="0.5" width="99" height="99" className="site-boundary" />
        {placed.map((b) => {
          const plan = b.plan as NonNullable<BuildingSummary['plan']>;
          const fill = b.status === 'in_progress' || b.status === 'initiating' ? `url(#pattern-${b.status})` : undefined;
          const label = t('site.planLabel', { number: b.number, name: pickText(b.name, locale), status: t(`buildingStatus.${b.status}`) });
          return (
            <a
              key={b.slug}
              href={localeHref(locale, `/sites/${encodeURIComponent(siteSlug)}/buildings/${encodeURIComponent(b.slug)}`)}
              aria-label={label}
              className="plan-building"
            >
              <title>{label}</title>
              <rect
                x={plan.x}
                y={plan.y}
                width={plan.width}
                height={plan.height}
                rx="0.8"
                className={`plan-rect status-${b.status}`}
                style={fill ? { fill } : undefined}
              />
              <circle cx={plan.x + 4} cy={plan.y + 4.5} r="3.2" className="plan-number-bg" />
              <text x={plan.x + 4} y={plan.y + 4.6} className="plan-number" textAnchor="middle" dominantBaseline="central">
                {b.number}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption>
        <p className="small muted">{t('site.planNote')}</p>
        <ul className="plan-legend" aria-label={t('site.planLegend')}>
          {BUILDING_STATUSES.map((status) => (
            <li key={status}>
              <span className={`legend-swatch status-${status}`} aria-hidden="true">
                {buildingTone[status][1]}
              </span>
              {t(`buildingStatus.${status}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
