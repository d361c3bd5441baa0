import type { EntityManager } from 'typeorm';
import type { Random } from '../../shared/seed/random';
import { addDays } from '../../shared/seed/random';
import { insertRows } from '../../shared/seed/insert-rows';
import type { SyntheticInstitution } from '../../shared/seed/synthetic-world';
import type { SyntheticMedicalInstitution } from '../../shared/seed/synthetic-medical-institutions';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { LtciProviderKind, LtciProviderLevel } from '../designation/ltci-provider.enums';

/** Chance an institution is designated, by kind: most hospitals and nursing homes, about half of elder-care institutions. */
const DESIGNATION_CHANCE = { elderCare: 0.55, hospital: 0.7, nursingHome: 0.9, healthCentre: 0.35 };

/** Weihai's LTCI designations began with the employees' scheme; none is older than this. */
const FIRST_DESIGNATION = '2018-01-01';

/** Designations of a share of the shared world's institutions, most of them more than a year old, a few ended; returns them with their ids. */
export async function seedDesignations(
  manager: EntityManager,
  today: string,
  institutions: SyntheticInstitution[],
  medical: SyntheticMedicalInstitution[],
  random: (stream: string, index: number) => Random,
): Promise<LtciDesignation[]> {
  const rows: Partial<LtciDesignation>[] = [];
  const period = (r: Random, openedOn: string) => {
    const earliest = [FIRST_DESIGNATION, openedOn].sort()[1];
    const designatedFrom =
      r.chance(0.85) && earliest < addDays(today, -400)
        ? r.dateBetween(earliest, addDays(today, -400))
        : r.dateBetween([earliest, addDays(today, -300)].sort()[1], addDays(today, -30));
    const designatedUntil =
      r.chance(0.05) && designatedFrom < addDays(today, -200)
        ? r.dateBetween(addDays(designatedFrom, 180), addDays(today, -1))
        : null;
    return { designatedFrom, designatedUntil };
  };
  for (const institution of institutions) {
    const r = random('designation:institution', institution.index);
    if (!r.chance(DESIGNATION_CHANCE.elderCare)) continue;
    rows.push({
      providerKind: LtciProviderKind.ELDER_CARE_INSTITUTION,
      providerCode: institution.code,
      providerLevel: LtciProviderLevel.ELDER_CARE,
      districtCode: institution.districtCode,
      townCode: institution.townCode,
      ...period(r, institution.openedOn),
    });
  }
  for (const institution of medical) {
    const r = random('designation:medical-institution', institution.index);
    const chance =
      institution.kind === 'GENERAL_HOSPITAL' || institution.kind === 'TCM_HOSPITAL'
        ? DESIGNATION_CHANCE.hospital
        : institution.kind === 'NURSING_HOME'
          ? DESIGNATION_CHANCE.nursingHome
          : institution.kind === 'VILLAGE_CLINIC'
            ? 0
            : DESIGNATION_CHANCE.healthCentre;
    if (!r.chance(chance)) continue;
    const providerLevel =
      institution.level === 3
        ? LtciProviderLevel.MEDICAL_TERTIARY
        : institution.level === 2
          ? LtciProviderLevel.MEDICAL_SECONDARY
          : LtciProviderLevel.MEDICAL_PRIMARY;
    rows.push({
      providerKind: LtciProviderKind.MEDICAL_INSTITUTION,
      providerCode: institution.code,
      providerLevel,
      districtCode: institution.districtCode,
      townCode: institution.townCode,
      ...period(r, FIRST_DESIGNATION),
    });
  }
  await insertRows(manager, LtciDesignation, rows);
  return manager.find(LtciDesignation, { order: { id: 'ASC' } });
}
