/** An OCI image reference split into its parts. */
export interface ImageRef {
  /** Registry and repository, e.g. `registry.company.com/user-service`. */
  readonly repository: string;
  /** Tag, e.g. `1.4.2`. @default - none (pinned by digest only) */
  readonly tag?: string;
  /** Digest, `sha256:` and 64 hex digits. @default - none */
  readonly digest?: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPOSITORY = /^[a-z0-9]+(?:[._-][a-z0-9]+|__)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/i;

/** Why `reference` is not a pinned image reference (`repo:tag`, `repo@sha256:…` or both), or undefined. */
export function imageRefProblem(reference: string): string | undefined {
  if (typeof reference !== 'string' || reference.trim() === '') return 'the image reference is empty';
  const at = reference.indexOf('@');
  const digest = at < 0 ? undefined : reference.slice(at + 1);
  const rest = at < 0 ? reference : reference.slice(0, at);
  if (digest !== undefined && !DIGEST.test(digest)) {
    return `'${digest}' is not a digest: use sha256: followed by 64 lower-case hex digits`;
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  const tag = colon > slash ? rest.slice(colon + 1) : undefined;
  const repository = colon > slash ? rest.slice(0, colon) : rest;
  if (!REPOSITORY.test(repository)) return `'${repository}' is not an image repository`;
  if (tag !== undefined && !TAG.test(tag)) return `'${tag}' is not an image tag`;
  if (tag === undefined && digest === undefined) {
    return `'${reference}' has neither a tag nor a digest: pin a version, e.g. ${repository}:1.2.3`;
  }
  if (tag === 'latest' && digest === undefined) return `'${reference}' uses the moving tag 'latest': pin a version`;
  return undefined;
}

/** Parses a reference already checked with {@link imageRefProblem}. */
export function parseImageRef(reference: string): ImageRef {
  const at = reference.indexOf('@');
  const digest = at < 0 ? undefined : reference.slice(at + 1);
  const rest = at < 0 ? reference : reference.slice(0, at);
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  return colon > slash
    ? { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), digest }
    : { repository: rest, digest };
}

/** The version a person reads: the tag, else the short digest. */
export function imageVersion(ref: ImageRef): string {
  return ref.tag ?? (ref.digest ? ref.digest.slice(0, 19) : '');
}

/**
 * Orders two tags as semantic versions (`v` prefix allowed); undefined when either is not one.
 * Pre-releases sort before their release.
 */
export function compareSemver(a: string, b: string): number | undefined {
  const parse = (v: string) => /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return Math.sign(d);
  }
  if (x[4] === y[4]) return 0;
  if (x[4] === undefined) return 1;
  if (y[4] === undefined) return -1;
  return x[4] < y[4] ? -1 : 1;
}
