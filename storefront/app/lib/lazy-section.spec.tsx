// @vitest-environment happy-dom
import { act, useState, type ComponentType } from "react"
import { hydrateRoot } from "react-dom/client"
import { renderToString } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { lazySection } from "./lazy-section"

type Props = { points: string[] }

function Points({ points }: { points: string[] }) {
  return (
    <ul>
      {points.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  )
}

// React's act() warns unless told it runs in a test.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const points = ["Trung tâm OCOP Long Xuyên", "Điểm bán OCOP Châu Đốc"]

/** The page around a section: a counter that re-renders it, as an add-to-cart button's state does. */
function pageWith(Section: ComponentType<Props>) {
  let bump = () => {}
  function Page() {
    const [count, setCount] = useState(0)
    bump = () => setCount((n) => n + 1)
    return (
      <main>
        <p>{count}</p>
        <Section points={points} />
      </main>
    )
  }
  return { Page, bump: () => bump() }
}

describe("lazySection", () => {
  it("keeps the server's HTML of a section whose code has not arrived when the page around it re-renders", async () => {
    // The server has the code (the route module awaits preload there).
    const onServer = lazySection(async () => Points)
    await onServer.preload()
    const host = document.createElement("div")
    const ServerPage = pageWith(onServer.Section).Page
    host.innerHTML = renderToString(<ServerPage />)
    expect(host.querySelectorAll("li")).toHaveLength(2)

    // In the browser the section's code is still on its way.
    let arrive!: (component: typeof Points) => void
    const inBrowser = lazySection(() => new Promise<typeof Points>((resolve) => (arrive = resolve)))
    const { Page, bump } = pageWith(inBrowser.Section)
    const errors: unknown[] = []
    await act(async () => {
      hydrateRoot(host, <Page />, { onRecoverableError: (error) => errors.push(error) })
    })
    await act(async () => bump())
    expect(host.querySelector("p")?.textContent).toBe("1")
    expect([...host.querySelectorAll("li")].map((li) => li.textContent)).toEqual(points)

    await act(async () => arrive(Points))
    expect([...host.querySelectorAll("li")].map((li) => li.textContent)).toEqual(points)
    expect(errors).toEqual([])
  })
})
