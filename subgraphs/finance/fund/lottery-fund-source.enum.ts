import { registerEnumType } from 'type-graphql';

/** Where a fund's money comes from: the retained welfare-lottery fund, or another budget line beside it. */
export enum LotteryFundSource {
  WELFARE_LOTTERY = 'WELFARE_LOTTERY',
  OTHER_BUDGET = 'OTHER_BUDGET',
}

registerEnumType(LotteryFundSource, {
  name: 'LotteryFundSource',
  description: 'Source of a fund finance allocates.',
  valuesConfig: {
    WELFARE_LOTTERY: {
      description:
        '福彩公益金 the welfare-lottery public-welfare fund retained by the city or a district (留成); the 55% elder-care rule applies to it.',
    },
    OTHER_BUDGET: { description: '其他财政预算资金 another budget source allocated beside the lottery fund.' },
  },
});
