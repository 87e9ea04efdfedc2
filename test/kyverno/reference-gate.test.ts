import { REPOSITORY } from '../../examples/platform/argocd.js';
import { k8s } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { environments } from '../../environments.js';
import { buildPlatform } from '../../examples/platform/platform.js';
import { GitOpsApp, PolicyGate, SynthFailedError } from '../../src/index.js';
import { captureOutput, tempDir } from '../helpers.js';

/** The reference platform plus a hot-fix Deployment on :latest in `tiers`. */
function referenceWithHotfix(tiers: readonly ('dev' | 'staging' | 'production')[]) {
  const app = new GitOpsApp({ environments, outdir: tempDir(), repository: REPOSITORY });
  buildPlatform(app);
  for (const tier of tiers) {
    const labels = { 'app.kubernetes.io/name': 'hotfix' };
    new k8s.KubeDeployment(app.tier(tier).application('hotfix'), 'deployment', {
      metadata: { name: 'hotfix' },
      spec: {
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            securityContext: { runAsNonRoot: true },
            containers: [
              {
                name: 'hotfix',
                image: 'ghcr.io/company/hotfix:latest',
                resources: {
                  requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('64Mi') },
                  limits: { memory: k8s.Quantity.fromString('64Mi') },
                },
                readinessProbe: { httpGet: { path: '/', port: k8s.IntOrString.fromNumber(8080) } },
              },
            ],
          },
        },
      },
    });
  }
  return app;
}

describe('reference platform policy gate', () => {
  it('the reference platform passes every policy in every tier', () => {
    const app = new GitOpsApp({ environments, outdir: tempDir(), repository: REPOSITORY });
    buildPlatform(app);
    app.synth({ output: captureOutput() });
    const { summary } = PolicyGate.of(app);
    expect(summary).toMatchObject({ fail: 0, error: 0, skip: 0 });
    expect(summary.pass).toBeGreaterThan(0);
  });

  it('catches an Enforce failure in production: synth fails and names policy, rule, resource, tier and construct', () => {
    const app = referenceWithHotfix(['dev', 'production']);
    const output = captureOutput();
    let error: unknown;
    try {
      app.synth({ output });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SynthFailedError);
    const message = (error as Error).message;
    expect(message).toContain(
      "Enforce policy 'disallow-latest-tag' rule 'autogen-validate-image-tag' fails on Deployment hotfix-production/hotfix",
    );
    expect(message).toContain('tier: production');
    expect(message).toContain('construct: production/applications-hotfix/deployment');
    expect(message).not.toContain('tier: dev');
    // dev is Audit: reported as a warning before synth stops
    expect(PolicyGate.of(app).summary).toMatchObject({ enforceFailures: 1, auditFailures: 1 });
  });

  it('in dev the same Deployment is an Audit warning and synth succeeds', () => {
    const app = referenceWithHotfix(['dev']);
    const output = captureOutput();
    app.synth({ output });
    expect(output.text()).toContain(
      "Audit policy 'disallow-latest-tag' rule 'autogen-validate-image-tag' fails on Deployment hotfix-dev/hotfix",
    );
    expect(output.text()).toContain('policy gate: 1 Audit failure (disallow-latest-tag: 1)');
  });
});
