/**
 * An EAN-13 drawn as SVG from its 95 modules ("1" a bar), as the API gives them:
 * bars, the guard bars a little longer, and the digits under them. Vector, so it
 * prints sharp at any label size.
 */
export function Ean13Barcode({ code, modules, title }: { code: string; modules: string; title: string }) {
  const guards = new Set([0, 1, 2, 45, 46, 47, 48, 49, 92, 93, 94])
  const quiet = 11
  return (
    <svg viewBox={`0 0 ${95 + 2 * quiet} 66`} role="img" aria-label={title} className="staff-label__barcode">
      <rect width="100%" height="100%" fill="#fff" />
      {[...modules].map((bit, i) =>
        bit === "1" ? <rect key={i} x={quiet + i} y={2} width={1} height={guards.has(i) ? 56 : 50} fill="#000" /> : null
      )}
      <text x={quiet - 7} y={63} fontSize="9" fontFamily="monospace">
        {code[0]}
      </text>
      <text x={quiet + 4} y={63} fontSize="9" fontFamily="monospace" textLength={39}>
        {code.slice(1, 7)}
      </text>
      <text x={quiet + 51} y={63} fontSize="9" fontFamily="monospace" textLength={39}>
        {code.slice(7)}
      </text>
    </svg>
  )
}
