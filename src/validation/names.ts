import { escapePointer } from './cel.js';
import { ISSUE_CODES, type Finding } from './issue.js';
import { groupOf } from './schema-index.js';
import { memoByString } from './memo.js';
import { isPlainObject } from './schema-walk.js';

const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const MAX_ANNOTATIONS_BYTES = 256 * 1024;

/** The naming rule of a kind's `metadata.name`. */
interface NameRule {
  readonly describe: string;
  readonly check: (name: string) => boolean;
}

const SUBDOMAIN: NameRule = {
  describe: 'a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)',
  check: (name) => name.length <= 253 && DNS1123_SUBDOMAIN.test(name),
};
const LABEL: NameRule = {
  describe: 'a DNS-1123 label (lowercase letters, digits and "-", at most 63 characters)',
  check: (name) => name.length <= 63 && DNS1123_LABEL.test(name),
};
const DNS1035: NameRule = {
  describe: 'a DNS-1035 label (starts with a letter; lowercase letters, digits and "-", at most 63 characters)',
  check: (name) => name.length <= 63 && DNS1035_LABEL.test(name),
};
const PATH_SEGMENT: NameRule = {
  describe: 'a path segment (not "." or "..", without "/" or "%")',
  check: (name) => name !== '.' && name !== '..' && !/[/%]/.test(name),
};
const CRONJOB: NameRule = {
  describe: 'a DNS-1123 subdomain of at most 52 characters (the controller appends a suffix)',
  check: (name) => name.length <= 52 && DNS1123_SUBDOMAIN.test(name),
};

/** The rule for `metadata.name` of a kind (built-in exceptions by group and kind, else a subdomain). */
function nameRule(apiVersion: string, kind: string): NameRule {
  const group = groupOf(apiVersion);
  if (group === '' && kind === 'Namespace') return LABEL;
  if (group === '' && kind === 'Service') return DNS1035;
  if (group === 'rbac.authorization.k8s.io') return PATH_SEGMENT;
  if (group === 'batch' && kind === 'CronJob') return CRONJOB;
  return SUBDOMAIN;
}

/** Checks `metadata.name`, `metadata.namespace`, label keys/values and annotation keys of an object; appends to `findings`. */
export function checkNames(object: Record<string, unknown>, findings: Finding[] = []): Finding[] {
  const apiVersion = String(object['apiVersion']);
  const kind = String(object['kind']);
  const metadata = isPlainObject(object['metadata']) ? object['metadata'] : {};
  const name = metadata['name'];
  if (name === undefined || name === '') {
    if (typeof metadata['generateName'] !== 'string' || metadata['generateName'] === '') {
      findings.push({
        code: ISSUE_CODES.nameMissing,
        pointer: '/metadata/name',
        message: `${kind} has no metadata.name`,
        hint: 'every object in a GitOps tree needs a stable name',
      });
    }
  } else if (typeof name === 'string') {
    const rule = nameRule(apiVersion, kind);
    if (!rule.check(name)) {
      findings.push({
        code: ISSUE_CODES.nameInvalid,
        pointer: '/metadata/name',
        message: `'${name}' is not a valid ${kind} name`,
        expected: rule.describe,
        ...(name.length > 63 ? { found: `${name.length} characters` } : {}),
        hint: suggestName(name, rule),
      });
    }
    if (kind === 'CustomResourceDefinition' && groupOf(apiVersion) === 'apiextensions.k8s.io') {
      const spec = isPlainObject(object['spec']) ? object['spec'] : {};
      const plural = isPlainObject(spec['names']) ? spec['names']['plural'] : undefined;
      const expected = `${String(plural)}.${String(spec['group'])}`;
      if (typeof plural === 'string' && typeof spec['group'] === 'string' && name !== expected) {
        findings.push({
          code: ISSUE_CODES.nameInvalid,
          pointer: '/metadata/name',
          message: `a CustomResourceDefinition must be named <plural>.<group>`,
          expected,
          found: name,
        });
      }
    }
  }
  const namespace = metadata['namespace'];
  if (typeof namespace === 'string' && namespace !== '' && !LABEL.check(namespace)) {
    findings.push({
      code: ISSUE_CODES.nameInvalid,
      pointer: '/metadata/namespace',
      message: `'${namespace}' is not a valid namespace name`,
      expected: LABEL.describe,
      hint: suggestName(namespace, LABEL),
    });
  }

  checkLabels(metadata['labels'], '/metadata/labels', findings);
  checkAnnotations(metadata['annotations'], findings);
  const spec = isPlainObject(object['spec']) ? object['spec'] : undefined;
  if (spec) {
    const selector = spec['selector'];
    if (isPlainObject(selector)) checkLabels(selector['matchLabels'], '/spec/selector/matchLabels', findings);
    // An ApplicationSet's template is not a pod template: its labels hold generator parameters ({{.tier}}).
    const templated = object['kind'] === 'ApplicationSet' && String(object['apiVersion']).startsWith('argoproj.io/');
    if (!templated) checkTemplateLabels(spec['template'], '/spec/template', findings);
    const jobTemplate = spec['jobTemplate'];
    if (isPlainObject(jobTemplate)) {
      const templateMeta = jobTemplate['metadata'];
      if (isPlainObject(templateMeta))
        checkLabels(templateMeta['labels'], '/spec/jobTemplate/metadata/labels', findings);
      const jobSpec = jobTemplate['spec'];
      if (isPlainObject(jobSpec)) checkTemplateLabels(jobSpec['template'], '/spec/jobTemplate/spec/template', findings);
    }
  }
  return findings;
}

