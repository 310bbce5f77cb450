// The 允许的邮箱域名 setting: which domains it names, and whether an address may receive a reminder.
import { foldWidth } from '../text';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The domains of the 允许的邮箱域名 setting: one or several ("example.gov.cn；example.org"), a leading @
 * allowed, compared in lower case. Null when one of them is not a domain (a URL, a stray word).
 */
export function parseDomains(text: string): string[] | null {
  const domains = foldWidth(text)
    .toLowerCase()
    .split(/[;,、，；\s]+/)
    .map((d) => d.replace(/^@/, ''))
    .filter(Boolean);
  return domains.every((d) => DOMAIN.test(d)) ? domains : null;
}

/** True when no domain is set, or the address is at one of them or a subdomain (dept.example.gov.cn). */
export function isAddressAllowed(address: string, allowedDomain: string): boolean {
  const domains = parseDomains(allowedDomain) ?? [];
  if (domains.length === 0) return allowedDomain.trim() === '';
  const host = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
