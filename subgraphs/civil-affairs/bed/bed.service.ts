import { rowLock } from '../../shared/db/row-lock';
import { type EntityManager, In, IsNull } from 'typeorm';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { requireOpenInstitution } from '../institution/institution.service';
import { InstitutionStay } from '../stay/institution-stay.entity';
import { Bed } from './bed.entity';
import type { AddBedsInput } from './bed.inputs';

export async function addBeds(manager: EntityManager, input: AddBedsInput): Promise<Bed[]> {
  const institution = await requireOpenInstitution(manager, input.institutionCode, 'institutionCode');
  checkDateOrder('the institution’s opening date', institution.openedOn, 'inServiceFrom', input.inServiceFrom);
  const beds = manager.getRepository(Bed);
  const taken = await beds.findBy({ institutionCode: institution.code, label: In(input.labels) });
  if (taken.length)
    throw new ConflictError(`labels already in use: ${taken.map((bed) => bed.label).join(', ')}`, 'labels');
  return beds.save(
    input.labels.map((label) =>
      beds.create({
        institutionCode: institution.code,
        kind: input.kind,
        label,
        inServiceFrom: input.inServiceFrom,
        retiredOn: null,
      }),
    ),
  );
}

export async function retireBed(manager: EntityManager, bedId: number, retiredOn: string): Promise<Bed> {
  const beds = manager.getRepository(Bed);
  const bed = await beds.findOne({ where: { id: bedId }, ...rowLock(manager) });
  if (!bed) throw new NotFoundError('Bed', String(bedId));
  if (bed.retiredOn)
    throw new ConflictError(`bed ${bed.label} was already taken out of service on ${bed.retiredOn}`, 'bedId');
  checkDateOrder('inServiceFrom', bed.inServiceFrom, 'retiredOn', retiredOn);
  if (await manager.existsBy(InstitutionStay, { bedId, dischargedOn: IsNull() }))
    throw new ConflictError(`bed ${bed.label} is occupied: discharge the resident first`, 'bedId');
  bed.retiredOn = retiredOn;
  return beds.save(bed);
}
