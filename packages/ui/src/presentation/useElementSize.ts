import { type RefObject, useLayoutEffect, useState } from 'react'

/** The size of an element in px, kept up to date as the window or the content around it changes. */
export function useElementSize(ref: RefObject<HTMLElement | null>): { w: number; h: number } | null {
  const [size, setSize] = useState<{ w: number; h: number } | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      setSize((old) => (old?.w === width && old.h === height ? old : { w: width, h: height }))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return size
}
