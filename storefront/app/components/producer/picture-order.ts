/**
 * The kept pictures in the order the producer numbered them: each saved picture's
 * position (`urls[i]` is at `positions[i]`), ties and unnumbered ones keeping their old
 * order. Pictures not kept drop out; new uploads are added after these by the caller.
 */
export function orderKeptPictures(kept: string[], urls: string[] = [], positions: number[] = []): string[] {
  const keep = new Set(kept)
  const numbered = urls.map((url, i) => ({ url, i, position: positions[i] ?? i + 1 })).filter((p) => keep.has(p.url))
  numbered.sort((a, b) => a.position - b.position || a.i - b.i)
  const ordered = numbered.map((p) => p.url)
  // A kept URL the form did not number (an older page): after the numbered ones.
  return [...new Set([...ordered, ...kept.filter((url) => !ordered.includes(url))])]
}
