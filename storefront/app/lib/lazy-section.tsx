import { lazy, memo, Suspense, type ComponentType } from "react"

type Loaded<P> = { default: ComponentType<P> }

/**
 * A part of a page below the fold whose code the page does not download before it
 * answers a tap (issue 18). The server renders it like the rest (the route module awaits
 * `preload` there first), so the HTML holds it; in the browser that HTML stays, not yet
 * hydrated, until the code arrives. A route using one preloads it in its clientLoader too,
 * so a page opened by a link shows the part with the rest, never a gap filled later.
 */
export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const preload = () => (loading ??= load().then((component) => (loaded = component)))
  const Lazy = lazy(() =>
    loaded
      ? // Already here: a thenable that answers at once lets React render without suspending.
        ({ then: (resolve: (module: Loaded<P>) => void) => resolve({ default: loaded! }) } as unknown as Promise<Loaded<P>>)
      : preload().then((component) => ({ default: component }))
  )
  // Memoised: a page re-render with the same props (a button's pending state) must not
  // reach a section still waiting for its code, or React drops its server HTML and shows
  // the empty fallback until the code arrives.
  const Section = memo(function Section(props: P) {
    const Component = Lazy as unknown as ComponentType<P>
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    )
  })
  return { Section, preload }
}
