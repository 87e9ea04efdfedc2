import { Construct } from 'constructs';
import { ExternalSecret, ExternalSecretSpecSecretStoreRefKind } from '../../imports/eso-externalsecret.js';
import { EnvValue, Probe, WebService, type ISecretSource, type TierScope } from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { databaseClaim } from './crossplane.js';
import { delivery, type ServiceSpec } from './services.js';

/**
 * The database credentials of a service, from AWS Secrets Manager through an ExternalSecret.
 * A small local adapter implementing ISecretSource until the secrets family provides one: the WebService
 * takes it by reference, so its keys are checked where they are used.
 */
class DatabaseCredentials extends Construct implements ISecretSource {
  public readonly secretName: string;
  public readonly secretKeys = ['DATABASE_USER', 'DATABASE_PASSWORD'] as const;

  public constructor(scope: Construct, id: string, props: { name: string; remoteKey: string }) {
    super(scope, id);
    this.secretName = props.name;
    new ExternalSecret(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        refreshInterval: '1h',
        secretStoreRef: {
          kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE,
          name: 'aws-secrets-manager',
        },
        target: { name: props.name },
        data: [
          { secretKey: 'DATABASE_USER', remoteRef: { key: props.remoteKey, property: 'username' } },
          { secretKey: 'DATABASE_PASSWORD', remoteRef: { key: props.remoteKey, property: 'password' } },
        ],
      },
    });
  }
}

/** Everything one service runs in one tier: its workload, its database claim and its credentials. */
export function deployService(tier: TierScope<Tier>, service: ServiceSpec): void {
  const scope = tier.application(service.name);
  const db = service.database;

  databaseClaim(scope, db);

  const credentials = new DatabaseCredentials(scope, 'db-credentials', {
    name: `${db.name}-credentials`,
    remoteKey: `${tier.name}/${service.name}/database`,
  });

  new WebService<Tier>(scope, service.name, {
    image: service.release.map((tag) => ({ repository: service.image, tag })),
    replicas: service.replicas,
    ports: [{ name: 'http', containerPort: service.port, servicePort: 80 }],
    env: {
      DATABASE_USER: EnvValue.fromSecret(credentials, 'DATABASE_USER'),
      DATABASE_PASSWORD: EnvValue.fromSecret(credentials, 'DATABASE_PASSWORD'),
    },
    resources: (t) => ({
      cpu: { request: service.cpu.of(t) },
      memory: { request: service.memory.of(t), limit: service.memory.of(t) },
    }),
    readiness: Probe.http('/healthz'),
    delivery,
  });
}
