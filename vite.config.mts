import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset paths: the same build is served by the HTTP bridge and by Electron's app:// protocol.
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Fonts (KaTeX's) are served as files: the CSP's font-src is 'self', which refuses data: URLs.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
