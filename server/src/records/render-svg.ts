import { label, Rings, Sectors } from '@bordenden/model'
import type { RecordContent } from './record-content.ts'

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/**
 * The network map as SVG, drawn from the record without a browser: the citizen in the centre, three
 * rings of closeness, one sector per kind of relation. A <title> and <desc> make it readable aloud.
 */
export function networkMapSvg(content: RecordContent): string {
  const size = 640
  const c = size / 2
  const radius = { close: 110, middle: 195, outer: 280 } as const
  const parts: string[] = []
  for (const ring of [...Rings].reverse()) {
    parts.push(
      `<circle cx="${c}" cy="${c}" r="${radius[ring]}" fill="none" stroke="#8a94a6" stroke-width="1.5"/>`,
    )
  }
  Sectors.forEach((sector, i) => {
    const angle = (i / Sectors.length) * 2 * Math.PI - Math.PI / 2
    const x = c + Math.cos(angle) * radius.outer
    const y = c + Math.sin(angle) * radius.outer
    parts.push(`<line x1="${c}" y1="${c}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#c5cbd6"/>`)
    const mid = angle + Math.PI / Sectors.length
    const lx = c + Math.cos(mid) * (radius.outer + 18)
    const ly = c + Math.sin(mid) * (radius.outer + 18)
    parts.push(
      `<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="12" text-anchor="middle" fill="#3b4252">${escapeXml(label('sector', sector))}</text>`,
    )
  })
  parts.push(`<circle cx="${c}" cy="${c}" r="34" fill="#1f4e79"/>`)
  parts.push(
    `<text x="${c}" y="${c + 5}" font-size="14" text-anchor="middle" fill="#fff" font-weight="bold">${escapeXml(clip(content.course.citizenName, 14))}</text>`,
  )
  const inner = { close: 40, middle: radius.close, outer: radius.middle } as const
  Sectors.forEach((sector, i) => {
    for (const ring of Rings) {
      const people = content.network.filter((p) => p.sector === sector && p.ring === ring)
      people.forEach((person, j) => {
        const angle = ((i + (j + 1) / (people.length + 1)) / Sectors.length) * 2 * Math.PI - Math.PI / 2
        // alternate between two radii so neighbours' name labels do not sit on top of each other
        const r = inner[ring] + (radius[ring] - inner[ring]) * (j % 2 === 0 ? 0.35 : 0.7)
        const x = c + Math.cos(angle) * r
        const y = c + Math.sin(angle) * r
        const fill = person.excludedByCitizen ? '#f3f4f6' : '#fff'
        parts.push(
          `<g><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="${fill}" stroke="#1f4e79" stroke-width="2"/>` +
            `<text x="${x.toFixed(1)}" y="${(y + 18).toFixed(1)}" font-size="11" text-anchor="middle" fill="#111">${escapeXml(clip(person.name, 22))}</text></g>`,
        )
      })
    }
  })
  const desc = content.network
    .map(
      (p) => `${p.name} (${p.role || label('sector', p.sector as never)}, ${label('ring', p.ring as never)})`,
    )
    .join('; ')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-labelledby="nm-title nm-desc">` +
    `<title id="nm-title">Netværkskort for ${escapeXml(content.course.citizenName)}</title>` +
    `<desc id="nm-desc">${escapeXml(desc)}</desc>${parts.join('')}</svg>`
  )
}

/** The goal and agreement board as SVG: one column per goal, the agreements that serve it below. */
export function goalBoardSvg(content: RecordContent): string {
  const columnWidth = 220
  const agreements = [...content.agreements, ...content.ongoingAgreements]
  const columns = [
    ...content.goals.map((g) => ({ id: g.id as string | null, title: g.text })),
    { id: null, title: 'Øvrige aftaler' },
  ]
  const rows = columns.map((col) =>
    agreements.filter((a) => (col.id === null ? a.goal === null : a.goal === col.title)),
  )
  const height = 90 + Math.max(1, ...rows.map((r) => r.length)) * 70
  const parts: string[] = []
  columns.forEach((col, i) => {
    const x = 10 + i * (columnWidth + 10)
    parts.push(`<rect x="${x}" y="10" width="${columnWidth}" height="60" rx="6" fill="#1f4e79"/>`)
    parts.push(
      `<text x="${x + 10}" y="45" font-size="13" fill="#fff">${escapeXml(clip(col.title, 30))}</text>`,
    )
    rows[i]?.forEach((a, j) => {
      const y = 80 + j * 70
      const incomplete = a.missing.length > 0
      parts.push(
        `<rect x="${x}" y="${y}" width="${columnWidth}" height="60" rx="6" fill="#fff" stroke="${incomplete ? '#b45309' : '#8a94a6'}" stroke-width="${incomplete ? 3 : 1}"/>` +
          `<text x="${x + 8}" y="${y + 20}" font-size="12" fill="#111">${escapeXml(clip(a.what || '(ikke udfyldt)', 32))}</text>` +
          `<text x="${x + 8}" y="${y + 40}" font-size="11" fill="#3b4252">${escapeXml(clip(`${a.owner ?? '?'} · ${a.dueDate ?? '?'}`, 36))}</text>` +
          (incomplete
            ? `<text x="${x + 8}" y="${y + 54}" font-size="10" fill="#b45309">Mangler: ${escapeXml(a.missing.join(', '))}</text>`
            : ''),
      )
    })
  })
  const width = 10 + columns.length * (columnWidth + 10)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="gb-title">` +
    `<title id="gb-title">Mål og aftaler</title>${parts.join('')}</svg>`
  )
}
