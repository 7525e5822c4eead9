import 'server-only';
import { createLogger } from '@/lib/http/logger';

/** The app's logger: JSON lines like the HTTP server's, each with the request id it concerns. */
export const log = createLogger();
