'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { HistoryDto } from '@/lib/api/manage-dto';
import { options, type QueryContract } from '@/lib/api/queries';
import { describeHistoryItem } from './history-text';
import { formatTimestamp, t } from './i18n';
import { LoadError, Loading } from './query-state';

const FIRST = 15;

/** Who changed what and when, newest first, in sentences. */
export function HistoryList({ query }: { query: QueryContract<HistoryDto> }) {
  const history = useQuery(options(query));
  const [all, setAll] = useState(false);
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError error={history.error} onRetry={() => history.refetch()} />;
  const items = history.data.items;
  if (!items.length) return <p className="muted">{t('manage.history.none')}</p>;
  const visible = all ? items : items.slice(0, FIRST);

  return (
    <>
      <ol className="history-list">
        {visible.map((item) => (
          <li key={`${item.at}-${item.entity}-${item.entityId}-${item.action}`}>
            <time dateTime={item.at}>{formatTimestamp(item.at)}</time>
            <div>
              {describeHistoryItem(item).map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </div>
          </li>
        ))}
      </ol>
      {items.length > FIRST && !all && (
        <button type="button" className="button button-quiet" onClick={() => setAll(true)}>
          {t('manage.history.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}
