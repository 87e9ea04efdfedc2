import { Type } from 'typebox';
import { describe, expectTypeOf, it } from 'vitest';
import {
  byProduction,
  Claim,
  defineCompositeApi,
  Patches,
  PipelineComposition,
  AutoReady,
  withDefault,
  type FolderChart,
  type ISecretSource,
} from '../../src/index.js';
import { testEnvironments } from '../helpers-environments.js';
import { Cache, Database } from './fixtures.js';

declare const folder: FolderChart;
const perTier = testEnvironments.perTier.bind(testEnvironments);

describe('claims are typed by their API', () => {
  it('accepts the parameters, plain, per tier or as a function of the tier', () => {
    new Claim(folder, 'a', { api: Database, parameters: { size: 'small' } });
    new Claim(folder, 'b', {
      api: Database,
      parameters: {
        size: perTier({ dev: 'small', staging: 'medium', production: 'large' } as const),
        replicas: (tier) => (tier.production ? 3 : 1),
        backup: { enabled: byProduction(true, false) },
        extensions: ['pgvector'],
        tags: { team: 'payments' },
        providerConfig: { anything: 1 },
      },
    });
    expectTypeOf(new Claim(folder, 'c', { api: Cache, parameters: { size: 'large' } })).toMatchTypeOf<ISecretSource>();
  });

  it('rejects a wrong field, a wrong type, a value outside the enum and a missing required field', () => {
    // @ts-expect-error 'sise' is not a parameter
    new Claim(folder, 'd', { api: Database, parameters: { size: 'small', sise: 'small' } });
    // @ts-expect-error replicas is a number
    new Claim(folder, 'e', { api: Database, parameters: { size: 'small', replicas: '3' } });
    // @ts-expect-error 'huge' is not a size
    new Claim(folder, 'f', { api: Database, parameters: { size: 'huge' } });
    // @ts-expect-error size is required
    new Claim(folder, 'g', { api: Database, parameters: { replicas: 2 } });
    // @ts-expect-error backup.enabled is a boolean
    new Claim(folder, 'h', { api: Database, parameters: { size: 'small', backup: { enabled: 'yes' } } });
    // @ts-expect-error a per-tier value of the wrong type
    new Claim(folder, 'i', { api: Database, parameters: { size: perTier({ dev: 1, staging: 2, production: 3 }) } });
    // @ts-expect-error highAvailability belongs to Cache, not Database
    new Claim(folder, 'j', { api: Database, parameters: { size: 'small', highAvailability: true } });
  });

  it('makes defaulted fields optional and checks the default against the field type', () => {
    const api = defineCompositeApi({
      group: 'x.example.com',
      kind: 'XThing',
      plural: 'xthings',
      parameters: Type.Object({
        version: withDefault(Type.String(), '7.0'),
        // @ts-expect-error the default of an integer field must be a number
        replicas: withDefault(Type.Integer(), 'one'),
      }),
    });
    new Claim(folder, 'k', { api, parameters: {} });
  });

  it('ties patches to the API parameters', () => {
    Patches.fromParameter(Database, 'storage', 'spec.forProvider.allocatedStorage');
    // @ts-expect-error 'storag' is not a parameter of Database
    Patches.fromParameter(Database, 'storag', 'spec.forProvider.allocatedStorage');
  });

  it('takes Compositions by construct', () => {
    const composition = new PipelineComposition(folder, 'c', { api: Database, steps: [AutoReady.step()] });
    new Claim(folder, 'l', { api: Database, composition, parameters: { size: 'small' } });
    // @ts-expect-error a Composition is passed as a construct, not a name
    new Claim(folder, 'm', { api: Database, composition: 'database-aws', parameters: { size: 'small' } });
  });
});
