import { defineConfig } from 'vitest/config';
import { TEST_CODE_CACHE_DIR } from './test/fixtures/codeCacheDir';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    env: { SHELFMARK_CACHE_DIR: TEST_CODE_CACHE_DIR },
    // No test asserts speed; the tests over the 249-paper sample (biber, a BibTeX round trip, plain
    // fuse.js) outlast vitest's default 5 s on a busy 2-core machine.
    testTimeout: 60_000,
    // Setup hooks build search indexes over the samples; the same reasoning applies.
    hookTimeout: 60_000,
  },
});
