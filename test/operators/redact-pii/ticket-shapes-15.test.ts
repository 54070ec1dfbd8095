// Shapes a fifteenth round of labelled tickets (holdout-246 to -253, scored blind first) showed the detectors
// missing, each as a general rule with its positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'national numbers: an NI number in lower case after "was", "kitambulisho", a UTR, a PSN, a numéro fiscal, a cédula',
  [
    ['her NI number was ab 12 34 56 c on the form', 'her NI number was [SSN] on the form'],
    ['Kitambulisho changu ni 29384756, naomba msaada.', 'Kitambulisho changu ni [SSN], naomba msaada.'],
    ['HMRC letter attached. My UTR is 81726 35490.', 'HMRC letter attached. My UTR is [SSN].'],
    ['Wala pa rin ang card ko. My PSN is 1234-5678-9012-3456.', 'Wala pa rin ang card ko. My PSN is [SSN].'],
    ['Mon numéro fiscal : 13 07 123 456 789, merci.', 'Mon numéro fiscal : [SSN], merci.'],
    ['Mi cédula es 52.311.904 y no me deja entrar.', 'Mi cédula es [SSN] y no me deja entrar.'],
  ],
  [
    'The UTR field accepts 10 digits; invoice 81726 35490 is paid.',
    'PSN outage: order 1234-5678-9012-3456 refunded.',
    'Cédula field was empty on 12.311.904 rows.',
  ],
);

table(
  'dates of birth with the year first and the month named; after a name in the reply to "name and DOB?"',
  [
    ['PhilSys on file.\nBirthday: 1987 Mar 09\nThanks po', 'PhilSys on file.\nBirthday: [DOB]\nThanks po'],
    [
      "Agent: May I have the child's name and DOB?\nParent: Noah Lim, 3 Feb 2016",
      "Agent: May I have the child's name and DOB?\nParent: [NAME], [DOB]",
    ],
  ],
  ['Release: 2024 Mar 09, build 4471.'],
);

table(
  'secrets: a TAN of two threes, "mi código" and its digits',
  [
    ['Die TAN 271 904 habe ich nicht weitergegeben.', 'Die TAN [SECRET] habe ich nicht weitergegeben.'],
    ['La app no acepta mi código 448120 desde ayer.', 'La app no acepta mi código [SECRET] desde ayer.'],
  ],
  ['Envíe a mi código postal 28009 por favor.', 'Mi código de cliente es 55120.', 'The tan 4-door is sold.'],
);

table(
  'names: Japanese before です after kana or a comma, and signing off after よろしくお願いいたします; a dashed name after "Thank you po"',
  [
    [
      'マンションに住んでいる中村大輔です。鍵が開きません。',
      'マンションに住んでいる[NAME]です。鍵が開きません。',
    ],
    ['電話は 090-5555-0101、小林 恵 です。', '電話は [PHONE]、[NAME] です。'],
    [
      'ご確認ください。よろしくお願いいたします。\n山田 太郎',
      'ご確認ください。よろしくお願いいたします。\n[NAME]',
    ],
    ['Please check po. Thank you po - Marites Dizon', 'Please check po. Thank you po - [NAME]'],
  ],
  ['これは田中部長です。', '担当は営業部です。よろしくお願いいたします。'],
);

table(
  'addresses: a form\'s next field ends the places after a street; "House 12" after "is"; a villa',
  [
    [
      'Property: 8 Awolowo Road, Ikoyi, Lagos\nCategory: Electrical',
      'Property: [ADDRESS]\nCategory: Electrical',
    ],
    [
      'Our house is House 7, Road 4, Gulshan, Dhaka 1212, near the mosque.',
      'Our house is [ADDRESS], near the mosque.',
    ],
    ['I live at Villa 9, Street 14, Jumeirah 3, Dubai. Thanks', 'I live at [ADDRESS]. Thanks'],
  ],
  ['The villa 3 bedrooms are ready.', 'Step: 4 cups, stir well\nCategory: Baking'],
);

table(
  'names: a chat label after the channel in brackets and the time; an officer\'s rank; "my name on NIN slip is"; "the driver …"; a person\'s field in a markdown table of fields',
  [
    [
      '[WhatsApp] 09:12 Rosalind: hi, is the shuttle running?\n[WhatsApp] 09:13 Front Desk: yes\n[WhatsApp] 09:14 Rosalind: thanks',
      '[WhatsApp] 09:12 [NAME]: hi, is the shuttle running?\n[WhatsApp] 09:13 Front Desk: yes\n[WhatsApp] 09:14 [NAME]: thanks',
    ],
    ['[10:03] Officer Tan: May I have your NRIC?', '[10:03] Officer [NAME]: May I have your NRIC?'],
    ['My name on NIN slip is Adaeze Okoro-Bello, please fix.', 'My name on NIN slip is [NAME], please fix.'],
    ['The driver Musa cancelled twice.', 'The driver [NAME] cancelled twice.'],
    [
      '| Field | Value |\n|---|---|\n| Tenant | Mariam Haddad |\n| Unit | 4B |',
      '| Field | Value |\n|---|---|\n| Tenant | [NAME] |\n| Unit | 4B |',
    ],
  ],
  [
    'The Officer Training is on Friday.',
    'Please update the driver Software before Monday.',
    '| Field | Value |\n|---|---|\n| Customer | Acme Holdings |\n| Owner | Platform Team |',
  ],
);
