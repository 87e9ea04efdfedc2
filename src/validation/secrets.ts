import { escapePointer } from './cel.js';
import { ISSUE_CODES, type Finding } from './issue.js';
import { memoByString } from './memo.js';
import { isPlainObject } from './schema-walk.js';

/** A well-known credential format. */
interface CredentialPattern {
  readonly name: string;
  readonly regex: RegExp;
}

/** Token formats with a recognisable prefix or framing; lengths keep prose mentions from matching. */
const CREDENTIAL_PATTERNS: readonly CredentialPattern[] = [
  // The header alone is not enough: documentation shows it around placeholders such as `<private-key>`.
  {
    name: 'a PEM private key',
    regex: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,200}?[A-Za-z0-9+/]{32}/,
  },
  { name: 'a GitHub token', regex: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { name: 'a GitHub fine-grained token', regex: /\bgithub_pat_[A-Za-z0-9_]{22,}/ },
  { name: 'an AWS access key id', regex: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'a Slack token', regex: /\bxox[abpr]-[A-Za-z0-9-]{10,}/ },
  { name: 'a GitLab token', regex: /\bglpat-[A-Za-z0-9_-]{20,}/ },
  { name: 'a Stripe live key', regex: /\b[sr]k_live_[A-Za-z0-9]{16,}/ },
  { name: 'a Google API key', regex: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'a JSON Web Token', regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { name: 'a URL with an embedded password', regex: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@$({]{3,}@[^\s]/i },
];

/** Cheap pre-filter: a string can only match a pattern above if it contains one of these. */
const QUICK = /-----BEGIN|gh[pousr]_|github_pat_|A[KS]IA|xox[abpr]-|glpat-|[sr]k_live_|AIza|eyJ|:\/\//;
const MIN_LENGTH = 16;

/** Words that make a key name a credential: `DB_PASSWORD`, `apiKey`, `client-secret`, `GITHUB_TOKEN`. */
const SENSITIVE_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'token',
  'apikey',
  'credential',
  'credentials',
]);
const SENSITIVE_PAIRS = new Set(['api key', 'access key', 'private key', 'secret key', 'client secret']);
/** Words that make it about a credential rather than the credential: `SECRET_NAME`, `TOKEN_URL`, `PASSWORD_FILE`. */
const BENIGN_WORDS = new Set([
  'name',
  'names',
  'file',
  'path',
  'ref',
  'url',
  'uri',
  'endpoint',
  'dir',
  'mount',
  'length',
  'ttl',
  'expiry',
  'expiration',
  'expires',
  'timeout',
  'type',
  'header',
  'policy',
  'enabled',
  'enable',
  'required',
  'store',
  'provider',
  'namespace',
  'field',
  'format',
  'mode',
  'duration',
  'lifetime',
  'audience',
  'issuer',
  'scope',
  'location',
  'version',
  'rotation',
  'min',
  'max',
]);

/** `DB_PASSWORD` → `['db', 'password']`, `apiKey` → `['api', 'key']`. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Keys judged by {@link isSensitiveKey}: objects repeat the same env names and data keys. */
const sensitiveKeys = memoByString(judgeKey);

/** Whether a key names a credential value (not a reference to one). */
export function isSensitiveKey(key: string): boolean {
  return sensitiveKeys(key);
}

function judgeKey(key: string): boolean {
  const parts = words(key);
  if (parts.some((part) => BENIGN_WORDS.has(part))) return false;
  if (parts.some((part) => SENSITIVE_WORDS.has(part))) return true;
  for (let i = 0; i + 1 < parts.length; i++) if (SENSITIVE_PAIRS.has(`${parts[i]} ${parts[i + 1]}`)) return true;
  return false;
}

