import type { HealthContext } from '../context';
import type { MedicalInstitution } from './medical-institution.entity';

export const medicalInstitutionReference = {
  MedicalInstitution: {
    __resolveReference: (reference: Pick<MedicalInstitution, 'code'>, { loaders }: HealthContext) =>
      loaders.medicalInstitutionByCode.load(reference.code),
  },
};
