'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { LoadError, Loading } from '@/components/manage/query-state';
import { PartialDateText } from '@/components/ui/partial-date';
import { options, reviewListQuery } from '@/lib/api/queries';
import type { ReviewListItem } from '@/lib/api/review-dto';
import { t } from './i18n';
import { ChairBadge, StageBadge } from './labels';

type Todo = ReviewListItem['todo'];

/** In the order the work goes: what only I can move forward first, what is finished last. */
const TODO_ORDER: readonly Todo[] = ['assess', 'decide', 'sign', 'wait', 'none'];

/** Oldest meeting first within a group: the one that has waited longest. Undated last. */
function byDate(a: ReviewListItem, b: ReviewListItem): number {
  if (a.date === b.date) return a.id - b.id;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

function Item({ item }: { item: ReviewListItem }) {
  return (
    <li className="review-item">
      <p className="review-item-title">
        <Link href={`/review/inspections/${item.id}`}>
          {t(`milestone.${item.kind}`)} · {item.project.title.zh}
        </Link>
        {item.amends !== null && <span className="muted small"> {t('review.list.amends', { id: item.amends })}</span>}
      </p>
      <p className="review-item-meta">
        <PartialDateText date={item.date} fallback={t('review.common.undated')} />
        <span>{item.organiser ? t('review.list.organiser', { name: item.organiser.name.zh }) : t('review.list.noOrganiser')}</span>
        <StageBadge stage={item.stage} />
        {item.chair && <ChairBadge />}
      </p>
    </li>
  );
}

/** The expert's inspections, grouped by what they still have to do. */
export function ReviewList() {
  const query = useQuery(options(reviewListQuery()));
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data.items;
  if (!items.length) return <p className="panel review-empty">{t('review.list.empty')}</p>;

  return (
    <div className="review-groups">
      {TODO_ORDER.map((todo) => {
        const group = items.filter((i) => i.todo === todo).sort(byDate);
        if (!group.length) return null;
        const headingId = `todo-${todo}`;
        return (
          <section key={todo} className={`panel review-group todo-${todo}`} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(`review.list.group.${todo}`)} <span className="muted small">{t('review.list.count', { count: group.length })}</span>
            </h2>
            <p className="muted small">{t(`review.list.groupHint.${todo}`)}</p>
            <ul className="review-items">
              {group.map((item) => (
                <Item key={item.id} item={item} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
