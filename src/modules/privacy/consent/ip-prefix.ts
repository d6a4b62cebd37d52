import net from "node:net"

/**
 * Keeps only the network part of an address: /24 for IPv4, /48 for IPv6.
 * Enough to show where a consent came from, not who exactly sent it.
 */
export function truncateIp(address: string | undefined | null): string | null {
  if (!address) {
    return null
  }
  const ip = address.startsWith("::ffff:") && net.isIPv4(address.slice(7)) ? address.slice(7) : address
  if (net.isIPv4(ip)) {
    const [a, b, c] = ip.split(".")
    return `${a}.${b}.${c}.0/24`
  }
  if (net.isIPv6(ip)) {
    return `${expandIpv6(ip).slice(0, 3).join(":")}::/48`
  }
  return null
}

function expandIpv6(ip: string): string[] {
  const [head, tail = ""] = ip.split("::")
  const headParts = head ? head.split(":") : []
  const tailParts = tail ? tail.split(":") : []
  const missing = ip.includes("::") ? 8 - headParts.length - tailParts.length : 0
  return [...headParts, ...Array(missing).fill("0"), ...tailParts].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ""))
}
