import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/validate-command.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-validate-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

function capture(): { io: { stdout: (s: string) => void; stderr: (s: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, out, err };
}

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  ports:
    - port: 80
      targetPort: http
`;

const MONITOR = `apiVersion: telemetry.example.com/v1
kind: TelemetryMonitor
metadata:
  name: web
  namespace: shop
spec:
  endpoints:
    - port: http
`;

const MONITOR_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: telemetrymonitors.telemetry.example.com
spec:
  group: telemetry.example.com
  scope: Namespaced
  names: { kind: TelemetryMonitor, plural: telemetrymonitors }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                endpoints: { type: array, items: { type: object, properties: { port: { type: string } } } }
`;

describe('validateCommand', () => {
  it('exits 0 on a clean tree and prints the summary', async () => {
    const { io, out, err } = capture();
    const dir = tree({ 'environments/dev/service.yaml': SERVICE });
    expect(await validateCommand(dir, {}, io)).toBe(0);
    expect(out).toEqual(['1 file, 0 errors, 0 warnings, 0 CEL rules not evaluated']);
    expect(err).toEqual([]);
  });

  it('exits 2 and prints one line per issue', async () => {
    const { io, out } = capture();
    const dir = tree({
      'environments/dev/service.yaml': SERVICE.replace('port: 80', 'prot: 80'),
      'environments/dev/monitor.yaml': MONITOR,
    });
    expect(await validateCommand(dir, {}, io)).toBe(2);
    expect(out).toEqual([
      expect.stringMatching(
        /^error {3}dev environments\/dev\/monitor.yaml: no schema for telemetry.example.com\/v1 TelemetryMonitor — /,
      ),
      "error   dev environments/dev/service.yaml /spec/ports/0/port: missing required field 'port'",
      "error   dev environments/dev/service.yaml /spec/ports/0/prot: unknown field 'prot' — did you mean 'port'?",
      '2 files, 3 errors, 0 warnings, 0 CEL rules not evaluated',
    ]);
  });

  it('registers CRDs from --crd files or folders and honours --external', async () => {
    const dir = tree({ 'environments/dev/monitor.yaml': MONITOR, 'crds/monitor.yaml': MONITOR_CRD });
    expect(
      await validateCommand(join(dir, 'environments'), { crd: [join(dir, 'crds/monitor.yaml')] }, capture().io),
    ).toBe(0);
    expect(await validateCommand(join(dir, 'environments'), { crd: [join(dir, 'crds')] }, capture().io)).toBe(0);
    expect(
      await validateCommand(join(dir, 'environments'), { external: ['telemetry.example.com/*'] }, capture().io),
    ).toBe(0);
    const { io, err } = capture();
    expect(
      await validateCommand(join(dir, 'environments'), { crd: [join(dir, 'environments/dev/monitor.yaml')] }, io),
    ).toBe(2);
    expect(err[0]).toMatch(/contains no CustomResourceDefinition or CompositeResourceDefinition/);
  });

  it('prints a JSON report with --json and only errors with --quiet', async () => {
    const dir = tree({
      'environments/dev/monitor.yaml': MONITOR,
      'environments/dev/exception.yaml': `apiVersion: kyverno.io/v2beta1
kind: PolicyException
metadata: { name: allow, namespace: shop }
spec:
  exceptions: [{ policyName: p, ruleNames: [r] }]
  match: { any: [{ resources: { kinds: [Pod] } }] }
`,
    });
    const json = capture();
    expect(await validateCommand(dir, { json: true }, json.io)).toBe(2);
    const report = JSON.parse(json.out.join('\n')) as {
      ok: boolean;
      errors: number;
      warnings: number;
      issues: { code: string }[];
    };
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 1 });
    expect(report.issues.map((issue) => issue.code)).toEqual(['schema.deprecated', 'schema.no-schema']);
    const quiet = capture();
    expect(await validateCommand(dir, { quiet: true }, quiet.io)).toBe(2);
    expect(quiet.out).toHaveLength(1);
    expect(quiet.out[0]).toMatch(/^error .*no schema for telemetry.example.com\/v1 TelemetryMonitor/);
  });

  it('exits 2 with a message on stderr when the folder does not exist', async () => {
    const { io, out, err } = capture();
    expect(await validateCommand(join(tmpdir(), 'cdk8s-gitops-does-not-exist-x'), {}, io)).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^error: cannot read the tree at /);
  });
});
