import fs from 'node:fs';
import path from 'node:path';

/**
 * Creates a folder and its missing parents, one level at a time. Node 20's
 * `mkdirSync(dir, { recursive: true })` never returns where the kernel answers ENOENT for a
 * parent that exists (under /proc, for one): a bad DATABASE_PATH must fail in one line, not hang.
 */
export function ensureFolder(dir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); !fs.existsSync(current); current = path.dirname(current)) {
    missing.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const folder of missing) fs.mkdirSync(folder);
}
