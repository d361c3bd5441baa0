import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { notEnrolled } from '../enrolment/ltci-enrolment.service';
import { LtciAssessment } from './ltci-assessment.entity';
import type { RecordLtciAssessmentInput } from './ltci-assessment.inputs';
import {
  ASSESSMENT_FIELDS,
  assessmentFields,
  assessmentSourceRefTaken,
  checkAssessable,
  sameDayAssessed,
} from './ltci-assessment.service';

/**
 * Loads LTCI disability assessments from the medical-insurance system: each item is checked as
 * `recordLtciAssessment` checks it, then matched by its source reference or, failing that, by the
 * person and date (one assessment per person and day). A match is brought up to the item (grade,
 * validity, organisation: UPDATED) or found equal (UNCHANGED); a reference that names an assessment of
 * another person or day, or a person-day that carries another reference, is a CONFLICT.
 */
export async function importLtciAssessments(
  manager: EntityManager,
  { items, mode }: { items: RecordLtciAssessmentInput[]; mode: BulkMode },
): Promise<BulkWriteResult> {
  const personKeys = items.map((item) => item.personKey);
  const enrolments = new Map(
    (await findIn(manager, LtciEnrolment, 'personKey', personKeys, { lock: true })).map((enrolment) => [
      enrolment.personKey,
      enrolment,
    ]),
  );
  const byDay = new Map(
    (await findIn(manager, LtciAssessment, 'personKey', personKeys)).map((assessment) => [
      dayKey(assessment.personKey, assessment.assessedOn),
      assessment,
    ]),
  );
  const byRef = await findBySourceRefs(
    manager,
    LtciAssessment,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const days = new OncePerLoad();
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<LtciAssessment> =>
    decide(() => {
      item.validate();
      const enrolment = enrolments.get(assertPersonKey(item.personKey, 'personKey'));
      if (!enrolment) throw notEnrolled('personKey');
      const fields = assessmentFields(enrolment.personKey, item);
      days.claim(
        dayKey(fields.personKey, fields.assessedOn),
        index,
        (first) =>
          new ConflictError(`this person’s ${fields.assessedOn} is already item ${first} of this load`, 'assessedOn'),
      );
      const ref = item.sourceRef;
      if (ref)
        references.claim(
          sourceRefKey(ref),
          index,
          (first) =>
            new ConflictError(
              `${describeSourceRef(ref)} is already item ${first} of this load; send each once`,
              'sourceRef',
            ),
        );
      const existing = byDay.get(dayKey(fields.personKey, fields.assessedOn));
      const referenced = ref ? byRef.get(sourceRefKey(ref)) : undefined;
      if (ref && referenced && referenced.id !== existing?.id) throw assessmentSourceRefTaken(ref);
      if (existing) {
        if (!ref) Object.assign(fields, { sourceSystem: existing.sourceSystem, sourceId: existing.sourceId });
        else if (existing.sourceSystem !== null && !referenced) throw sameDayAssessed(fields.assessedOn);
        // A repeat is UNCHANGED even after the enrolment ended; a change, like a new assessment, is not.
        if (ASSESSMENT_FIELDS.every((name) => existing[name] === fields[name]))
          return { outcome: BulkOutcome.UNCHANGED, record: existing };
      }
      checkAssessable(enrolment);
      if (!existing) return { outcome: BulkOutcome.CREATED, record: manager.create(LtciAssessment, fields) };
      return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, fields) };
    }),
  );

  return writeBulk(manager, {
    target: LtciAssessment,
    mode,
    decisions,
    idOf: (assessment) => String(assessment.id),
    personKeyOf: (assessment) => assessment.personKey,
    assignIds: async (created) => {
      const written = new Map(
        (
          await findIn(
            manager,
            LtciAssessment,
            'personKey',
            created.map((assessment) => assessment.personKey),
          )
        ).map((assessment) => [dayKey(assessment.personKey, assessment.assessedOn), assessment.id]),
      );
      for (const assessment of created)
        assessment.id = written.get(dayKey(assessment.personKey, assessment.assessedOn))!;
    },
    recordType: 'LtciAssessment',
  });
}

function dayKey(personKey: string, assessedOn: string): string {
  return `${personKey}\u0000${assessedOn}`;
}
