import { canvasSchemaVersions } from './canvasMigration.ts'

/** Records for tests, here and over a real server: as the board writes them, and as an older tldraw did. */

/** A person's card as the board lays it out on the network page (layoutFromModel). */
export const personCard = {
  x: 412,
  y: 236,
  rotation: 0,
  isLocked: false,
  opacity: 1,
  meta: {},
  id: 'shape:person-p1',
  type: 'bd-person',
  parentId: 'page:network',
  index: 'a1',
  props: { w: 180, h: 96, personId: 'p1' },
  typeName: 'shape',
}

/** The versions a board stored before tldraw's geo shape had rich text (10) and flip props (12). */
export const beforeRichText = {
  ...canvasSchemaVersions,
  sequences: { ...canvasSchemaVersions.sequences, 'com.tldraw.shape.geo': 9 },
}

/** A rectangle with a label as tldraw wrote it under geo version 9: its label a plain `text` prop. */
export const oldRectangle = {
  x: 40,
  y: 80,
  rotation: 0,
  isLocked: false,
  opacity: 1,
  meta: {},
  id: 'shape:venue',
  type: 'geo',
  parentId: 'page:network',
  index: 'a2',
  typeName: 'shape',
  props: {
    geo: 'rectangle',
    dash: 'draw',
    url: '',
    w: 200,
    h: 100,
    growY: 0,
    scale: 1,
    labelColor: 'black',
    color: 'black',
    fill: 'none',
    size: 'm',
    font: 'draw',
    align: 'middle',
    verticalAlign: 'middle',
    text: 'Mødested',
  },
}
