import type { Policy } from "../model/policy";

/** Canonical JSON: object keys sorted, so equal policies give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** cyrb53: a fast 53-bit string hash (public domain), enough to tell policy versions apart. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The policy's fingerprint, `id@version#hash8`: the hash covers the rules (levels and steps)
 * and the metadata, so any edit of a threshold or weight changes it.
 * @example policyFingerprint(getTemplate("taobao-cs")!) //=> "taobao-cs@1.0#1a2b3c4d"
 */
export function policyFingerprint(policy: Policy): string {
  const hash = hash53(canonicalJson(policy)).toString(16).padStart(14, "0").slice(-8);
  return `${policy.id}@${policy.version}#${hash}`;
}
