import { useEffect, useState, type ComponentType } from "react"

/**
 * The console header's offline queue line. Its code (IndexedDB, replay, the
 * needs-attention list and their texts) loads after the page has, so no console page
 * downloads it up front; until then an empty line holds its place, so the page does not
 * move down when it arrives (only the browser knows the queue, not the server's render).
 */
export function OfflineQueueStatus({ pointId }: { pointId: string }) {
  const [Panel, setPanel] = useState<ComponentType<{ pointId: string }> | null>(null)
  useEffect(() => {
    let live = true
    void import("../lazy-parts")
      .then((door) => door.loadQueuePanel())
      .then((m) => live && setPanel(() => m.QueuePanel))
      // Offline before it was ever kept: the header stays without it.
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return (
    <div className="staff-queue">
      {Panel ? (
        <Panel pointId={pointId} />
      ) : (
        <p className="staff-queue__line" aria-hidden="true">
          {"\u00a0"}
        </p>
      )}
    </div>
  )
}
