import * as decoding from 'lib0/decoding'

/**
 * Counts the structs and deleted ranges of a Yjs (v1) update by skipping over its bytes, and stops as
 * soon as either count passes its limit. Y.decodeUpdate builds an object per struct and per deleted
 * range before anyone can count them: a 4 MB update of a million deletions costs ~0.8 s there, and a
 * tenth of that to refuse here. Malformed input gives `null`.
 */
export type UpdateCounts =
  | { structs: number; deleteRanges: number }
  | { over: 'structs' | 'deleteRanges' }
  | null

// Content kinds of Yjs items (the low five bits of the info byte) and how each is laid out.
const GC = 0
const SKIP = 10
const CONTENT_DELETED = 1
const CONTENT_JSON = 2
const CONTENT_BINARY = 3
const CONTENT_STRING = 4
const CONTENT_EMBED = 5
const CONTENT_FORMAT = 6
const CONTENT_TYPE = 7
const CONTENT_ANY = 8
const CONTENT_DOC = 9
/** Type refs of Y.XmlElement and Y.XmlHook, which carry a name. */
const NAMED_TYPES = new Set([3, 5])

export function countUpdate(update: Uint8Array, maxStructs: number, maxDeleteRanges: number): UpdateCounts {
  const decoder = decoding.createDecoder(update)
  try {
    let structs = 0
    const clients = decoding.readVarUint(decoder)
    for (let c = 0; c < clients; c++) {
      const count = decoding.readVarUint(decoder)
      structs += count
      if (structs > maxStructs) return { over: 'structs' }
      decoding.readVarUint(decoder) // client
      decoding.readVarUint(decoder) // clock
      for (let i = 0; i < count; i++) skipStruct(decoder)
    }
    let deleteRanges = 0
    const deleting = decoding.readVarUint(decoder)
    for (let c = 0; c < deleting; c++) {
      decoding.readVarUint(decoder) // client
      const ranges = decoding.readVarUint(decoder)
      deleteRanges += ranges
      if (deleteRanges > maxDeleteRanges) return { over: 'deleteRanges' }
      for (let i = 0; i < ranges; i++) {
        decoding.readVarUint(decoder)
        decoding.readVarUint(decoder)
      }
    }
    return { structs, deleteRanges }
  } catch {
    return null
  }
}

function skipStruct(decoder: decoding.Decoder) {
  const info = decoding.readUint8(decoder)
  const content = info & 0b11111
  if (info === SKIP || content === GC) {
    decoding.readVarUint(decoder) // length
    return
  }
  const hasOrigin = (info & 0b10000000) !== 0
  const hasRightOrigin = (info & 0b01000000) !== 0
  if (hasOrigin) skipId(decoder)
  if (hasRightOrigin) skipId(decoder)
  if (!hasOrigin && !hasRightOrigin) {
    if (decoding.readVarUint(decoder) === 1) skipString(decoder)
    else skipId(decoder)
    if ((info & 0b00100000) !== 0) skipString(decoder) // parentSub
  }
  switch (content) {
    case CONTENT_DELETED:
      decoding.readVarUint(decoder)
      return
    case CONTENT_JSON: {
      const length = decoding.readVarUint(decoder)
      for (let i = 0; i < length; i++) skipString(decoder)
      return
    }
    case CONTENT_BINARY:
    case CONTENT_STRING:
    case CONTENT_EMBED:
      skipString(decoder)
      return
    case CONTENT_FORMAT:
      skipString(decoder)
      skipString(decoder)
      return
    case CONTENT_TYPE:
      if (NAMED_TYPES.has(decoding.readVarUint(decoder))) skipString(decoder)
      return
    case CONTENT_ANY: {
      const length = decoding.readVarUint(decoder)
      for (let i = 0; i < length; i++) skipAny(decoder)
      return
    }
    case CONTENT_DOC:
      skipString(decoder)
      skipAny(decoder)
      return
    default:
      throw new Error('unknown content')
  }
}

// lib0's tags for `writeAny` values (the first byte of each value).
const ANY_UNDEFINED = 127
const ANY_NULL = 126
const ANY_INTEGER = 125
const ANY_FLOAT32 = 124
const ANY_FLOAT64 = 123
const ANY_BIGINT = 122
const ANY_FALSE = 121
const ANY_TRUE = 120
const ANY_STRING = 119
const ANY_OBJECT = 118
const ANY_ARRAY = 117
const ANY_BYTES = 116

/**
 * Skips one `writeAny` value without building it: decoding every string of a large update only to count
 * its structs cost as much as decoding it again (each string goes through TextDecoder). Iterative, so a
 * deeply nested value cannot exhaust the stack.
 */
function skipAny(decoder: decoding.Decoder) {
  // Per open object or array: values left to skip, and whether each comes after a key.
  const open: { left: number; keyed: boolean }[] = [{ left: 1, keyed: false }]
  while (open.length > 0) {
    const frame = open[open.length - 1] as { left: number; keyed: boolean }
    if (frame.left === 0) {
      open.pop()
      continue
    }
    frame.left -= 1
    if (frame.keyed) skipString(decoder)
    const tag = decoding.readUint8(decoder)
    switch (tag) {
      case ANY_UNDEFINED:
      case ANY_NULL:
      case ANY_FALSE:
      case ANY_TRUE:
        break
      case ANY_INTEGER:
        while ((decoding.readUint8(decoder) & 0x80) !== 0) {}
        break
      case ANY_FLOAT32:
        skipBytes(decoder, 4)
        break
      case ANY_FLOAT64:
      case ANY_BIGINT:
        skipBytes(decoder, 8)
        break
      case ANY_STRING:
      case ANY_BYTES:
        skipString(decoder)
        break
      case ANY_OBJECT:
      case ANY_ARRAY:
        open.push({ left: decoding.readVarUint(decoder), keyed: tag === ANY_OBJECT })
        break
      default:
        throw new Error('unknown value')
    }
  }
}

const skipBytes = (decoder: decoding.Decoder, count: number) => {
  if (decoder.pos + count > decoder.arr.length) throw new Error('unexpected end of update')
  decoder.pos += count
}

const skipId = (decoder: decoding.Decoder) => {
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
}

/** Strings and byte arrays share a layout: a length, then that many bytes. */
const skipString = (decoder: decoding.Decoder) => {
  skipBytes(decoder, decoding.readVarUint(decoder))
}
