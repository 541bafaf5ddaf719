/** The text a field points at with aria-describedby (its hint, its errors): for component specs. */
export function describedText(field: Element) {
  return (field.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ")
}
