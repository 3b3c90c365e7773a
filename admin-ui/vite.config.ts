/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The gateway serves the jar's META-INF/resources/admin/ at /admin/, so Maven packages this output as is.
// `npm run dev` proxies the API to a gateway on its default local port.
const gateway = 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/admin/',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: 'target/classes/META-INF/resources/admin',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // Through the proxy the session and CSRF cookies stay same-origin, as they are behind the gateway.
    proxy: {
      '/api': gateway,
      '/meta': gateway,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
