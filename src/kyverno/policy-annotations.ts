/** Annotations Kyverno's policy library uses to describe a policy. */
export const POLICY_ANNOTATIONS = {
  title: 'policies.kyverno.io/title',
  category: 'policies.kyverno.io/category',
  severity: 'policies.kyverno.io/severity',
  subject: 'policies.kyverno.io/subject',
  description: 'policies.kyverno.io/description',
  /** Controllers auto-gen writes Pod rules for (`none` turns auto-gen off). */
  autogenControllers: 'pod-policies.kyverno.io/autogen-controllers',
} as const;
