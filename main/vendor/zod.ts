/**
 * zod, as main imports it. The build (scripts/bundle-vendor.mjs) replaces this module's output
 * with zod in one file: from its package, zod is 95 files (63 of them locales) that take `serve`
 * about twice as long to load, and `serve` loads them while the window waits for its first rows.
 */
export { z } from 'zod';
