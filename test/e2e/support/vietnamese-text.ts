// Finds Vietnamese words left on a page that should be in English.
import type { Page } from "playwright-core"

// Letters only Vietnamese uses among the shop's two languages (tone marks, ă â đ ê ô ơ ư).
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

/** The words of a text, split on anything that is not a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/**
 * The words with Vietnamese letters in the page's visible text, outside elements
 * marked `lang="vi"` (a name the page declares Vietnamese) and outside `allowed`
 * words (proper names: producers, places, certificate text). Each word once.
 */
export async function vietnameseWordsOn(page: Page, allowed: Set<string>): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest("script, style, noscript, template, [hidden], [lang='vi']")) continue
      if (parent.closest("[aria-hidden='true']")) continue
      parts.push(node.textContent ?? "")
    }
    // Labels a screen reader reads are text too.
    for (const el of document.querySelectorAll("[aria-label], img[alt], [title], input[placeholder]")) {
      if (el.closest("[lang='vi']")) continue
      for (const attr of ["aria-label", "alt", "title", "placeholder"]) parts.push(el.getAttribute(attr) ?? "")
    }
    return parts.join(" ")
  })
  const lower = new Set([...allowed].map((w) => w.toLowerCase()))
  return [...new Set(wordsOf(text).filter((w) => VIETNAMESE_LETTER.test(w) && !lower.has(w.toLowerCase())))]
}
