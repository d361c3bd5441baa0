import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { BadUserInputError, ConflictError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { Elder } from '../elder/elder.entity';
import { AbilityAssessment } from './ability-assessment.entity';
import type { RecordAbilityAssessmentInput } from './ability-assessment.inputs';
import { ASSESSMENT_FIELDS, assessmentRecord, assessmentSourceRefTaken } from './ability-assessment.service';

/**
 * Loads ability assessments from a civil-affairs system: each item is checked as
 * `recordAbilityAssessment` checks it and must carry its source reference, the only thing that tells
 * a repeat from a second assessment. A reference already recorded is brought up to the item (UPDATED)
 * or found equal (UNCHANGED), unless it is of another elder (CONFLICT).
 */
export async function importAbilityAssessments(
  manager: EntityManager,
  { items, mode }: { items: RecordAbilityAssessmentInput[]; mode: BulkMode },
): Promise<BulkWriteResult> {
  const elders = new Map(
    (
      await findIn(
        manager,
        Elder,
        'personKey',
        items.map((item) => item.personKey),
      )
    ).map((elder) => [elder.personKey, elder]),
  );
  const byRef = await findBySourceRefs(
    manager,
    AbilityAssessment,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<AbilityAssessment> =>
    decide(() => {
      item.validate();
      const ref = item.sourceRef;
      if (!ref) throw new BadUserInputError('sourceRef', 'a bulk load names each assessment by its source reference');
      references.claim(
        sourceRefKey(ref),
        index,
        (first) =>
          new ConflictError(
            `${describeSourceRef(ref)} is already item ${first} of this load; send each once`,
            'sourceRef',
          ),
      );
      const elder = elders.get(assertPersonKey(item.personKey, 'personKey'));
      if (!elder) throw new BadUserInputError('personKey', 'no elder with this person key is in the registry');
      const fields = assessmentRecord(elder, item);
      const existing = byRef.get(sourceRefKey(ref));
      if (!existing) return { outcome: BulkOutcome.CREATED, record: manager.create(AbilityAssessment, fields) };
      if (existing.personKey !== item.personKey) throw assessmentSourceRefTaken(ref);
      if (ASSESSMENT_FIELDS.every((name) => existing[name] === fields[name]))
        return { outcome: BulkOutcome.UNCHANGED, record: existing };
      return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, fields) };
    }),
  );

  return writeBulk(manager, {
    target: AbilityAssessment,
    mode,
    decisions,
    idOf: (assessment) => String(assessment.id),
    personKeyOf: (assessment) => assessment.personKey,
    assignIds: async (created) => {
      const written = await findBySourceRefs(
        manager,
        AbilityAssessment,
        created.map((assessment) => ({ source: assessment.sourceSystem!, ref: assessment.sourceId! })),
      );
      for (const assessment of created) assessment.id = written.get(sourceRefKey(assessment))!.id;
    },
    recordType: 'AbilityAssessment',
  });
}
