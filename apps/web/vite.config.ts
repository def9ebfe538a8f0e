import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Development: Vite serves the portal and proxies the platform's endpoints to the apps started by
// `npm run demo` (or by hand): the api on API_PORT (3000), the benchmark service on BENCHMARK_PORT (3001).
const api = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;
const benchmark = `http://127.0.0.1:${process.env.BENCHMARK_PORT ?? 3001}`;

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The shared ECharts chunk (core, line and bar charts, tooltip, legend, markers) is about 570 kB.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Pages are split by their dynamic imports (app.tsx); these groups keep the two big shared
        // parts in chunks of their own, cached across releases and loaded only by the pages using them.
        codeSplitting: {
          groups: [
            // entriesAware: the parts only the map uses (map series, geo, visual map) become a second
            // ECharts chunk, so the pages with plain charts do not load them.
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20, entriesAware: true },
            { name: 'kaartdata', test: /veiligthuisregio_2022\.topo\.json/, priority: 20 },
          ],
        },
      },
    },
  },
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
