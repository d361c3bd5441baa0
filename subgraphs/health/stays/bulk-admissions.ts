import type { EntityManager } from 'typeorm';
import { BulkOutcome } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { lockSubjects } from '../../shared/db/key-lock';
import { BadUserInputError } from '../../shared/errors/errors';
import { patientKeyOf, type PatientInput } from '../elder/patient.inputs';
import { MedicalInstitution } from '../medical-institution/medical-institution.entity';

/** A bed record's item of a load, checked on its own: who it is about and the field that names them. */
export interface CheckedPatient {
  personKey: string;
  patientField: string;
}

/**
 * The first pass of a load of bed records (stays, sickbeds): each item checked on its own as the
 * single mutation's input is, its patient's person key computed, and its source reference required
 * (a bed record has no natural key: without one a repeat would be a second stay).
 */
export function checkedPatients<T extends PatientInput & { validate(): void; sourceRef?: unknown }>(
  items: readonly T[],
  personKeySecret: string,
  what: string,
): Array<BulkDecision<CheckedPatient>> {
  return items.map((item) =>
    decide(() => {
      item.validate();
      if (!item.sourceRef)
        throw new BadUserInputError('sourceRef', `a bulk load names each ${what} by its source reference`);
      return {
        outcome: BulkOutcome.CREATED,
        record: {
          personKey: patientKeyOf(item, personKeySecret),
          patientField: item.idNumber ? 'idNumber' : 'personKey',
        },
      };
    }),
  );
}

/**
 * The medical institutions a load names, by credit code, locked on MySQL as the single mutations lock
 * the one they name, so that concurrent writes cannot together exceed a bed stock; then the load's
 * persons, as the overlap rule locks one (`findOverlapping`), for the records of `table`.
 */
export async function lockedInstitutions(
  manager: EntityManager,
  codes: readonly string[],
  table: string,
  personKeys: readonly string[],
): Promise<Map<string, MedicalInstitution>> {
  const institutions = await findIn(manager, MedicalInstitution, 'code', codes, { lock: true });
  await lockSubjects(manager, table, personKeys);
  return new Map(institutions.map((institution) => [institution.code, institution]));
}

/** Rows grouped by a key, each group in the order read. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
