import { useEffect, useState, type ComponentType } from "react"

/**
 * The console header's offline queue line. Its code (IndexedDB, replay, the
 * needs-attention list and their texts) loads after the page has, so no console page
 * downloads it up front; until then the line is empty, as is the queue on the server's
 * render: only the browser knows it.
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
  return <div className="staff-queue">{Panel ? <Panel pointId={pointId} /> : null}</div>
}
