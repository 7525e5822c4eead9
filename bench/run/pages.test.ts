import { describe, expect, it } from 'vitest';
import { ratioToAbout, servedAs } from './pages';
import type { LoadFigures } from './results';

describe('servedAs', () => {
  it('reads how next start served a page from its headers', () => {
    expect(servedAs({ 'x-nextjs-cache': 'HIT', 'x-nextjs-prerender': '1' })).toBe('static, prerendered');
    expect(servedAs({ 'x-nextjs-prerender': '1', 'x-nextjs-postponed': '1' })).toBe('partial prerender');
    expect(servedAs({ 'content-type': 'text/html' })).toBe('rendered per request');
  });
});

describe('ratioToAbout', () => {
  const row = (name: LoadFigures['name'], connections: number, rps: number): LoadFigures => ({
    name,
    connections,
    durationS: 10,
    requests: rps * 10,
    rps,
    p50Ms: 1,
    p99Ms: 2,
    non2xx: 0,
    errors: 0,
  });

  it('divides by the about page at 50 connections of the same run, not at 10', () => {
    const rows = [row('about', 10, 1000), row('project', 10, 900), row('about', 50, 4000), row('project', 50, 3000), row('site', 50, 1000)];
    expect(ratioToAbout(rows, 'project')).toBe(0.75);
    expect(ratioToAbout(rows, 'site')).toBe(0.25);
  });

  it('is 0 when the about page served nothing', () => {
    expect(ratioToAbout([row('project', 50, 3000)], 'project')).toBe(0);
  });
});
