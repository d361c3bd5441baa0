import { insertRows } from '../../shared/seed/insert-rows';
import { addMonths, lastDayOf, monthOf } from '../../shared/time/months';
import { abilityLevelOn } from '../assessment/ability-level-on';
import { historiesOf } from '../seed/batch-reads';
import type { CivilAffairsSeedContext, CivilAffairsSeeder, SeededElder } from '../seed/seed-context';
import { allowanceDueFen } from './allowance-eligibility';
import { AllowanceKind } from './allowance-kind.enum';
import { AllowancePayment } from './allowance.entity';

/** Months paid: the twelve before the current one, which is paid next month. */
const MONTHS = 12;

const KINDS = [AllowanceKind.OLD_AGE_ALLOWANCE, AllowanceKind.ECONOMIC_HARDSHIP_SUBSIDY];

/** Every allowance the rate table grants each elder for the last twelve months, paid mid-month. */
export class AllowanceSeeder implements CivilAffairsSeeder {
  async seedForElders(context: CivilAffairsSeedContext, elders: SeededElder[]): Promise<void> {
    const histories = await historiesOf(context.manager, elders);
    const thisMonth = monthOf(context.today);
    const months = Array.from({ length: MONTHS }, (_, i) => addMonths(thisMonth, i - MONTHS));
    const lastDays = months.map(lastDayOf);
    const payments: Partial<AllowancePayment>[] = [];
    for (const { elder, person } of elders) {
      const random = context.random('allowance', person.index);
      const history = histories.get(elder.personKey);
      for (let m = 0; m < MONTHS; m++) {
        const month = months[m];
        // The facts a decision reads, not a copy of the whole elder per month and kind (most of the seeding's garbage).
        const facts = {
          birthDate: elder.birthDate,
          economicStatus: elder.economicStatus,
          abilityLevel: abilityLevelOn(history, lastDays[m]),
        };
        for (const kind of KINDS) {
          const amountFen = allowanceDueFen(kind, facts, month);
          if (amountFen !== null)
            payments.push({
              personKey: elder.personKey,
              kind,
              month,
              amountFen,
              paidOn: `${month}-${random.int(10, 20)}`,
            });
        }
      }
    }
    await insertRows(context.manager, AllowancePayment, payments);
  }
}
