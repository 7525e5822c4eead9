import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { settleClientAddress, trustedProxies } from './client-address';

function request(peer: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe('settleClientAddress', () => {
  it('replaces what a client claims with its own address when it is no trusted proxy', () => {
    const req = request('203.0.113.7', {
      'x-forwarded-for': '198.51.100.1',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example',
    });
    settleClientAddress(req, trustedProxies());
    expect(req.headers).toEqual({ 'x-forwarded-for': '203.0.113.7' });
  });

  it('believes a trusted proxy, and only the address it saw (the last entry)', () => {
    const req = request('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7', 'x-forwarded-proto': 'https' });
    settleClientAddress(req, trustedProxies());
    expect(req.headers).toEqual({ 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' });
  });

  it('uses the proxy’s own address when it forwards none', () => {
    const req = request('::1', {});
    settleClientAddress(req, trustedProxies());
    expect(req.headers['x-forwarded-for']).toBe('::1');
  });

  it('reads TRUSTED_PROXIES: a list, or none', () => {
    expect(trustedProxies('10.0.0.2, 10.0.0.3')).toEqual(new Set(['10.0.0.2', '10.0.0.3']));
    const req = request('127.0.0.1', { 'x-forwarded-for': '6.6.6.6' });
    settleClientAddress(req, trustedProxies('none'));
    expect(req.headers['x-forwarded-for']).toBe('127.0.0.1');
  });
});