function checkTemplateLabels(template: unknown, pointer: string, findings: Finding[]): void {
  if (!isPlainObject(template)) return;
  const metadata = template['metadata'];
  if (isPlainObject(metadata)) checkLabels(metadata['labels'], `${pointer}/metadata/labels`, findings);
}

// Objects repeat the same label keys and values (`app.kubernetes.io/name: api` on every object of a service).
const qualifiedNames = memoByString(judgeQualifiedName);
const labelValues = memoByString(judgeLabelValue);

/** Validates a label/annotation key: `[prefix/]name`, prefix a DNS subdomain, name at most 63 characters. */
export function qualifiedNameProblem(key: string): string | undefined {
  return qualifiedNames(key);
}

function judgeQualifiedName(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined) {
    if (prefix.length === 0) return 'the prefix before "/" is empty';
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))
      return `the prefix '${prefix}' is not a DNS-1123 subdomain`;
  }
  if (name.length === 0) return 'the name part is empty';
  if (name.length > 63) return `the name part has ${name.length} characters (at most 63)`;
  if (!QUALIFIED_NAME.test(name)) {
    return 'the name part must start and end with a letter or digit and contain only letters, digits, "-", "_" and "."';
  }
  return undefined;
}

/** Validates a label value: empty, or at most 63 characters of letters, digits, "-", "_", "." starting and ending alphanumeric. */
export function labelValueProblem(value: string): string | undefined {
  return labelValues(value);
}

function judgeLabelValue(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63) return `it has ${value.length} characters (at most 63)`;
  if (!QUALIFIED_NAME.test(value)) {
    return 'it must start and end with a letter or digit and contain only letters, digits, "-", "_" and "."';
  }
  return undefined;
}

function checkLabels(labels: unknown, pointer: string, findings: Finding[]): void {
  if (!isPlainObject(labels)) return;
  for (const key in labels) {
    const value = labels[key];
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem) {
      findings.push({
        code: ISSUE_CODES.labelInvalid,
        pointer: `${pointer}/${escapePointer(key)}`,
        message: `label key '${key}' is invalid: ${keyProblem}`,
      });
    }
    if (typeof value === 'string') {
      const valueProblem = labelValueProblem(value);
      if (valueProblem) {
        findings.push({
          code: ISSUE_CODES.labelInvalid,
          pointer: `${pointer}/${escapePointer(key)}`,
          message: `label value of '${key}' is invalid: ${valueProblem}`,
          found: JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value),
          hint: 'put free text in an annotation instead',
        });
      }
    }
  }
}

function checkAnnotations(annotations: unknown, findings: Finding[]): void {
  if (!isPlainObject(annotations)) return;
  let bytes = 0;
  for (const [key, value] of Object.entries(annotations)) {
    bytes += Buffer.byteLength(key) + (typeof value === 'string' ? Buffer.byteLength(value) : 0);
    const problem = qualifiedNameProblem(key);
    if (problem) {
      findings.push({
        code: ISSUE_CODES.annotationInvalid,
        pointer: `/metadata/annotations/${escapePointer(key)}`,
        message: `annotation key '${key}' is invalid: ${problem}`,
      });
    }
  }
  if (bytes > MAX_ANNOTATIONS_BYTES) {
    findings.push({
      code: ISSUE_CODES.annotationInvalid,
      pointer: '/metadata/annotations',
      message: 'annotations are too large',
      expected: `at most ${MAX_ANNOTATIONS_BYTES} bytes in total`,
      found: `${bytes} bytes`,
    });
  }
}

/** `use 'my-app' instead` when lowercasing and replacing invalid characters gives a valid name. */
function suggestName(name: string, rule: NameRule): string | undefined {
  const candidate = name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return candidate && candidate !== name && rule.check(candidate) ? `use '${candidate}' instead` : undefined;
}
