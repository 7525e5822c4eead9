/**
 * A writer for the backup test (backup.test.ts runs it as a child process): writes through the
 * app's own services, as fast as it can, until it is stopped. Each write is a site, building or
 * designation with its audit event in one transaction, as the server writes them.
 *
 *   DATABASE_PATH=… node --conditions=react-server --import tsx db/backup/load-writer.ts <actor-id> <tag>
 *
 * Outside Next there is no cache to revalidate: `next/cache` is replaced before the services load
 * (they are CommonJS under tsx, so the module cache is where require finds it).
 */
import { createRequire } from 'node:module';

const require = createRequire(__filename);
const nextCache = require.resolve('next/cache');
require.cache[nextCache] = {
  id: nextCache,
  filename: nextCache,
  loaded: true,
  exports: { revalidateTag: () => {}, cacheTag: () => {}, cacheLife: () => {} },
} as NodeJS.Module;

const [actorId, tag] = process.argv.slice(2);
if (!actorId || !tag) throw new Error('usage: load-writer.ts <actor-id> <tag>');

async function main(): Promise<void> {
  const { createBuilding, createDesignation, createSite } = await import('../../lib/server/services/sites');
  const actor = { id: actorId as string, name: '备份测试', email: 'backup-load@example.org', role: 'staff' as const };
  const site = `${tag}-site`;
  createSite(actor, { slug: site, name: { zh: '备份测试单位' }, category: 'modern_historic' }, 'load-writer');
  process.stdout.write('ready\n');
  for (let n = 1; ; n++) {
    if (n % 2) createBuilding(actor, site, { slug: `${tag}-b${n}`, name: { zh: `备份测试建筑${n}` } }, 'load-writer');
    else createDesignation(actor, site, { level: 'county', documentNumber: `${tag}-d${n}` }, 'load-writer');
    // Lets a signal in between two writes; a write is never cut in half by this process's own stop.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
