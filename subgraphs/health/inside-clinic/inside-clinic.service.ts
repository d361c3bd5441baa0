import type { EntityManager } from 'typeorm';
import { lockSubject } from '../../shared/db/key-lock';
import { rowLock } from '../../shared/db/row-lock';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { InsideClinic } from './inside-clinic.entity';
import type { CloseInsideClinicInput, FileInsideClinicInput } from './inside-clinic.inputs';

/** Files a clinic inside an institution: one operating clinic per institution at a time, filing numbers unique. */
export async function fileInsideClinic(manager: EntityManager, input: FileInsideClinicInput): Promise<InsideClinic> {
  const clinics = manager.getRepository(InsideClinic);
  // The institution's row lives in civil affairs' database: lock its code here instead.
  await lockSubject(manager, 'inside-clinic', input.institutionCode);
  if (await clinics.existsBy({ filingNumber: input.filingNumber.trim() }))
    throw new ConflictError('this filing number is already taken', 'filingNumber');
  const operating = await clinics
    .createQueryBuilder('clinic')
    .where('clinic.institutionCode = :code', { code: input.institutionCode })
    .andWhere('(clinic.closedOn IS NULL OR clinic.closedOn > :filedOn OR clinic.filedOn >= :filedOn)', {
      filedOn: input.filedOn,
    })
    .getOne();
  if (operating)
    throw new ConflictError(
      `the institution has a clinic (${operating.name}) filed on ${operating.filedOn} operating on or after ${input.filedOn}`,
      'institutionCode',
    );
  return clinics.save(
    clinics.create({
      institutionCode: input.institutionCode,
      name: input.name.trim(),
      kind: input.kind,
      filingNumber: input.filingNumber.trim(),
      filedOn: input.filedOn,
      closedOn: null,
    }),
  );
}

export async function closeInsideClinic(manager: EntityManager, input: CloseInsideClinicInput): Promise<InsideClinic> {
  const clinics = manager.getRepository(InsideClinic);
  const clinic = await clinics.findOne({ where: { id: Number(input.clinicId) }, ...rowLock(manager) });
  if (!clinic) throw new NotFoundError('Inside clinic', String(input.clinicId));
  if (clinic.closedOn) throw new ConflictError(`this clinic already closed on ${clinic.closedOn}`, 'clinicId');
  checkDateOrder('filedOn', clinic.filedOn, 'closedOn', input.closedOn);
  clinic.closedOn = input.closedOn;
  return clinics.save(clinic);
}
