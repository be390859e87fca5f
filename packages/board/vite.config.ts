import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { boardPreload } from './build/boardPreload.ts'
import { precompress } from './build/precompress.ts'

// The server's default port: `pnpm dev` here serves the app with hot reload and hands the API and the
// sync sockets to a server started separately (`pnpm start` at the root).
const devServer = 'http://127.0.0.1:8787'

export default defineConfig({
  plugins: [react(), boardPreload(), precompress()],
  // The server serves dist/ at its root, board.html (index.html with tldraw preloaded) for every
  // /board/:courseId and citizen.html for every /citizen/:courseId.
  base: '/',
  build: {
    outDir: 'dist',
    rollupOptions: {
      // Four pages: the board, and the citizen's page, an owner's "Mine aftaler" and the leader's overview,
      // which must never load tldraw.
      input: {
        board: fileURLToPath(new URL('index.html', import.meta.url)),
        citizen: fileURLToPath(new URL('citizen.html', import.meta.url)),
        mine: fileURLToPath(new URL('mine.html', import.meta.url)),
        leader: fileURLToPath(new URL('leader.html', import.meta.url)),
      },
    },
    // Never inline assets as data: URLs. tldraw fetch()es its translations, and the server's
    // Content-Security-Policy allows fetches only from 'self'.
    assetsInlineLimit: 0,
    // tldraw is most of the ~2.1 MB bundle and the board needs it at once, so splitting would not help;
    // the server caches /assets/ as immutable.
    chunkSizeWarningLimit: 2600,
  },
  server: {
    proxy: {
      '/api': devServer,
      '/sync': { target: devServer, ws: true },
    },
  },
})
