import { useEffect, useRef, useState } from "react"
import { loadMessages, useT } from "~/lib/i18n"
import { salesPointOfflineMessageLoaders } from "~/lib/messages/sales-point-offline/lazy"
import type { BarcodeReader } from "./barcode-decoder"

await loadMessages(salesPointOfflineMessageLoaders)

type State = "closed" | "starting" | "reading" | "denied" | "unsupported"

/**
 * "Quét bằng camera": opens the phone's (back) camera under the scan box and hands the
 * first EAN it reads to `onCode`, then closes. Shown only where the browser can open a
 * camera; the scanner and the typed code keep working everywhere.
 */
export function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const t = useT()
  const [state, setState] = useState<State>("closed")
  const [read, setRead] = useState<string | null>(null)
  const video = useRef<HTMLVideoElement>(null)
  const session = useRef<{ stream: MediaStream | null; reader: BarcodeReader | null }>({ stream: null, reader: null })
  const handler = useRef(onCode)
  handler.current = onCode

  const stop = () => {
    session.current.reader?.stop()
    session.current.stream?.getTracks().forEach((track) => track.stop())
    session.current = { stream: null, reader: null }
  }
  useEffect(() => stop, [])

  async function open() {
    setRead(null)
    setState("starting")
    let stream: MediaStream
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false })
    } catch {
      setState("denied")
      return
    }
    session.current.stream = stream
    const element = video.current!
    element.srcObject = stream
    await element.play().catch(() => undefined)
    try {
      const { startReading } = await import("./barcode-decoder")
      session.current.reader = await startReading(element, stream, (code) => {
        stop()
        setState("closed")
        setRead(code)
        handler.current(code)
      })
      setState("reading")
    } catch {
      stop()
      setState("unsupported")
    }
  }

  function close() {
    stop()
    setState("closed")
  }

  const open_ = state === "starting" || state === "reading"
  return (
    <div className="staff-camera">
      {open_ ? (
        <button type="button" className="button button--ghost" onClick={close}>
          {t("staffCamera.close")}
        </button>
      ) : (
        <button type="button" className="button button--ghost" onClick={() => void open()}>
          {t("staffCamera.open")}
        </button>
      )}
      <div className="staff-camera__view" hidden={!open_} role="group" aria-label={t("staffCamera.title")}>
        <p className="field-hint">{state === "starting" ? t("staffCamera.starting") : t("staffCamera.hint")}</p>
        {/* The camera's picture, so the clerk can aim; it has no sound and nothing to caption. */}
        <video ref={video} muted playsInline className="staff-camera__video" />
      </div>
      <p role="status" className={state === "denied" || state === "unsupported" ? "field-errors" : "visually-hidden"}>
        {state === "denied" ? t("staffCamera.denied") : state === "unsupported" ? t("staffCamera.unsupported") : read ? t("staffCamera.found", { code: read }) : ""}
      </p>
    </div>
  )
}

/** Whether this browser can open a camera at all (a secure page with getUserMedia). */
export function canUseCamera(): boolean {
  return typeof navigator !== "undefined" && !!navigator.mediaDevices?.getUserMedia
}