/** A literal that is not a credential even under a sensitive key: empty, a `$(VAR)`/`${VAR}`/`{{ }}` reference, a path, a boolean. */
function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === '' || /^(\$\(|\$\{|\{\{)/.test(v) || v.startsWith('/') || v === 'true' || v === 'false';
}

/** The credential format `value` matches, if any. */
export function credentialKind(value: string): string | undefined {
  if (value.length < MIN_LENGTH || !QUICK.test(value)) return undefined;
  for (let i = 0; i < CREDENTIAL_PATTERNS.length; i++) {
    const pattern = CREDENTIAL_PATTERNS[i] as CredentialPattern;
    if (pattern.regex.test(value)) return pattern.name;
  }
  return undefined;
}

const SECRET_HINT =
  'keep secret material out of git: use an ExternalSecret (external-secrets.io/v1) or a SealedSecret (bitnami.com/v1alpha1)';

/**
 * Secret-safety checks of one object:
 * - a `v1` Secret with `data` or `stringData` (`secret.plaintext`);
 * - any string value that looks like a credential: PEM private keys, GitHub/GitLab/Slack/Stripe/Google
 *   tokens, AWS access key ids, JWTs, URLs with a password (`secret.credential-like`);
 * - a ConfigMap `data` entry or container `env[].value` whose name says password/secret/token/apiKey and
 *   whose value is a non-empty literal (`secret.credential-like`).
 */
export function checkSecrets(object: Record<string, unknown>, findings: Finding[] = []): Finding[] {
  const isCoreSecret = object['apiVersion'] === 'v1' && object['kind'] === 'Secret';
  if (isCoreSecret) {
    for (const field of ['data', 'stringData']) {
      const value = object[field];
      if (isPlainObject(value) && Object.keys(value).length > 0) {
        findings.push({
          code: ISSUE_CODES.secretPlaintext,
          pointer: `/${field}`,
          message: `Secret carries ${field} (${Object.keys(value).length} key${Object.keys(value).length === 1 ? '' : 's'}): it would be committed to git`,
          hint: SECRET_HINT,
        });
      }
    }
  }
  const scan = SecretScan.start(findings, isCoreSecret);
  scan.value(object, false);
  const data = object['data'];
  if (object['apiVersion'] === 'v1' && object['kind'] === 'ConfigMap' && isPlainObject(data)) {
    for (const key in data) {
      const value = data[key];
      if (typeof value !== 'string' || !isSensitiveKey(key) || isPlaceholder(value)) continue;
      const pointer = `/data/${escapePointer(key)}`;
      if (!scan.reported?.has(pointer)) {
        findings.push({
          code: ISSUE_CODES.credentialLike,
          pointer,
          message: `ConfigMap key '${key}' holds a literal credential`,
          hint: `${SECRET_HINT}, and mount it from the resulting Secret`,
        });
      }
    }
  }
  return findings;
}

/**
 * One walk over an object: every string that looks like a credential, and every container of every pod
 * spec inside it (Deployments, CronJobs, Rollouts...), after the strings inside that container were
 * scanned. The path is kept on one stack and pointers are only built when something is reported.
 * Methods, not closures, and plain loops: this runs on every object of a synth, mostly unoptimized,
 * where each closure or iterator is an allocation.
 */
class SecretScan {
  private static readonly shared = new SecretScan();

  /** The scan of one object (one instance, reused: scans are synchronous and do not nest). */
  public static start(findings: Finding[], isCoreSecret: boolean): SecretScan {
    const scan = SecretScan.shared;
    scan.findings = findings;
    scan.isCoreSecret = isCoreSecret;
    scan.reported = undefined;
    scan.path.length = 0;
    return scan;
  }

  /** Pointers reported as credential-like, so an env value is not reported twice (rarely any). */
  public reported?: Set<string>;
  private readonly path: Array<string | number> = [];
  private findings: Finding[] = [];
  private isCoreSecret = false;

  private constructor() {}

  public value(node: unknown, containers: boolean): void {
    if (typeof node === 'string') {
      if (node.length >= MIN_LENGTH && QUICK.test(node)) {
        const kind = credentialKind(node);
        if (kind) this.credential(kind);
      }
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const { path } = this;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        path.push(i);
        this.value(item, false);
        if (containers && isPlainObject(item)) this.environment(item);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      // Scalars other than strings hold nothing to scan.
      if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) continue;
      path.push(key);
      this.value(item, key === 'containers' || key === 'initContainers' || key === 'ephemeralContainers');
      path.pop();
    }
  }

  private at(): string {
    let pointer = '';
    for (let i = 0; i < this.path.length; i++) {
      const segment = this.path[i] as string | number;
      pointer += `/${typeof segment === 'number' ? segment : escapePointer(segment)}`;
    }
    return pointer;
  }

  private credential(kind: string): void {
    const pointer = this.at();
    // Secret data is already reported as a whole.
    if (this.isCoreSecret && (pointer.startsWith('/data/') || pointer.startsWith('/stringData/'))) return;
    (this.reported ??= new Set()).add(pointer);
    this.findings.push({
      code: ISSUE_CODES.credentialLike,
      pointer,
      message: `value looks like ${kind}`,
      hint: SECRET_HINT,
    });
  }

  /** A container's `env` entries whose name says credential and whose value is a literal. */
  private environment(container: Record<string, unknown>): void {
    const env = container['env'];
    if (!Array.isArray(env)) return;
    for (let index = 0; index < env.length; index++) {
      const entry: unknown = env[index];
      if (!isPlainObject(entry)) continue;
      const name = entry['name'];
      const value = entry['value'];
      if (typeof name !== 'string' || typeof value !== 'string') continue;
      if (!isSensitiveKey(name) || isPlaceholder(value)) continue;
      const at = `${this.at()}/env/${index}/value`;
      if (this.reported?.has(at)) continue;
      this.findings.push({
        code: ISSUE_CODES.credentialLike,
        pointer: at,
        message: `environment variable ${name} is set to a literal credential`,
        hint: `use valueFrom.secretKeyRef with a Secret created by an ExternalSecret or a SealedSecret`,
      });
    }
  }
}
