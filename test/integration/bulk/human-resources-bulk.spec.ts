import { aSourceSystem, outcomesOf } from '../../support/builders/bulk';
import { caregiversToLoad, certificatesToLoad } from '../../support/builders/bulk-human-resources';
import { expectData } from '../../support/builders/expect-data';
import { aCaregiver } from '../../support/builders/human-resources';
import { graphql } from '../../support/graphql';
import type { RecordCaregiverCertificateInput, RegisterCaregiverInput } from '../../support/graphql/graphql';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const IMPORT_CAREGIVERS = graphql(`
  mutation BulkImportCaregivers($input: ImportCaregiversInput!) {
    importCaregivers(input: $input) {
      created
      updated
      unchanged
      refused
      notWritten
      items {
        index
        outcome
        id
        code
        field
        message
      }
    }
  }
`);

const IMPORT_CERTIFICATES = graphql(`
  mutation BulkImportCaregiverCertificates($input: ImportCaregiverCertificatesInput!) {
    importCaregiverCertificates(input: $input) {
      created
      updated
      unchanged
      refused
      notWritten
      items {
        index
        outcome
        id
        code
        field
        message
      }
    }
  }
`);

const CAREGIVER_BY_SOURCE_REF = graphql(`
  query BulkCaregiverBySourceRef($source: String!, $ref: String!) {
    caregiverBySourceRef(source: $source, ref: $ref) {
      personKey
      name
      role
      sourceRef {
        source
        ref
      }
    }
  }
`);

const CERTIFICATE_BY_SOURCE_REF = graphql(`
  query BulkCaregiverCertificateBySourceRef($source: String!, $ref: String!) {
    caregiverCertificateBySourceRef(source: $source, ref: $ref) {
      id
      personKey
      level
      certificateNumber
      sourceRef {
        source
        ref
      }
    }
  }
`);

const REGISTER_WITH_REF = graphql(`
  mutation BulkRegisterCaregiverWithRef($input: RegisterCaregiverInput!) {
    registerCaregiver(input: $input) {
      personKey
    }
  }
`);

const HR_CHANGES = graphql(`
  query BulkHumanResourcesChanges($after: String) {
    humanResourcesChanges(after: $after, first: 1000) {
      items {
        entityType
        recordId
        operation
      }
      endCursor
      hasNextPage
    }
  }
`);

