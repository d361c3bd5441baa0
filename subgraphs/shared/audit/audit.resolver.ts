import { Arg, Authorized, Ctx, Directive, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { ClassType } from '../class-type';
import type { SubgraphContext } from '../context/context';
import type { Department } from '../departments';
import { assertPersonKey } from '../identity/person-key';
import { checkedPage, PageInput, PageOf, readPage } from '../paging/page';
import type { SelfValidating } from '../schema/validate-input';
import { parseInstant } from '../time/instant';
import { type ChainCheck, verifyAuditChain } from './audit-verification';
import { auditSubjectDays } from './audit-day';
import { AuditRecord, AuditSubject } from './audit-record.entity';

@Directive('@shareable')
@ObjectType({ description: 'A page of audit entries, newest first.' })
export class AuditRecordPage extends PageOf(AuditRecord, 'A page of audit entries.') {}

@Directive('@shareable')
@ObjectType({ description: 'The result of recomputing a department’s audit chain.' })
export class AuditVerification implements ChainCheck {
  @Field({
    description:
      'True when every entry’s chain value (HMAC with the audit key) and link check out, none is missing, and every signed checkpoint matches the chain.',
  })
  valid: boolean;

  @Field(() => Int, { description: 'Entries checked before the first problem (all of them when valid).' })
  checked: number;

  @Field(() => Int, { nullable: true, description: 'Sequence number of the first broken entry.' })
  brokenAt: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is wrong there: altered, missing, not linked, or disagreeing with a signed checkpoint.',
  })
  problem: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The first entry chained with an audit key. Entries before it were written before the chain was keyed (plain SHA-256); they are anchored by this entry’s HMAC, which covers the last of them.',
  })
  keyedFrom: number | null;

  @Field(() => Int, { description: 'Signed checkpoints of the head that were checked against the chain.' })
  checkpoints: number;
}

@InputType({ description: 'Which audit entries to list; all given filters must hold.' })
export class AuditFilter implements SelfValidating {
  @Field(() => ID, { nullable: true, description: 'Entries concerning this person.' })
  personKey?: string;

  @Field({ nullable: true, description: 'Entries of this caller (token `sub`).' })
  callerId?: string;

  @Field({
    nullable: true,
    description:
      'From this instant on: an ISO 8601 date and time with its zone (2026-11-01T08:30:00Z), or a date alone for the start of that day in China Standard Time (2026-11-01).',
  })
  from?: string;

  @Field({ nullable: true, description: 'Before this instant; written as `from`.' })
  to?: string;

  validate(): void {
    if (this.personKey) assertPersonKey(this.personKey, 'filter.personKey');
    // Normalised to UTC here, so the query compares instants whatever zone the auditor wrote.
    for (const field of ['from', 'to'] as const) {
      const value = this[field];
      if (value !== undefined && value !== null) this[field] = parseInstant(`filter.${field}`, value).toISOString();
    }
  }
}

const resolvers = new Map<Department, ClassType>();

/**
 * The audit trail's queries for one department, named after it (`civilAffairsAuditTrail`, …) because
 * each department keeps its own trail in its own database and root fields cannot share a name.
 */
export function auditResolverFor(department: Department): ClassType {
  const existing = resolvers.get(department);
  if (existing) return existing;
  const prefix = department.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

  @Resolver()
  class DepartmentAuditResolver {
    @Authorized('readAudit')
    @Query(() => AuditRecordPage, {
      name: `${prefix}AuditTrail`,
      description: `Entries of the ${department} audit trail, newest first. Auditors only.`,
    })
    async auditTrail(
      @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries.' })
      filter: AuditFilter | undefined,
      @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
      @Ctx() { dataSource, config }: SubgraphContext<unknown>,
    ): Promise<AuditRecordPage> {
      const checked = checkedPage(page, config.maxPageSize);
      const query = dataSource.getRepository(AuditRecord).createQueryBuilder('record');
      if (filter?.personKey) {
        const days = await auditSubjectDays(dataSource.manager, filter.from, filter.to);
        // No day of the trail in the span names anyone: nothing to find, and `IN ()` is no SQL.
        if (!days.length) query.andWhere('1 = 0');
        else
          query.innerJoin(
            AuditSubject,
            'subject',
            // The days written into the SQL, not bound: whole numbers the service computed, and a trail
            // whose first and last days lie far apart (a clock once set wrong) would pass SQLite's
            // 32,766 bound values.
            `subject.sequence = record.sequence AND subject.recordedDay IN (${days.join(', ')}) AND subject.personKey = :personKey`,
            { personKey: filter.personKey },
          );
      }
      if (filter?.callerId) query.andWhere('record.callerId = :callerId', { callerId: filter.callerId });
      if (filter?.from) query.andWhere('record.recordedAt >= :from', { from: filter.from });
      if (filter?.to) query.andWhere('record.recordedAt < :to', { to: filter.to });
      return readPage(query, checked, [{ column: 'record.sequence', property: 'sequence', direction: 'DESC' }]);
    }

    @Authorized('readAudit')
    @Query(() => AuditVerification, {
      name: `${prefix}AuditVerification`,
      description: `Recomputes the ${department} audit chain with the service’s audit keys, checks its signed checkpoints, and reports the first tampered or missing entry. Auditors only.`,
    })
    verifyAudit(@Ctx() { dataSource, config }: SubgraphContext<unknown>): Promise<ChainCheck> {
      return verifyAuditChain(dataSource.manager, { department, keyring: config.audit.keyring });
    }
  }
  resolvers.set(department, DepartmentAuditResolver);
  return DepartmentAuditResolver;
}
