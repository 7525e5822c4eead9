import { handle } from '@/lib/server/route';
import { listMyReviews } from '@/lib/server/services/inspections';

export function GET(request: Request) {
  return handle(request, ({ actor }) => listMyReviews(actor));
}
