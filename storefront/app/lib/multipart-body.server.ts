/**
 * A multipart body for the backend's upload routes, built whole. The backend refuses
 * an upload that does not declare its length before reading it (411), and Remix's
 * fetch streams a FormData without one.
 */
export async function multipartBody(field: string, files: File[]) {
  const boundary = `ocop-${crypto.randomUUID()}`
  const parts: Buffer[] = []
  for (const file of files) {
    const filename = file.name.replace(/["\r\n\\]/g, "_")
    const type = file.type.replace(/[^\w.+/-]/g, "") || "application/octet-stream"
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
      Buffer.from(await file.arrayBuffer()),
      Buffer.from("\r\n")
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  const body = Buffer.concat(parts)
  return {
    body,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(body.length) },
  }
}
