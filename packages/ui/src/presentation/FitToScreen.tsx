import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'
import { useElementSize } from './useElementSize.ts'

/**
 * Shows its content whole: at full size while it fits the room it has, scaled down (never up) when it grows
 * taller, and re-fitted whenever the content or the window changes.
 */
export function FitToScreen({ children, className }: { children: ReactNode; className: string }) {
  const frame = useRef<HTMLDivElement>(null)
  const content = useRef<HTMLDivElement>(null)
  const room = useElementSize(frame)
  const natural = useElementSize(content)
  const [scale, setScale] = useState(1)
  useLayoutEffect(() => {
    if (!room || !natural || natural.h === 0) return
    // The content is laid out `1 / scale` wide, so a new scale changes its height too: it shrinks when it
    // overflows and grows back only when well clear, so the two never chase each other.
    const shown = natural.h * scale
    const fitted = Math.min(1, (room.h / natural.h) * 0.98)
    if (shown > room.h + 1 || (scale < 1 && shown < room.h * 0.85)) setScale(fitted)
  }, [room, natural, scale])
  return (
    <div ref={frame} className={className} style={{ overflow: 'hidden' }}>
      <div
        ref={content}
        data-scale={scale.toFixed(2)}
        style={{
          width: room ? room.w / scale : '100%',
          transform: `scale(${scale})`,
          transformOrigin: 'top left',
        }}
      >
        {children}
      </div>
    </div>
  )
}
