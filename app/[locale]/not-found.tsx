import { NotFoundBody } from '@/components/layout/not-found-body';

/**
 * A page's own notFound() (a record removed between the proxy's check and the render): the
 * browser shows this inside the language's layout. Every other 404 is app/not-found.tsx.
 */
export default function NotFound() {
  return <NotFoundBody />;
}
