import { useEffect, useState } from "react"

type Parts = typeof import("./scan-to-choose")

/** The scan box over a product select, loaded after the page (it needs JavaScript anyway). */
export function LazyScanToChoose(props: { choices: { variant_id: string; ean: string | null }[]; selectName: string }) {
  const [parts, setParts] = useState<Parts | null>(null)
  useEffect(() => {
    let live = true
    void import("../lazy-parts")
      .then((door) => door.loadScanToChoose())
      .then((m) => live && setParts(m))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return parts ? <parts.ScanToChoose {...props} /> : null
}
