/**
 * Environment variables through which the CLI drives the policy gate (kept free of imports so the CLI can
 * name them cheaply).
 */
export const PolicyEnv = {
  /** Folder of extra policy YAML (`synth --policies DIR`), evaluated against every tier. */
  policies: 'CDK8S_GITOPS_POLICIES',
  /** File the gate writes every result to, as JSON (`policy report`). */
  report: 'CDK8S_GITOPS_POLICY_REPORT',
} as const;
