import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console is served by the service at /console (src/console/ in the service): `base` here and
 * the router's `basepath` (src/app/router.tsx) must say the same. In development Vite serves it
 * and hands the API's own routes to the service, so the page stays same-origin as in production.
 */
const service = process.env.CONSOLE_API ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: '../dist/public/console',
    emptyOutDir: true,
    // Hashed names under assets/: the service caches them for a year (src/console/console-files.ts).
    assetsDir: 'assets',
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(
      ['/graphql', '/media', '/handouts', '/h', '/health', '/library'].map((path) => [
        path,
        { target: service, changeOrigin: false },
      ]),
    ),
  },
});
