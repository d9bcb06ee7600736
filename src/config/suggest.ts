// "Did you mean …?" for configuration keys: the nearest known key by edit distance
// (optimal string alignment, so a swapped pair of letters — `enabeld` — costs 1), ignoring
// case and `-`/`_` differences. Only close candidates are offered: a far-off guess is
// worse than none.

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}

const normal = (s: string) => s.toLowerCase().replace(/-/g, '_');

/** The closest candidate within a length-dependent budget (1 edit up to 4 letters, 2 up to 8, then 3), or undefined. */
export function nearestKey(word: string, candidates: readonly string[]): string | undefined {
  const w = normal(word);
  const budget = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
  let best: { key: string; distance: number } | undefined;
  for (const c of candidates) {
    const distance = editDistance(w, normal(c));
    if (distance <= budget && (!best || distance < best.distance)) best = { key: c, distance };
  }
  return best?.key;
}

/** The tail of an unknown-key message: a suggestion when one is close, else the keys allowed here. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = nearestKey(key, known);
  return near ? `unknown key; did you mean "${near}"?` : `unknown key; known keys here: ${known.join(', ')}`;
}
