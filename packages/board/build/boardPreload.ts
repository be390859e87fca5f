import type { Plugin } from 'vite'

/**
 * Writes board.html: index.html plus `modulepreload` links for the board's lazily imported chunk (App.tsx,
 * with tldraw) and its static imports. The server sends it for /board/:courseId, so the browser fetches
 * tldraw while it still parses the entry script instead of after; the other pages keep index.html and
 * never download tldraw.
 */
export function boardPreload(): Plugin {
  return {
    name: 'bordenden-board-preload',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      const app = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith('/src/App.tsx'),
      )
      if (index?.type !== 'asset' || app?.type !== 'chunk') {
        this.error('board preload: index.html or the App.tsx chunk is missing from the build')
      }
      const html = String(index.source)
      const links = [app.fileName, ...app.imports]
        .filter((file) => !html.includes(`/${file}"`))
        .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`)
        .join('')
      this.emitFile({
        type: 'asset',
        fileName: 'board.html',
        source: html.replace('  </head>', `${links}  </head>`),
      })
    },
  }
}
