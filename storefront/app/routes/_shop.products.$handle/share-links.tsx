import { useEffect, useState } from "react"
import { useT } from "~/lib/i18n"

// The sharing pages of Zalo and Facebook take the link in their query: plain links,
// no SDK or script of theirs on our page.
export const shareTargets = (url: string) => ({
  zalo: `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`,
  facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
})

/**
 * Share the product: to Zalo and Facebook (links that open in a new tab), or copy its
 * link. The copy button needs the clipboard, so it appears once the page runs its
 * script; its result is announced by a status line ("Đã sao chép").
 */
export function ShareLinks({ url }: { url: string }) {
  const t = useT()
  const targets = shareTargets(url)
  const [canCopy, setCanCopy] = useState(false)
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null)
  useEffect(() => setCanCopy(true), [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setCopied("yes")
    } catch {
      setCopied("failed")
    }
  }

  return (
    <div className="share" role="group" aria-labelledby="share-title">
      <span id="share-title" className="share__title">
        {t("share.title")}:
      </span>
      {/* Short on screen; the full name (which contains it) for screen readers. */}
      <a href={targets.zalo} target="_blank" rel="noopener noreferrer" className="share__link share__link--zalo" aria-label={t("share.zalo")}>
        Zalo
      </a>
      <a
        href={targets.facebook}
        target="_blank"
        rel="noopener noreferrer"
        className="share__link share__link--facebook"
        aria-label={t("share.facebook")}
      >
        Facebook
      </a>
      {canCopy ? (
        <button type="button" className="share__link share__copy" onClick={copy}>
          {t("share.copy")}
        </button>
      ) : null}
      <span role="status" className={copied === "failed" ? "share__status share__status--failed" : "share__status"}>
        {copied === "yes" ? t("share.copied") : copied === "failed" ? t("share.copyFailed") : ""}
      </span>
    </div>
  )
}
