import { insertRows } from '../../shared/seed/insert-rows';
import type { SyntheticMedicalInstitution } from '../../shared/seed/synthetic-medical-institutions';
import type { HealthSeedContext } from '../seed/seed-context';
import { MedicalInstitutionKind } from './medical-institution-kind.enum';
import { MedicalInstitution } from './medical-institution.entity';

/** Chance that an institution offers Internet+nursing: most eligible hospitals (measure 14 is near its 70% target), few others. */
function internetNursingChance(institution: SyntheticMedicalInstitution): number {
  if (institution.kind === 'GENERAL_HOSPITAL' && institution.isPublic && (institution.level ?? 0) >= 2) return 0.72;
  if (institution.kind === 'TCM_HOSPITAL' || institution.kind === 'NURSING_HOME') return 0.25;
  if (institution.kind === 'COMMUNITY_HEALTH_CENTRE') return 0.1;
  return 0;
}

/** The synthetic world's medical institutions with the same codes, plus their Internet+nursing and hospice status. */
export async function seedMedicalInstitutions(context: HealthSeedContext): Promise<MedicalInstitution[]> {
  const rows = context.medicalInstitutions.map((world) => {
    const random = context.random('medical-institution-profile', world.index);
    const homeHospice =
      (world.kind === 'TOWNSHIP_HEALTH_CENTRE' || world.kind === 'COMMUNITY_HEALTH_CENTRE') && random.chance(0.1);
    return Object.assign(new MedicalInstitution(), {
      code: world.code,
      name: world.name,
      kind: MedicalInstitutionKind[world.kind],
      level: world.level,
      isPublic: world.isPublic,
      districtCode: world.districtCode,
      townCode: world.townCode,
      medicalBeds: world.medicalBeds,
      hospiceBeds: world.hospiceBeds,
      internetNursing: random.chance(internetNursingChance(world)),
      hospiceProvider: world.hospiceBeds > 0 || homeHospice,
    });
  });
  await insertRows(context.manager, MedicalInstitution, rows);
  return rows;
}
