import { can } from '../access-policy';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LocalDate } from '../../shared/schema/local-date';
import { AllowanceKind } from './allowance-kind.enum';

/** One month of one allowance paid to one elder; the amount comes from the rate table, never from the clerk. */
@Authorized(can('allowances'))
@ObjectType({ description: 'A monthly allowance payment to an elder (高龄津贴 or 经济困难老年人补贴).' })
@Entity('allowance_payment')
@Unique(['personKey', 'kind', 'month'])
@Index(['month', 'kind'])
export class AllowancePayment {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the elder paid.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field(() => AllowanceKind, { description: 'Kind of allowance.' })
  @Column({ type: 'simple-enum', enum: AllowanceKind })
  kind: AllowanceKind;

  @Field({ description: 'Month paid for, YYYY-MM.' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => Int, { description: 'Amount paid, in fen (分; 100 fen = 1 yuan), from the allowance rate table.' })
  @Column({ type: 'int' })
  amountFen: number;

  @Field(() => LocalDate, { description: 'Date it was paid.' })
  @Column({ type: 'date' })
  paidOn: string;

  @Field({ description: 'When the payment was recorded.' })
  @CreateDateColumn()
  recordedAt: Date;
}