describe.each(DATABASE_TARGETS)('bulk loads of caregivers and certificates (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const HR = 'human-resources-system' as const;
  const loadCaregivers = async (items: RegisterCaregiverInput[], mode: 'PER_ITEM' | 'ALL_OR_NOTHING' = 'PER_ITEM') =>
    expectData(await hub.query(IMPORT_CAREGIVERS, { input: { mode, items } }, HR)).importCaregivers;
  const loadCertificates = async (
    items: RecordCaregiverCertificateInput[],
    mode: 'PER_ITEM' | 'ALL_OR_NOTHING' = 'PER_ITEM',
  ) => expectData(await hub.query(IMPORT_CERTIFICATES, { input: { mode, items } }, HR)).importCaregiverCertificates;
  const caregiverByRef = async (source: string, ref: string) =>
    expectData(await hub.query(CAREGIVER_BY_SOURCE_REF, { source, ref }, HR)).caregiverBySourceRef;
  const certificateByRef = async (source: string, ref: string) =>
    expectData(await hub.query(CERTIFICATE_BY_SOURCE_REF, { source, ref }, HR)).caregiverCertificateBySourceRef;
  const changesAfter = async (after: string | null) =>
    expectData(await hub.query(HR_CHANGES, { after }, HR)).humanResourcesChanges;
  /** The cursor at the end of the feed now. */
  const feedEnd = async () => {
    let end: string | null = null;
    for (let page = await changesAfter(end); ; page = await changesAfter(end)) {
      end = page.endCursor ?? end;
      if (!page.hasNextPage) return end;
    }
  };

  /** Four caregivers of which the second has an ID number with a wrong check character and the fourth was 15 when employed. */
  const caregiversWithTwoBad = () => {
    const source = aSourceSystem(hub, 'hrss');
    const items = caregiversToLoad(hub, 4, source);
    const id = items[1].idNumber;
    items[1] = { ...items[1], idNumber: `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}` };
    items[3] = { ...items[3], employedFrom: `${Number(items[3].idNumber.slice(6, 10)) + 15}-01-01` };
    return { source, items };
  };

  describe('caregivers', () => {
    it('writes exactly the good items of a per-item load and reports each bad one by index, code and field', async () => {
      const { source, items } = caregiversWithTwoBad();
      const answer = await loadCaregivers(items);
      expect(answer).toMatchObject({ created: 2, refused: 2, updated: 0, unchanged: 0, notWritten: 0 });
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'idNumber'],
        [2, 'CREATED', null, null],
        [3, 'REFUSED', 'BAD_USER_INPUT', 'employedFrom'],
      ]);
      for (const index of [0, 2])
        expect(await caregiverByRef(source, `C${index}`)).toMatchObject({
          personKey: answer.items[index].id,
          name: `导入护理员${index}`,
          sourceRef: { source, ref: `C${index}` },
        });
      expect(await caregiverByRef(source, 'C1')).toBeNull();
      expect(await caregiverByRef(source, 'C3')).toBeNull();
    });

    it('writes none of an all-or-nothing load with a bad item', async () => {
      const { source, items } = caregiversWithTwoBad();
      const answer = await loadCaregivers(items, 'ALL_OR_NOTHING');
      expect(answer).toMatchObject({ created: 0, refused: 2, notWritten: 2 });
      expect(answer.items.map((item) => item.outcome)).toEqual(['NOT_WRITTEN', 'REFUSED', 'NOT_WRITTEN', 'REFUSED']);
      expect(await caregiverByRef(source, 'C0')).toBeNull();
    });

    it('answers a repeat UNCHANGED and writes nothing, and shows only the created and the updated in the change feed', async () => {
      const source = aSourceSystem(hub, 'hrss');
      const items = caregiversToLoad(hub, 3, source);
      const end = await feedEnd();
      const first = await loadCaregivers(items);
      expect(first.created).toBe(3);
      const again = await loadCaregivers(items);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, refused: 0 });
      expect(again.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
      const changed = await loadCaregivers([items[0], { ...items[1], role: 'LONG_TERM_CARER' }, items[2]]);
      expect(changed.items.map((item) => item.outcome)).toEqual(['UNCHANGED', 'UPDATED', 'UNCHANGED']);
      expect((await caregiverByRef(source, 'C1'))?.role).toBe('LONG_TERM_CARER');
      const [a, b, c] = first.items.map((item) => item.id);
      expect((await changesAfter(end)).items).toEqual([
        { entityType: 'Caregiver', recordId: a, operation: 'CREATED' },
        { entityType: 'Caregiver', recordId: b, operation: 'CREATED' },
        { entityType: 'Caregiver', recordId: c, operation: 'CREATED' },
        { entityType: 'Caregiver', recordId: b, operation: 'UPDATED' },
      ]);
    });

    it('matches a caregiver registered one by one by ID number, and refuses a reference that names another caregiver', async () => {
      const input = aCaregiver(hub).input();
      const { personKey } = expectData(await hub.query(REGISTER_WITH_REF, { input }, HR)).registerCaregiver;
      const source = aSourceSystem(hub, 'hrss');
      const matched = await loadCaregivers([{ ...input, name: '改名护理员', sourceRef: { source, ref: 'R1' } }]);
      expect(matched.items[0]).toMatchObject({ outcome: 'UPDATED', id: personKey });
      expect(await caregiverByRef(source, 'R1')).toMatchObject({ personKey, name: '改名护理员' });
      const [someoneElse] = caregiversToLoad(hub, 1, source);
      const taken = await loadCaregivers([{ ...someoneElse, sourceRef: { source, ref: 'R1' } }]);
      expect(taken.items[0]).toMatchObject({ outcome: 'REFUSED', code: 'CONFLICT', field: 'sourceRef' });
      const single = await hub.query(
        REGISTER_WITH_REF,
        { input: { ...someoneElse, sourceRef: { source, ref: 'R1' } } },
        HR,
      );
      expect(errorCodes(single)).toEqual(['CONFLICT']);
      const twice = await loadCaregivers([someoneElse, { ...someoneElse, sourceRef: { source, ref: 'R2' } }]);
      expect(twice.items.map((item) => [item.outcome, item.field])).toEqual([
        ['CREATED', null],
        ['REFUSED', 'idNumber'],
      ]);
    });

    it('answers a repeat sent with the same idempotency key from the stored result', async () => {
      const items = caregiversToLoad(hub, 2, aSourceSystem(hub, 'hrss'));
      const headers = {
        authorization: `Bearer ${await hub.tokenFor(HR)}`,
        'idempotency-key': `bulk-hr-${hub.unique('key')}`,
      };
      const variables = { input: { mode: 'PER_ITEM', items } };
      const first = await hub.queryWithHeaders(headers, IMPORT_CAREGIVERS.toString(), variables);
      const again = await hub.queryWithHeaders(headers, IMPORT_CAREGIVERS.toString(), variables);
      expect(again).toEqual(first);
      expect(first.data).toMatchObject({ importCaregivers: { created: 2 } });
    });

    it('sends as many SQL statements for 1,000 caregivers as for 100', async () => {
      const statementsFor = async (count: number) => {
        const items = caregiversToLoad(hub, count, aSourceSystem(hub, 'hrss'));
        const before = hub.statements('human-resources');
        expect((await loadCaregivers(items)).created).toBe(count);
        return hub.statements('human-resources') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      // 1,000 rows take two INSERTs of 500 where 100 take one.
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });

    it('refuses a load and a lookup from another department’s system', async () => {
      const source = aSourceSystem(hub, 'hrss');
      const items = caregiversToLoad(hub, 1, source);
      const answer = await hub.query(IMPORT_CAREGIVERS, { input: { mode: 'PER_ITEM', items } }, 'finance-system');
      expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
      const lookup = await hub.query(CAREGIVER_BY_SOURCE_REF, { source, ref: 'C0' }, 'civil-affairs-system');
      expect(errorCodes(lookup)).toEqual(['FORBIDDEN']);
      expect(await caregiverByRef(source, 'C0')).toBeNull();
    });
  });

  describe('certificates', () => {
    const aCaregiverKey = async () => (await aCaregiver(hub).register()).personKey;

    it('writes exactly the good items of a per-item load and reports each bad one; all-or-nothing writes none', async () => {
      const source = aSourceSystem(hub, 'hrss');
      const items = certificatesToLoad(hub, await aCaregiverKey(), 4, source);
      items[1] = { ...items[1], personKey: '0'.repeat(32) };
      items[2] = { ...items[2], issuedOn: '1950-01-01' };
      const none = await loadCertificates(items, 'ALL_OR_NOTHING');
      expect(none).toMatchObject({ created: 0, refused: 2, notWritten: 2 });
      expect(await certificateByRef(source, 'Z0')).toBeNull();
      const answer = await loadCertificates(items);
      expect(outcomesOf(answer)).toEqual([
        [0, 'CREATED', null, null],
        [1, 'REFUSED', 'BAD_USER_INPUT', 'personKey'],
        [2, 'REFUSED', 'BAD_USER_INPUT', 'issuedOn'],
        [3, 'CREATED', null, null],
      ]);
      for (const index of [0, 3])
        expect(await certificateByRef(source, `Z${index}`)).toMatchObject({
          id: answer.items[index].id,
          certificateNumber: items[index].certificateNumber,
          sourceRef: { source, ref: `Z${index}` },
        });
      expect(await certificateByRef(source, 'Z1')).toBeNull();
    });

    it('answers a repeat UNCHANGED, a changed level UPDATED, and shows only those in the change feed', async () => {
      const source = aSourceSystem(hub, 'hrss');
      const items = certificatesToLoad(hub, await aCaregiverKey(), 2, source);
      const end = await feedEnd();
      const first = await loadCertificates(items);
      expect(first.created).toBe(2);
      expect(await loadCertificates(items)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      const changed = await loadCertificates([items[0], { ...items[1], level: 'ELDER_CAREGIVER_LEVEL_4' }]);
      expect(changed.items.map((item) => [item.outcome, item.id])).toEqual([
        ['UNCHANGED', first.items[0].id],
        ['UPDATED', first.items[1].id],
      ]);
      expect((await certificateByRef(source, 'Z1'))?.level).toBe('ELDER_CAREGIVER_LEVEL_4');
      const [a, b] = first.items.map((item) => item.id);
      expect((await changesAfter(end)).items).toEqual([
        { entityType: 'CaregiverCertificate', recordId: a, operation: 'CREATED' },
        { entityType: 'CaregiverCertificate', recordId: b, operation: 'CREATED' },
        { entityType: 'CaregiverCertificate', recordId: b, operation: 'UPDATED' },
      ]);
    });

    it('matches by certificate number, and refuses a number of another caregiver or sent twice', async () => {
      const source = aSourceSystem(hub, 'hrss');
      const holder = await aCaregiverKey();
      const [mine] = certificatesToLoad(hub, holder, 1, source);
      await loadCertificates([{ ...mine, sourceRef: null }]);
      const byNumber = await loadCertificates([mine]);
      expect(byNumber.items[0].outcome).toBe('UPDATED');
      expect(await certificateByRef(source, 'Z0')).toMatchObject({ certificateNumber: mine.certificateNumber });
      const others = await loadCertificates([
        { ...mine, personKey: await aCaregiverKey(), sourceRef: { source, ref: 'Z-other' } },
      ]);
      expect(others.items[0]).toMatchObject({ outcome: 'REFUSED', code: 'CONFLICT', field: 'certificateNumber' });
      const [fresh] = certificatesToLoad(hub, holder, 1, aSourceSystem(hub, 'hrss'));
      const twice = await loadCertificates([fresh, { ...fresh, sourceRef: { source, ref: 'Z-twice' } }]);
      expect(twice.items.map((item) => [item.outcome, item.code, item.field])).toEqual([
        ['CREATED', null, null],
        ['REFUSED', 'CONFLICT', 'certificateNumber'],
      ]);
    });

    it('sends as many SQL statements for 1,000 certificates as for 100', async () => {
      const holder = await aCaregiverKey();
      const statementsFor = async (count: number) => {
        const items = certificatesToLoad(hub, holder, count, aSourceSystem(hub, 'hrss'));
        const before = hub.statements('human-resources');
        expect((await loadCertificates(items)).created).toBe(count);
        return hub.statements('human-resources') - before;
      };
      const small = await statementsFor(100);
      const large = await statementsFor(1000);
      // 1,000 rows take two INSERTs of 500 where 100 take one.
      expect(large - small).toBeLessThanOrEqual(1 + BATCHING_TOLERANCE);
    });

    it('answers a repeat sent with the same idempotency key from the stored result', async () => {
      const items = certificatesToLoad(hub, await aCaregiverKey(), 2, aSourceSystem(hub, 'hrss'));
      const headers = {
        authorization: `Bearer ${await hub.tokenFor(HR)}`,
        'idempotency-key': `bulk-hr-${hub.unique('key')}`,
      };
      const variables = { input: { mode: 'PER_ITEM', items } };
      const first = await hub.queryWithHeaders(headers, IMPORT_CERTIFICATES.toString(), variables);
      const again = await hub.queryWithHeaders(headers, IMPORT_CERTIFICATES.toString(), variables);
      expect(again).toEqual(first);
      expect(first.data).toMatchObject({ importCaregiverCertificates: { created: 2 } });
    });
  });
});
