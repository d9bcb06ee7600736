/*
 * RFC 8288 Link headers as GitHub's REST API pages with them. Kept out of http.ts so that
 * callers that load the HTTP stack lazily (the toolchain's GitHub releases) need not load it.
 */

/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the next URL. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (m) return m[1];
  }
  return undefined;
}
