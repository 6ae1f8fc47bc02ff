import { BlockList, isIP } from "node:net";

/**
 * YooKassa does not sign its notifications; the documented defence is to accept them only
 * from these networks (yookassa.ru/developers/using-api/webhooks, "IP authentication")
 * and to re-fetch the object from the API before acting on it.
 */
export const YOOKASSA_NOTIFICATION_NETWORKS = [
  "185.71.76.0/27",
  "185.71.77.0/27",
  "77.75.153.0/25",
  "77.75.156.11",
  "77.75.156.35",
  "77.75.154.128/25",
  "2a02:5180::/32",
] as const;

function buildAllowlist(networks: readonly string[]): BlockList {
  const list = new BlockList();
  for (const network of networks) {
    const [address, prefix] = network.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

const allowlist = buildAllowlist(YOOKASSA_NOTIFICATION_NETWORKS);

/**
 * Whether a notification's source address belongs to YooKassa. Accepts IPv4, IPv6 and the
 * IPv4-mapped IPv6 form (`::ffff:185.71.76.1`) that dual-stack Node sockets report.
 */
export function isYooKassaIp(ip: string | null | undefined): boolean {
  if (!ip) return false;
  let address = ip.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  const version = isIP(address);
  if (version === 0) return false;
  return allowlist.check(address, version === 6 ? "ipv6" : "ipv4");
}
