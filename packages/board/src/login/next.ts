/**
 * Where to go after signing in: the `next` address the page was sent from, if it is a path on this site.
 * Anything else (another host, `//host`, `javascript:`) goes home, so a crafted sign-in link cannot send
 * a coordinator to someone else's page.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  try {
    const url = new URL(next, 'http://bordenden.invalid')
    if (url.origin !== 'http://bordenden.invalid') return '/'
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return '/'
  }
}

/** The sign-in address that brings the person back to `here` afterwards. */
export function loginUrl(here: { pathname: string; search: string }): string {
  return `/login?${new URLSearchParams({ next: `${here.pathname}${here.search}` })}`
}
