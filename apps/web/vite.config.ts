import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const apiTarget = process.env.LAGEBILD_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Dev and build read the workspace packages from source, so no package build is needed
    // before `vite` and changes there reload at once.
    alias: [
      { find: /^@lagebild\/domain$/, replacement: fromHere('../../packages/domain/src/index.ts') },
      { find: /^@lagebild\/ui$/, replacement: fromHere('../../packages/ui/src/index.ts') },
      {
        find: /^@lagebild\/ui\/styles\.css$/,
        replacement: fromHere('../../packages/ui/src/styles.css'),
      },
    ],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, ws: true, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
      '/api': { target: apiTarget, changeOrigin: true },
      '/status/feed.atom': { target: apiTarget, changeOrigin: true },
      '/status/subscriptions': { target: apiTarget, changeOrigin: true },
      '/status/unsubscribe': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The manifest tells bench/bundle-size.mjs which chunks each route loads.
    manifest: true,
  },
});
