import 'server-only';
import { cacheLife } from 'next/cache';
import { bureauToday, secondsUntilBureauMidnight } from '@/lib/domain/partial-date';

/**
 * Today in the bureaus' time zone, for cached public pages ("overdue" is measured against it).
 * A page that shows it is cached no later than the next midnight in Beijing: the first request
 * after midnight still gets yesterday's page and refreshes it, the next one reads the new day.
 */
export async function cachedBureauToday(): Promise<string> {
  'use cache';
  // At least a minute: a revalidate near 0 would make the day a per-request hole in every page.
  cacheLife({ stale: 60, revalidate: Math.max(60, secondsUntilBureauMidnight()), expire: 2 * 86_400 });
  return bureauToday();
}
