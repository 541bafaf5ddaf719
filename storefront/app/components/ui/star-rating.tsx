import { useT } from "~/lib/i18n"

/** Five stars, filled up to `stars`; read out as "4 trên 5 sao". */
export function StarRating({ stars, muted = false }: { stars: number; muted?: boolean }) {
  const t = useT()
  return (
    <span className={muted ? "stars stars--muted" : "stars"} role="img" aria-label={t("stars.aria", { stars })}>
      {Array.from({ length: 5 }, (_, i) => (
        <span key={i} aria-hidden="true" className={i < stars ? "star star--on" : "star"}>
          ★
        </span>
      ))}
    </span>
  )
}
