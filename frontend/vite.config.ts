import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The console is served by the backend under /console/ (http://127.0.0.1:8000/console/);
// in development the API calls are proxied to the same backend.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    testTimeout: 20000,
  },
});
