/**
 * Whether a File Module error means the file is not there (deleted, expired
 * from the bucket), as opposed to the provider failing. Only the first is
 * an expired link; the second is the shop's fault and is answered as such.
 */
export function isFileGone(error: unknown): boolean {
  const failure = error as { code?: unknown; name?: unknown; type?: unknown; statusCode?: unknown; $metadata?: { httpStatusCode?: unknown } } | undefined
  return (
    failure?.code === "ENOENT" || // the local provider
    failure?.name === "NoSuchKey" || // S3
    failure?.name === "NotFound" ||
    failure?.type === "not_found" || // a MedusaError from a provider
    failure?.statusCode === 404 ||
    failure?.$metadata?.httpStatusCode === 404
  )
}

/** A short code for the log: the system or provider error's code or name, never its message (it holds the file key). */
export function fileErrorCode(error: unknown): string {
  const failure = error as { code?: unknown; name?: unknown } | undefined
  for (const value of [failure?.code, failure?.name]) {
    if (typeof value === "string" && /^[A-Za-z][A-Za-z0-9_]{1,40}$/.test(value)) {
      return value
    }
  }
  return "unknown"
}
