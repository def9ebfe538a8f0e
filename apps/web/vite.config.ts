import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Development: Vite serves the portal and proxies the platform's endpoints to the apps started by
// `npm run demo` (or by hand): the api on API_PORT (3000), the benchmark service on BENCHMARK_PORT (3001).
const api = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;
const benchmark = `http://127.0.0.1:${process.env.BENCHMARK_PORT ?? 3001}`;

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/config.json': api,
      '/dev/token': api,
      '/sessie': api,
      '/rapportages': api,
      '/rapportage': api,
      '/benchmark/graphql': { target: benchmark, rewrite: () => '/graphql' },
    },
  },
});
