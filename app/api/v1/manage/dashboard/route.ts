import { handle } from '@/lib/server/route';
import { getDashboard } from '@/lib/server/services/dashboard';

export function GET(request: Request) {
  return handle(request, ({ actor }) => getDashboard(actor));
}
