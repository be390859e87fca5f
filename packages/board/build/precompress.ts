import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

// Text formats only: woff2 and png are compressed already. Every one gets copies, however small, so a
// page's files all come one way and the size budget (tests/integration/bundle-budget.test.ts) counts them.
const compressible = /\.(js|css|html|svg|json|txt)$/

/**
 * Writes `file.br` and `file.gz` beside every compressible file of the build, at maximum compression
 * since it is paid once; the server sends them by Accept-Encoding instead of compressing per request.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'bordenden-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!compressible.test(file)) continue
        const bytes = readFileSync(file)
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        )
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
      }
    },
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}
