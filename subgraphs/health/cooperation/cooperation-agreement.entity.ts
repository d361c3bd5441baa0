import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { can } from '../access-policy';
import { CooperationService } from './cooperation-service.enum';

/** A signed cooperation between a medical and an elder-care institution (医养签约合作): one way an institution counts for indicator 8. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'A cooperation agreement (签约合作协议) between a medical institution and an elder-care institution: medical-elder-care integration (医养结合, indicator 8).',
})
@Entity('cooperation_agreement')
@Index(['institutionCode', 'validFrom'])
@Index(['medicalInstitutionCode', 'validFrom'])
export class CooperationAgreement {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Credit code of the medical institution.' })
  @Column({ type: 'varchar', length: 18 })
  medicalInstitutionCode: string;

  @Field(() => ID, { description: 'Credit code of the elder-care institution (civil affairs’ `Institution`).' })
  @Column({ type: 'varchar', length: 18 })
  institutionCode: string;

  @Field(() => [CooperationService], { description: 'Services the medical institution undertakes (服务内容).' })
  @Column({ type: 'simple-array' })
  services: CooperationService[];

  @Field(() => LocalDate, { description: 'First day in force (生效日期).' })
  @Column({ type: 'date' })
  validFrom: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day in force as signed (到期日期); null for an agreement without a fixed term.',
  })
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day in force when ended early (终止日期); null unless ended.',
  })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn()
  createdAt: Date;
}

/** The last day an agreement is in force: its early end, else its term; null when open-ended. */
export function lastDayInForce(agreement: Pick<CooperationAgreement, 'validTo' | 'endedOn'>): string | null {
  return agreement.endedOn ?? agreement.validTo;
}

/** Whether an agreement is in force on a day (dates inclusive). */
export function inForceOn(
  agreement: Pick<CooperationAgreement, 'validFrom' | 'validTo' | 'endedOn'>,
  day: string,
): boolean {
  const last = lastDayInForce(agreement);
  return agreement.validFrom <= day && (last === null || last >= day);
}
