import { Heading, Text } from "@medusajs/ui"
import { useId } from "react"

export type Bar = { key: string; label: string; value: number; note?: string }

const ROW = 28
const LABEL_WIDTH = 200
const WIDTH = 640

/**
 * Horizontal bars drawn as SVG: every bar carries its label and its value as
 * text, so the figures do not depend on colour, and screen readers get them
 * from the description.
 */
export function BarChart({
  title,
  bars,
  format = (n) => n.toLocaleString("vi-VN"),
  empty = "Chưa có số liệu.",
}: {
  title: string
  bars: Bar[]
  format?: (n: number) => string
  empty?: string
}) {
  const id = useId()
  const max = Math.max(1, ...bars.map((b) => b.value))
  // Room right of the longest bar for its value and note, so no text is cut off.
  const longestText = Math.max(
    ...bars.map(
      (b) => format(b.value).length + (b.note ? b.note.length + 3 : 0)
    )
  )
  const track = WIDTH - LABEL_WIDTH - Math.min(320, 16 + longestText * 7)
  const height = bars.length * ROW + 4
  return (
    <figure className="flex flex-col gap-y-2 px-6 py-4">
      <figcaption id={`${id}-title`}>
        <Heading level="h3">{title}</Heading>
      </figcaption>
      {bars.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {empty}
        </Text>
      ) : (
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          style={{ maxWidth: WIDTH }}
        >
          <desc id={`${id}-desc`}>
            {bars
              .map(
                (b) =>
                  `${b.label}: ${format(b.value)}${b.note ? ` (${b.note})` : ""}`
              )
              .join("; ")}
          </desc>
          {bars.map((b, i) => {
            const y = i * ROW
            const w = Math.max(2, (b.value / max) * track)
            return (
              <g key={b.key} aria-hidden="true">
                <text
                  x={LABEL_WIDTH - 8}
                  y={y + ROW / 2 + 4}
                  textAnchor="end"
                  fontSize="12"
                  className="fill-ui-fg-base"
                >
                  {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 5}
                  width={w}
                  height={ROW - 10}
                  rx="3"
                  className="fill-ui-fg-interactive"
                />
                <text
                  x={LABEL_WIDTH + w + 6}
                  y={y + ROW / 2 + 4}
                  fontSize="12"
                  className="fill-ui-fg-subtle"
                >
                  {format(b.value)}
                  {b.note ? ` · ${b.note}` : ""}
                </text>
              </g>
            )
          })}
        </svg>
      )}
    </figure>
  )
}
