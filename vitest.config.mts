import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Mirrors tsconfig's "@/*": ["./*"].
      { find: /^@\/(.*)$/, replacement: `${root}$1` },
      // The real package throws outside a React Server Component build; tests import server modules directly.
      { find: /^server-only$/, replacement: fileURLToPath(new URL('./test/empty-module.ts', import.meta.url)) },
    ],
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts', 'app/**/*.test.ts'],
  },
});
