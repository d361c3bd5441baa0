import { createHash } from 'node:crypto';
import { appendAudit, ensureAuditHead } from '../../../subgraphs/shared/audit/audit-chain';
import { verifyAuditChain } from '../../../subgraphs/shared/audit/audit-verification';
import { AuditKind } from '../../../subgraphs/shared/audit/audit-kind.enum';
import {
  DEFAULT_MAX_ENTITY_REPRESENTATIONS,
  readSubgraphConfig,
} from '../../../subgraphs/shared/config/subgraph-config';
import { createDepartmentDatabase } from '../../../subgraphs/shared/db/data-source';
import { departmentEntities } from '../../../subgraphs/shared/db/department-entities';
import { dropMysqlDatabase, ensureMysqlDatabase } from '../../../subgraphs/shared/db/mysql-admin';
import { createLogger } from '../../../subgraphs/shared/logging/logger';
import { SUBGRAPHS } from '../../../subgraphs/registry';
import { TEST_DATABASE_PREFIX } from '../../support/hub-launch';
import { expectData } from '../../support/builders/expect-data';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

// Plain strings: the operations are built to a size (a representation list, an operation name, pages
// at the maximum) or sent to a subgraph directly.
const ENTITIES = `query LargeRequestsEntities($representations: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Elder { personKey } }
}`;

const TRAIL = `query LargeRequestsTrail($filter: AuditFilter) {
  civilAffairsAuditTrail(filter: $filter, page: { limit: 50 }) { items { operation personKeys } }
}`;
type Trail = { civilAffairsAuditTrail: { items: Array<{ operation: string; personKeys: string[] }> } };

const VERIFY = `query LargeRequestsVerify { civilAffairsAuditVerification { valid problem } }`;

type ElderPage = { items: Array<{ personKey: string; name: string }> };

/** Elders no one registered: well-formed person keys that match no row. */
const unknownElders = (count: number, scope: string) =>
  Array.from({ length: count }, (_, i) => ({
    __typename: 'Elder',
    personKey: createHash('md5').update(`${scope}-${i}`).digest('hex'),
  }));

/** The largest page the hub serves (`MAX_PAGE_SIZE`, 1,000 by default). */
const MAX_PAGE = 1000;

