import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { bundledFilesPlugin } from './bundledFilesPlugin.ts'

// Municipal data must stay on the machine: the built app may load and send nothing outside its own
// origin. (Only in the build: the dev server needs an inline script for hot reload.)
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'" />`,
    ),
}

// Installable, and after the first visit the whole app works without network, as in a meeting
// room: the service worker precaches every file of the build, the lazy chunks and the bundled models
// (inside the main chunk) included. Workbox is inlined into the worker, never loaded from elsewhere.
// A new version waits until the user takes it (src/ui/update), so unsaved work is written first.
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icon.svg'],
  manifest: {
    name: 'Omstilling',
    short_name: 'Omstilling',
    description: 'Scenarier for sosial- og flyktningtjenesten i kommunen',
    lang: 'nb',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    // --accent and --paper in src/ui/styles.css.
    theme_color: '#1f5f99',
    background_color: '#ffffff',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // The main chunk carries the bundled models; a bigger model file must still be precached.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    // The first visit is kept at once, without a second load; a new version still waits.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
  },
})

export default defineConfig({
  plugins: [react(), bundledFilesPlugin(), contentSecurityPolicy, offline],
  build: { target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Big inputs (a 5 MB file) and mutation testing's instrumented code are slow on 2 cores.
          testTimeout: 30_000,
          include: [
            'tests/model/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/state/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
          // Rendering the whole app in jsdom takes seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
})
