import type { ReactNode } from "react"

type Block = { kind: "heading"; text: string } | { kind: "list"; items: string[] } | { kind: "paragraph"; lines: string[] }

/**
 * The office's plain text as blocks: a blank line ends a block, "## " starts a
 * heading, lines starting with "- " make a list, anything else is a paragraph
 * (its line breaks kept). Nothing in it is read as HTML.
 */
export function pageBlocks(text: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter(Boolean)
    let paragraph: string[] = []
    let list: string[] = []
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: "paragraph", lines: paragraph })
      if (list.length) blocks.push({ kind: "list", items: list })
      paragraph = []
      list = []
    }
    for (const line of lines) {
      if (line.startsWith("## ")) {
        flush()
        blocks.push({ kind: "heading", text: line.slice(3).trim() })
      } else if (line.startsWith("- ")) {
        if (paragraph.length) flush()
        list.push(line.slice(2).trim())
      } else {
        if (list.length) flush()
        paragraph.push(line)
      }
    }
    flush()
  }
  return blocks
}

/** Renders the office's text (policy pages) as headings, lists and paragraphs, as React text only. */
export function PageText({ text }: { text: string }) {
  return (
    <div className="page-text">
      {pageBlocks(text).map((block, i): ReactNode => {
        if (block.kind === "heading") return <h2 key={i}>{block.text}</h2>
        if (block.kind === "list")
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          )
        return (
          <p key={i}>
            {block.lines.map((line, j) => (
              <span key={j}>
                {j > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        )
      })}
    </div>
  )
}
