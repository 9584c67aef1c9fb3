import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The console is served by the backend under /console/ (http://127.0.0.1:8000/console/);
// `npm run dev` and `npm run preview` proxy the API calls to that backend
// (GONGKAI_API_TARGET names another one).
const apiTarget = process.env.GONGKAI_API_TARGET ?? 'http://127.0.0.1:8000';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
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
