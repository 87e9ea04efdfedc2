const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why `value` is not a DNS-1123 label (RFC 1123: lower-case alphanumerics and '-', at most 63), or undefined if it is. */
export function dns1123LabelProblem(value: string): string | undefined {
  if (value.length === 0) return 'it is empty';
  if (value.length > 63) return `it is ${value.length} characters long (at most 63)`;
  if (!DNS_1123_LABEL.test(value)) {
    return 'it must consist of lower-case letters, digits and "-", and start and end with a letter or digit';
  }
  return undefined;
}

/** Why `value` is not a DNS-1123 subdomain (labels joined by '.', at most 253), or undefined if it is. */
export function dns1123SubdomainProblem(value: string): string | undefined {
  if (value.length === 0) return 'it is empty';
  if (value.length > 253) return `it is ${value.length} characters long (at most 253)`;
  if (!DNS_1123_SUBDOMAIN.test(value)) {
    return 'it must consist of lower-case letters, digits, "-" and ".", and start and end with a letter or digit';
  }
  return undefined;
}

/** Turns any string into a DNS-1123 label: lower-cased, other characters replaced by '-', trimmed to 63. */
export function toDnsLabel(value: string): string {
  const label = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
  return label.length > 0 ? label : 'x';
}
