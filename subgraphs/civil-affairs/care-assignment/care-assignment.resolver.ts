import { can } from '../access-policy';
import { transaction } from '../../shared/db/transaction';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { CivilAffairsContext } from '../context';
import { Elder } from '../elder/elder.entity';
import { Institution } from '../institution/institution.entity';
import { CareAssignment } from './care-assignment.entity';
import { AssignCaregiverInput, EndCareAssignmentInput } from './care-assignment.inputs';
import { assignCaregiver, endCareAssignment } from './care-assignment.service';
import { Caregiver } from './caregiver.stub';

@Authorized(can('careRecords'))
@Resolver(() => CareAssignment)
export class CareAssignmentResolver {
  @Authorized(can('write'))
  @Mutation(() => CareAssignment, {
    description:
      'Assigns a caregiver to an elder. Refused if the same caregiver already serves the elder, or the care type does not match where the elder is.',
  })
  assignCaregiver(
    @Arg('input', () => AssignCaregiverInput) input: AssignCaregiverInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<CareAssignment> {
    return transaction(dataSource, (manager) => assignCaregiver(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => CareAssignment, { description: 'Ends a care assignment.' })
  endCareAssignment(
    @Arg('input', () => EndCareAssignmentInput) input: EndCareAssignmentInput,
    @Ctx() { dataSource }: CivilAffairsContext,
  ): Promise<CareAssignment> {
    return transaction(dataSource, (manager) => endCareAssignment(manager, input));
  }

  @FieldResolver(() => Caregiver, {
    nullable: true,
    description: 'The caregiver; human resources resolves their certificates, skill level and employer.',
  })
  caregiver(@Root() assignment: CareAssignment): Caregiver {
    return Object.assign(new Caregiver(), { personKey: assignment.caregiverKey });
  }

  @FieldResolver(() => Elder, { description: 'The elder served.' })
  elder(@Root() assignment: CareAssignment, @Ctx() { loaders }: CivilAffairsContext): Promise<Elder | null> {
    return loaders.elderByKey.load(assignment.personKey);
  }

  @FieldResolver(() => Institution, {
    nullable: true,
    description: 'The institution giving the care; null for an independent home caregiver.',
  })
  institution(
    @Root() assignment: CareAssignment,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<Institution | null> | null {
    return assignment.institutionCode ? loaders.institutionByCode.load(assignment.institutionCode) : null;
  }
}

/** The caregivers section of an elder's record. */
@Authorized(can('careRecords'))
@Resolver(() => Elder)
export class ElderCareAssignmentResolver {
  @FieldResolver(() => [CareAssignment], { description: 'Caregivers assigned to the elder, newest first.' })
  async careAssignments(
    @Root() elder: Elder,
    @Arg('currentOnly', { defaultValue: false, description: 'Only the assignments that have not ended.' })
    currentOnly: boolean,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<CareAssignment[]> {
    const assignments = await loaders.careAssignmentsByPerson.load(elder.personKey);
    return currentOnly ? assignments.filter((assignment) => !assignment.endedOn) : assignments;
  }
}

/** The care given through an institution. */
@Authorized(can('publicRecords'))
@Resolver(() => Institution)
export class InstitutionCareAssignmentResolver {
  @FieldResolver(() => Int, {
    description:
      'Care assignments through this institution that have not ended (in the institution, at home and at family beds).',
  })
  currentCareAssignmentCount(
    @Root() institution: Institution,
    @Ctx() { loaders }: CivilAffairsContext,
  ): Promise<number> {
    return loaders.currentCareAssignmentCountByInstitution.load(institution.code);
  }
}
