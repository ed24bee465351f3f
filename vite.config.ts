import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain web bundle: the same files are loaded by Electron (file://) and by the web host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
});
