import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './src/build/contentSecurityPolicy';
import { cspSafeArquero } from './src/build/cspSafeArquero';
import { dataDirPlugin } from './src/build/dataDirPlugin';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

export default defineConfig({
  // Relative asset paths: the built site works from any folder of any static host.
  base: './',
  plugins: [cspSafeArquero(), react(), dataDirPlugin(dataDir), contentSecurityPolicy()],
  // The CSV worker is bundled on its own: it needs the same Arquero patch.
  worker: { format: 'es', plugins: () => [cspSafeArquero()] },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    // Arquero goes through Vite's plugins in tests too, so tests run the patched (CSP-safe) code.
    server: { deps: { inline: ['arquero'] } },
  },
});
