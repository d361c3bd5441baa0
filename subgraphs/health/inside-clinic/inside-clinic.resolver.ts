import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { can } from '../access-policy';
import type { HealthContext } from '../context';
import { Institution, institutionStub } from '../institution/institution.stub';
import { InsideClinic } from './inside-clinic.entity';
import { CloseInsideClinicInput, FileInsideClinicInput } from './inside-clinic.inputs';
import { closeInsideClinic, fileInsideClinic } from './inside-clinic.service';

@Authorized(can('publicRecords'))
@Resolver(() => InsideClinic)
export class InsideClinicResolver {
  @Authorized(can('write'))
  @Mutation(() => InsideClinic, {
    description:
      'Files a medical facility inside an elder-care institution (内设医疗机构备案). Refused if the institution has a clinic operating then, or the filing number is taken.',
  })
  fileInsideClinic(
    @Arg('input', () => FileInsideClinicInput) input: FileInsideClinicInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<InsideClinic> {
    return transaction(dataSource, (manager) => fileInsideClinic(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => InsideClinic, { description: 'Records that an inside clinic closed.' })
  closeInsideClinic(
    @Arg('input', () => CloseInsideClinicInput) input: CloseInsideClinicInput,
    @Ctx() { dataSource }: HealthContext,
  ): Promise<InsideClinic> {
    return transaction(dataSource, (manager) => closeInsideClinic(manager, input));
  }

  @FieldResolver(() => Institution, {
    description: 'The elder-care institution it is inside (owned by civil affairs).',
  })
  institution(@Root() clinic: InsideClinic): Institution {
    return institutionStub(clinic.institutionCode);
  }
}
