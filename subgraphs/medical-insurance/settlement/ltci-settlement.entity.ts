import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Fen, fenColumn } from '../../shared/money/fen';
import { LocalDate } from '../../shared/schema/local-date';
import { SourceRef, sourceRefOf, type SourceRefColumns } from '../../shared/bulk/source-ref';
import { can } from '../access-policy';
import { LtciProviderKind, LtciProviderLevel } from '../designation/ltci-provider.enums';
import { LtciScheme } from '../enrolment/ltci-enrolment.enums';
import { LtciCareForm } from '../../shared/ltci/ltci-care-form.enum';
import { LtciHomeCareService, LtciPayee } from './ltci-care.enums';
import { renamedForUnit } from '../../shared/schema/wire-units';

/**
 * One month of LTCI care of one person by one provider, settled by the rate table (月度结算).
 * The unique index is the last guard against settling a person-provider-month twice.
 */
@Authorized(can('settlements'))
@ObjectType({
  description:
    'A monthly LTCI settlement (长期护理保险月度结算) of one person’s care by one designated provider. Amounts in whole fen (分; 100 fen = 1 yuan): charged = fund + self-paid + over-cap.',
})
@Entity('ltci_settlement')
@Unique('UQ_ltci_settlement_person_provider_month', ['personKey', 'providerCode', 'month'])
@Index(['personKey', 'month'])
@Index(['providerCode', 'month'])
@Index(['designationId', 'month'])
@Index(['districtCode', 'month'])
@Index(['month', 'careForm'])
// One record per reference of a source system: a load sent again finds the records it wrote.
@Index(['sourceSystem', 'sourceId'], { unique: true })
export class LtciSettlement implements SourceRefColumns {
  @Field(() => ID, { description: 'Record number.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'Person key of the insured.' })
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Field({ description: 'Month of care settled, YYYY-MM.' })
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Field(() => LtciProviderKind, { description: 'Kind of provider.' })
  @Column({ type: 'simple-enum', enum: LtciProviderKind })
  providerKind: LtciProviderKind;

  @Field(() => ID, { description: 'Unified social credit code of the designated provider.' })
  @Column({ type: 'varchar', length: 18 })
  providerCode: string;

  @Field(() => ID, { description: 'The designation under which the care was given.' })
  @Column({ type: 'int' })
  designationId: number;

  @Field(() => LtciProviderLevel, { description: 'The provider’s level in the rate table at settlement.' })
  @Column({ type: 'simple-enum', enum: LtciProviderLevel })
  providerLevel: LtciProviderLevel;

  @Field(() => LtciScheme, { description: 'The insured’s scheme at settlement; it sets the fund’s ratio.' })
  @Column({ type: 'simple-enum', enum: LtciScheme })
  scheme: LtciScheme;

  @Field(() => ID, { description: 'District of the insured’s enrolment at settlement.' })
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Field(() => LtciCareForm, { description: 'Form of care (护理形式).' })
  @Column({ type: 'simple-enum', enum: LtciCareForm })
  careForm: LtciCareForm;

  @Field(() => LtciHomeCareService, {
    nullable: true,
    description: 'For home care: daily-life or medical care; null otherwise.',
  })
  @Column({ type: 'simple-enum', enum: LtciHomeCareService, nullable: true })
  homeCareService: LtciHomeCareService | null;

  @Field(() => LtciPayee, { description: 'Who the fund pays.' })
  @Column({ type: 'simple-enum', enum: LtciPayee })
  payee: LtciPayee;

  @Field(() => Int, { description: 'Days of care in the month (护理天数).' })
  @Column({ type: 'smallint' })
  days: number;

  @Field(() => Int, { description: 'Per-day cap applied (日限额), in fen, from the rate table.' })
  @Column({ type: 'int' })
  dailyCapFen: number;

  @Field(() => Int, {
    description: 'Fund ratio applied (基金支付比例), in basis points (10,000 = 100 %), from the rate table.',
    deprecationReason: renamedForUnit('fundRatioBasisPoints'),
  })
  @Column({ type: 'int' })
  fundRatioBp: number;

  @Field(() => Int, {
    description: 'Fund ratio applied (基金支付比例), in basis points (10,000 = 100 %), from the rate table.',
  })
  get fundRatioBasisPoints(): number {
    return this.fundRatioBp;
  }

  @Field(() => Fen, { description: 'Eligible care charges billed for the month (护理费用总额), in fen.' })
  @Column(fenColumn)
  chargedFen: number;

  @Field(() => Fen, { description: 'Settled amount: charges within days × per-day cap (限额内费用), in fen.' })
  @Column(fenColumn)
  amountFen: number;

  @Field(() => Fen, { description: 'Fund share (基金支付): amount × ratio, rounded half up to the fen.' })
  @Column(fenColumn)
  fundFen: number;

  @Field(() => Fen, { description: 'Self-paid share of the amount (个人自付), in fen: amount − fund share.' })
  @Column(fenColumn)
  selfPaidFen: number;

  @Field(() => Fen, {
    description: 'Charges above the cap, borne by the person (超限额自费), in fen: charged − amount.',
  })
  @Column(fenColumn)
  overCapFen: number;

  @Field(() => LocalDate, { description: 'Date it was settled (结算日期).' })
  @Column({ type: 'date' })
  settledOn: string;

  @CreateDateColumn()
  createdAt: Date;

  /** Source system of `sourceRef`; null when the record came without one. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  sourceSystem: string | null;

  /** The record's identifier in `sourceSystem`. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  sourceId: string | null;

  @Authorized(can('sourceRefs'))
  @Field(() => SourceRef, {
    nullable: true,
    description:
      'The settlement’s identifier in the medical-insurance system that recorded or loaded it, if it sent one.',
  })
  get sourceRef(): SourceRef | null {
    return sourceRefOf(this);
  }
}
