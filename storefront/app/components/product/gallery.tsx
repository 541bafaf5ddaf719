import { useRef, useState } from "react"
import { useT } from "~/lib/i18n"

export type GalleryImage = { id: string; url: string }

/**
 * All of a product's pictures: one at a time in a strip that a phone swipes (CSS scroll
 * snap, no library), thumbnails to jump to one, and a button on each picture that opens it
 * large in a dialog (Escape or the close button shuts it). One picture shows alone.
 */
export function Gallery({ images, alt }: { images: GalleryImage[]; alt: string }) {
  const t = useT()
  const track = useRef<HTMLUListElement>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  const [current, setCurrent] = useState(0)
  const [zoomed, setZoomed] = useState<number | null>(null)
  const count = images.length
  if (!count) return null
  const altOf = (i: number) => (count > 1 ? `${alt} (${i + 1}/${count})` : alt)

  function show(i: number) {
    const list = track.current
    if (list) list.scrollTo({ left: i * list.clientWidth, behavior: "smooth" })
    setCurrent(i)
  }
  function open(i: number) {
    setZoomed(i)
    dialog.current?.showModal()
  }

  return (
    <section aria-label={t("product.gallery")} className="gallery">
      <ul
        className="gallery__track"
        ref={track}
        onScroll={(event) => {
          const list = event.currentTarget
          setCurrent(Math.round(list.scrollLeft / Math.max(list.clientWidth, 1)))
        }}
      >
        {images.map((image, i) => (
          <li key={image.id} id={`gallery-slide-${i + 1}`} className="gallery__slide">
            <button type="button" className="gallery__open" onClick={() => open(i)} aria-label={t("gallery.zoom", { n: i + 1 })}>
              <img
                src={image.url}
                alt={altOf(i)}
                width={800}
                height={600}
                loading={i === 0 ? "eager" : "lazy"}
                decoding="async"
              />
            </button>
          </li>
        ))}
      </ul>
      {count > 1 ? (
        <>
          <p className="gallery__counter" aria-hidden="true">
            {current + 1} / {count}
          </p>
          <ul className="gallery__thumbs" aria-label={t("gallery.thumbs")}>
            {images.map((image, i) => (
              <li key={image.id}>
                <a
                  href={`#gallery-slide-${i + 1}`}
                  aria-current={i === current ? "true" : undefined}
                  aria-label={t("gallery.picture", { n: i + 1, count })}
                  onClick={(event) => {
                    event.preventDefault()
                    show(i)
                  }}
                >
                  <img src={image.url} alt="" width={72} height={54} loading="lazy" decoding="async" />
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <dialog ref={dialog} className="gallery__zoom" aria-label={zoomed !== null ? altOf(zoomed) : alt} onClose={() => setZoomed(null)}>
        <form method="dialog">
          <button type="submit" className="gallery__close" aria-label={t("gallery.close")}>
            ×
          </button>
        </form>
        {zoomed !== null ? <img src={images[zoomed].url} alt={altOf(zoomed)} /> : null}
      </dialog>
    </section>
  )
}
