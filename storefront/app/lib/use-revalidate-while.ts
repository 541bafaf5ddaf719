import { useRevalidator } from "@remix-run/react"
import { useEffect, useRef } from "react"

/**
 * Asks the route's loaders again every `everyMs` while `active`, at most `times` times
 * in a row, so a page waiting on the backend (a wallet's IPN, an invoice being issued)
 * updates itself, and a wait that never ends stops asking.
 */
export function useRevalidateWhile(active: boolean, everyMs = 5000, times = 60) {
  const revalidator = useRevalidator()
  const asked = useRef(0)
  useEffect(() => {
    if (!active) {
      asked.current = 0
      return
    }
    const timer = window.setInterval(() => {
      if (asked.current >= times) return window.clearInterval(timer)
      if (revalidator.state !== "idle") return
      asked.current++
      revalidator.revalidate()
    }, everyMs)
    return () => window.clearInterval(timer)
  }, [active, everyMs, times, revalidator])
}
