import { handle } from '@/lib/server/route';
import { listExperts } from '@/lib/server/services/accounts';

export function GET(request: Request) {
  return handle(request, ({ actor }) => listExperts(actor));
}
