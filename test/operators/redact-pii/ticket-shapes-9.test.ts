// Shapes a ninth round of labelled tickets showed the detectors missing or over-reading, each as a general rule
// with its positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'a phone word, then the number word and tying words before the account word',
  [
    ['The mobile number on my account is 07700 900992.', 'The mobile number on my account is [PHONE].'],
    [
      'the phone no. on the account is (415) 555-0132, please update it',
      'the phone no. on the account is [PHONE], please update it',
    ],
    [
      'Mobile number currently on the account: +44 7700 900461',
      'Mobile number currently on the account: [PHONE]',
    ],
  ],
  [
    'The account number is 4471 2231 0098.',
    'Account number on the invoice is 0207 4411 93',
    'The mobile number on my account is wrong, can you call me?',
  ],
);

table(
  'rural and suffixed house numbers',
  [
    ['Ship to W4521 County Road K, Menomonie, WI 54751 please', 'Ship to [ADDRESS] please'],
    ['Farm: N8930 County Hwy PD, Verona, WI 53593', 'Farm: [ADDRESS]'],
    ['Adres: Oudegracht 214-bis, 3511 NX Utrecht', 'Adres: [ADDRESS]'],
    ['indirizzo via Roma 12-ter, 00184 Roma', 'indirizzo [ADDRESS]'],
  ],
  [
    'the farm at W4521 County Road K is flooded',
    'Take County Road K north for 3 miles',
    'Build 214-bis of the firmware fixed it',
  ],
);
