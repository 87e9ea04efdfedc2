import yaml from 'js-yaml';

/**
 * One object as a YAML document: UTF-8, `\n` line ends, a trailing newline, no anchors, no line folding.
 * Strings YAML 1.1 would read as something else (`on`, `yes`, `0x1F`) are quoted, since Kubernetes
 * parses YAML 1.1.
 */
export function toYaml(object: unknown): string {
  return yaml.dump(object, { noRefs: true, lineWidth: -1, sortKeys: false });
}
