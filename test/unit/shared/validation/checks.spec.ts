import { BadUserInputError } from '../../../../subgraphs/shared/errors/errors';
import { theOneGiven } from '../../../../subgraphs/shared/validation/checks';

type Recipient = { code?: string | null; key?: string | null; programme?: string | null };
const NAMES = ['code', 'key', 'programme'] as const;

describe('theOneGiven', () => {
  it('names the one field given, even when it is empty, so its own check refuses it', () => {
    expect(theOneGiven<Recipient, (typeof NAMES)[number]>({ key: '' }, NAMES, 'recipient', 'name one')).toBe('key');
    expect(
      theOneGiven<Recipient, (typeof NAMES)[number]>({ code: 'X', key: null }, NAMES, 'recipient', 'name one'),
    ).toBe('code');
  });

  it.each([{}, { code: null, key: undefined }, { code: '', key: '' }])('refuses %j naming the input', (input) => {
    const given = () => theOneGiven<Recipient, (typeof NAMES)[number]>(input, NAMES, 'recipient', 'name one');
    expect(given).toThrow(BadUserInputError);
    expect(given).toThrow('recipient: name one');
  });
});
