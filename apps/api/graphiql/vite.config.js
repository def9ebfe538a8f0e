// Builds the GraphiQL page the api serves at /graphiql: everything bundled (no CDN), Monaco's
// workers included. `npm run build` runs it after the TypeScript build.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/graphiql/',
  logLevel: 'error',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 8000, sourcemap: false },
  worker: { format: 'es' },
});