describe.each(DATABASE_TARGETS)('requests as large as the limits allow (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Reads only (their audit entries are found by this file's own operation names): the worker's seeded city.
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  const someElders = async (count: number, offset = 0) => {
    const result = await hub.query<{ elders: ElderPage }>(
      `query LargeRequestsSomeElders($offset: Int!, $limit: Int!) { elders(page: { offset: $offset, limit: $limit }) { items { personKey name } } }`,
      { offset, limit: count },
    );
    return expectData(result).elders.items;
  };
  const trailSince = async (from: string, personKey: string) =>
    expectData(await hub.query<Trail>(TRAIL, { filter: { personKey, callerId: 'health-system', from } }, 'auditor'))
      .civilAffairsAuditTrail.items;

  it('refuses more representations than the limit in one _entities call with BAD_USER_INPUT naming it, before any SQL', async () => {
    const before = hub.statements('civil-affairs');
    const result = await hub.querySubgraph<{ _entities: unknown[] }>('civil-affairs', ENTITIES, {
      representations: unknownElders(DEFAULT_MAX_ENTITY_REPRESENTATIONS + 1, 'refused'),
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toContain(DEFAULT_MAX_ENTITY_REPRESENTATIONS.toLocaleString('en'));
    expect(result.data ?? null).toBeNull();
    expect(hub.statements('civil-affairs')).toBe(before);
  });

  it('counts the representations of every _entities call in a request together', async () => {
    const half = Math.ceil(DEFAULT_MAX_ENTITY_REPRESENTATIONS / 2) + 1;
    const before = hub.statements('civil-affairs');
    const result = await hub.querySubgraph<unknown>(
      'civil-affairs',
      `query LargeRequestsTwoCalls($a: [_Any!]!, $b: [_Any!]!) { a: _entities(representations: $a) { __typename } b: _entities(representations: $b) { __typename } }`,
      { a: unknownElders(half, 'first-half'), b: unknownElders(half, 'second-half') },
    );
    expect(new Set(errorCodes(result))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(hub.statements('civil-affairs')).toBe(before);
  });

  it('answers an _entities call of the largest allowed size (more than the 33,000 SQLite could not take in one statement), finding the elders among them', async () => {
    const known = await someElders(3);
    const representations = [
      ...known.map(({ personKey }) => ({ __typename: 'Elder', personKey })),
      ...unknownElders(DEFAULT_MAX_ENTITY_REPRESENTATIONS - known.length, 'largest'),
    ];
    const result = await hub.querySubgraph<{ _entities: Array<{ personKey?: string } | null> }>(
      'civil-affairs',
      ENTITIES,
      { representations },
    );
    const entities = expectData(result)._entities;
    expect(entities).toHaveLength(DEFAULT_MAX_ENTITY_REPRESENTATIONS);
    expect(entities.slice(0, known.length).map((entity) => entity?.personKey)).toEqual(
      known.map(({ personKey }) => personKey),
    );
    expect(entities.slice(known.length).every((entity) => entity === null)).toBe(true);
  });

  it('audits a person-level read whatever the length of its operation name', async () => {
    const from = new Date().toISOString();
    const name = `LargeRequestsLongName${'X'.repeat(2000)}`;
    const result = await hub.query<{ elders: ElderPage }>(
      `query ${name} { elders(page: { limit: 2 }) { items { personKey name } } }`,
      {},
      'health-system',
    );
    const [elder] = expectData(result).elders.items;
    const entries = await trailSince(from, elder.personKey);
    expect(entries).toHaveLength(1);
    expect(entries[0].operation.startsWith('LargeRequestsLongNameXXXX')).toBe(true);
    expect(expectData(await hub.query<{ civilAffairsAuditVerification: unknown }>(VERIFY, {}, 'auditor'))).toEqual({
      civilAffairsAuditVerification: { valid: true, problem: null },
    });
  });

  it('audits two pages of the largest size read in one request, with every person in one entry', async () => {
    const from = new Date().toISOString();
    const result = await hub.query<{ first: ElderPage; second: ElderPage }>(
      `query LargeRequestsTwoPages {
        first: elders(page: { offset: 0, limit: ${MAX_PAGE} }) { items { personKey name } }
        second: elders(page: { offset: ${MAX_PAGE}, limit: ${MAX_PAGE} }) { items { personKey name } }
      }`,
      {},
      'health-system',
    );
    const { first, second } = expectData(result);
    const keys = [...first.items, ...second.items].map((elder) => elder.personKey);
    expect(new Set(keys).size).toBe(2 * MAX_PAGE);
    const entries = await trailSince(from, keys.at(-1)!);
    expect(entries).toHaveLength(1);
    expect(entries[0].operation).toMatch(/^LargeRequestsTwoPages/);
    expect(new Set(entries[0].personKeys)).toEqual(new Set(keys));
  });

  // Migrations run on MySQL/MariaDB only (embedded files are built from the entities).
  (target === 'mysql' ? it : it.skip)(
    'keeps entries written before the audit columns were widened verifiable after the migration',
    async () => {
      const definition = SUBGRAPHS.find((subgraph) => subgraph.department === 'civil-affairs')!;
      const server = process.env.TEST_MYSQL_URL!;
      const database = `${TEST_DATABASE_PREFIX}${process.pid}_${process.env.JEST_WORKER_ID ?? '1'}_widen_audit`;
      const url = new URL(server);
      url.pathname = `/${database}`;
      const open = (migrations: typeof definition.migrations) =>
        createDepartmentDatabase(
          { kind: 'mysql', url: url.toString(), database, poolSize: 2 },
          { entities: departmentEntities(definition), migrations, log: createLogger('test', 'error') },
        ).dataSource;
      // The development keys, as the embedded hub's civil affairs signs with them.
      const signer = readSubgraphConfig('civil-affairs', {});
      const verify = (dataSource: ReturnType<typeof open>) =>
        verifyAuditChain(dataSource.manager, { department: 'civil-affairs', keyring: signer.audit.keyring });
      const entry = (operation: string, personKeys: string[]) => ({
        callerId: 'health-system',
        callerRole: 'department-system',
        callerDepartment: 'health',
        operation,
        kind: AuditKind.READ,
        personKeys,
        recordIds: [],
        fields: ['Elder.name', 'Query.elders'],
        requestId: 'large-requests',
      });
      await dropMysqlDatabase(server, database);
      await ensureMysqlDatabase(server, database);
      try {
        const before = open(
          definition.migrations.filter((migration) => !migration.name.startsWith('WiderAuditEntries')),
        );
        await before.initialize();
        await before.runMigrations({ transaction: 'each' });
        await ensureAuditHead(before.manager);
        for (const name of ['Earlier', 'Later'])
          await before.transaction((manager) =>
            appendAudit(
              manager,
              entry(
                name,
                unknownElders(3, name).map((e) => e.personKey),
              ),
              signer,
            ),
          );
        await before.destroy();

        const after = open(definition.migrations);
        await after.initialize();
        expect((await after.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual([
          expect.stringMatching(/^WiderAuditEntries/),
        ]);
        expect(await verify(after)).toMatchObject({ valid: true, checked: 2 });
        const persons = unknownElders(3 * MAX_PAGE, 'widened').map((e) => e.personKey);
        await after.transaction((manager) => appendAudit(manager, entry('X'.repeat(5000), persons), signer));
        expect(await verify(after)).toMatchObject({ valid: true, checked: 3 });
        await after.destroy();
      } finally {
        await dropMysqlDatabase(server, database);
      }
    },
  );
});
