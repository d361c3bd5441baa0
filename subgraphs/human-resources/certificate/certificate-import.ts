import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { Caregiver } from '../caregiver/caregiver.entity';
import { CaregiverCertificate } from './certificate.entity';
import type { RecordCaregiverCertificateInput } from './certificate.inputs';
import {
  CERTIFICATE_FIELDS,
  certificateNumberTaken,
  certificateRecord,
  certificateSourceRefTaken,
} from './certificate.service';

/**
 * Loads caregivers' certificates from a human-resources system: each item is checked as
 * `recordCaregiverCertificate` checks it, then matched by its source reference or, failing that, by
 * its certificate number (unique, the natural key). A match of the same caregiver is brought up to
 * the item (UPDATED: level, issuer, dates) or found equal (UNCHANGED); no match is recorded. A
 * number of another caregiver, a reference that names another certificate, or a certificate that
 * carries another reference, is a CONFLICT. Reads in a few IN (...) queries.
 */
export async function importCaregiverCertificates(
  manager: EntityManager,
  { items, mode }: { items: RecordCaregiverCertificateInput[]; mode: BulkMode },
): Promise<BulkWriteResult> {
  const caregivers = new Map(
    (
      await findIn(
        manager,
        Caregiver,
        'personKey',
        items.map((item) => item.personKey),
      )
    ).map((caregiver) => [caregiver.personKey, caregiver]),
  );
  const byNumber = new Map(
    (
      await findIn(
        manager,
        CaregiverCertificate,
        'certificateNumber',
        items.map((item) => item.certificateNumber.toUpperCase()),
      )
    ).map((certificate) => [certificate.certificateNumber, certificate]),
  );
  const byRef = await findBySourceRefs(
    manager,
    CaregiverCertificate,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const numbers = new OncePerLoad();
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<CaregiverCertificate> =>
    decide(() => {
      item.validate();
      const caregiver = caregivers.get(assertPersonKey(item.personKey, 'personKey'));
      if (!caregiver) throw new BadUserInputError('personKey', 'no caregiver with this person key is registered');
      const fields = certificateRecord(caregiver, item);
      const number = fields.certificateNumber;
      numbers.claim(number, index, (first) => sameInLoad('certificateNumber', `certificate ${number}`, first));
      const ref = item.sourceRef;
      if (ref)
        references.claim(sourceRefKey(ref), index, (first) => sameInLoad('sourceRef', describeSourceRef(ref), first));
      const referenced = ref ? byRef.get(sourceRefKey(ref)) : undefined;
      if (referenced && referenced.certificateNumber !== number) throw certificateSourceRefTaken(ref!);
      const existing = byNumber.get(number);
      if (!existing) return { outcome: BulkOutcome.CREATED, record: manager.create(CaregiverCertificate, fields) };
      if (existing.personKey !== fields.personKey) throw certificateNumberTaken(number, false);
      if (!ref) Object.assign(fields, { sourceSystem: existing.sourceSystem, sourceId: existing.sourceId });
      else if (existing.sourceSystem !== null && !referenced)
        throw new ConflictError(
          `certificate ${number} carries ${existing.sourceSystem}:${existing.sourceId}, not ${describeSourceRef(ref)}`,
          'sourceRef',
        );
      if (CERTIFICATE_FIELDS.every((name) => existing[name] === fields[name]))
        return { outcome: BulkOutcome.UNCHANGED, record: existing };
      return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, fields) };
    }),
  );

  return writeBulk(manager, {
    target: CaregiverCertificate,
    mode,
    decisions,
    idOf: (certificate) => String(certificate.id),
    personKeyOf: (certificate) => certificate.personKey,
    assignIds: async (created) => {
      const written = new Map(
        (
          await findIn(
            manager,
            CaregiverCertificate,
            'certificateNumber',
            created.map((certificate) => certificate.certificateNumber),
          )
        ).map((certificate) => [certificate.certificateNumber, certificate.id]),
      );
      for (const certificate of created) certificate.id = written.get(certificate.certificateNumber)!;
    },
    recordType: 'CaregiverCertificate',
  });
}

function sameInLoad(field: string, what: string, firstIndex: number): ConflictError {
  return new ConflictError(`${what} is already item ${firstIndex} of this load; send each certificate once`, field);
}
