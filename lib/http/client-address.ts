/**
 * Who is asking: the address the sign-in limits count (better-auth reads X-Forwarded-For). A
 * client may send any X-Forwarded-For it likes, so the header is believed only from a proxy we
 * trust (TRUSTED_PROXIES, comma-separated; by default loopback, a proxy on this machine), and then
 * only its last entry, the address that proxy saw. From anyone else the socket's address replaces it,
 * and X-Forwarded-Proto and -Host are dropped: they would claim HTTPS or another host.
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

export function trustedProxies(setting = process.env.TRUSTED_PROXIES): Set<string> {
  if (setting === undefined || setting.trim() === '') return new Set(LOOPBACK);
  if (setting.trim() === 'none') return new Set();
  return new Set(
    setting
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}

/** Rewrites the forwarding headers so that the app sees one trustworthy client address. */
export function settleClientAddress(req: IncomingMessage, trusted: Set<string>): void {
  const peer = req.socket.remoteAddress ?? '';
  if (trusted.has(peer)) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    req.headers['x-forwarded-for'] = forwarded.at(-1) ?? peer;
    return;
  }
  req.headers['x-forwarded-for'] = peer;
  delete req.headers['x-forwarded-proto'];
  delete req.headers['x-forwarded-host'];
}
