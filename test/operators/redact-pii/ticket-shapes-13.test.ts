// Shapes a thirteenth round of labelled tickets showed the detectors missing, each as a general rule with its
// positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'one-time codes and PINs named in German, Swedish, Danish, Indonesian, Turkish, Dutch and Japanese',
  [
    [
      'Ich habe die TAN: 530917 an den Anrufer gegeben.',
      'Ich habe die TAN: [SECRET] an den Anrufer gegeben.',
    ],
    ['Meine pushTAN lautet 772014, bitte sperren.', 'Meine pushTAN lautet [SECRET], bitte sperren.'],
    ['Der Bestätigungscode 418 207 kam per SMS.', 'Der Bestätigungscode [SECRET] kam per SMS.'],
    ['Han bad mig läsa upp koden 604 118 i telefonen.', 'Han bad mig läsa upp koden [SECRET] i telefonen.'],
    ['Engangskoden er 339105, hvad gør jeg?', 'Engangskoden er [SECRET], hvad gør jeg?'],
    ['Saya kasih kode OTP 882415 ke penelepon.', 'Saya kasih kode OTP [SECRET] ke penelepon.'],
    ['Kart şifremi (4826) birine söyledim.', 'Kart şifremi ([SECRET]) birine söyledim.'],
    [
      'Kunt u de pincode van het alarm wijzigen? De oude code 5821 is bij de vorige huurder bekend.',
      'Kunt u de pincode van het alarm wijzigen? De oude code [SECRET] is bij de vorige huurder bekend.',
    ],
    ['認証コード「730416」を電話で伝えました。', '認証コード「[SECRET]」を電話で伝えました。'],
  ],
  [
    'Farbe: tan 4021, Größe M.',
    'Please deliver to Pincode 560034, the flat is on the 3rd floor.',
    'Kode pos 40115, Bandung.',
    'Sipariş kodu 88123 ile iade açtım.',
  ],
);

table(
  'a password handed over, named earlier in its sentence',
  [
    [
      'O falso gerente pediu a senha do banco e eu dei: Lu@silva2019. Agora sumiu o saldo.',
      'O falso gerente pediu a senha do banco e eu dei: [SECRET]. Agora sumiu o saldo.',
    ],
    [
      'He asked for the password to the portal and I typed Kx7!mPq2 into his form.',
      'He asked for the password to the portal and I typed [SECRET] into his form.',
    ],
  ],
  [
    'The password reset link was sent yesterday to the old mailbox.',
    'I asked for a password reset and they sent INC-20931 as the ticket.',
    'The password for the router, I gave him the sticker on the back.',
  ],
);

table(
  'security answers: listed under their questions, one a line; a memorable word told later in its sentence, quoted',
  [
    [
      'Verification questions (CRM):\nQ1 First pet: Muffin\nQ2 Town where your father was born: Timaru\nQ3 Favourite teacher: Mrs Ngata\nCaller got Muffin right.',
      'Verification questions (CRM):\nQ1 First pet: [SECRET]\nQ2 Town where your father was born: [SECRET]\nQ3 Favourite teacher: [SECRET]\nCaller got [SECRET] right.',
    ],
    [
      'Security questions set up:\n1. Name of first school - Westlake Primary\n2. Make of first car - Corolla',
      'Security questions set up:\n1. Name of first school - [SECRET]\n2. Make of first car - [SECRET]',
    ],
    [
      "On the phone he asked for my memorable word and I said it was 'bluebell', was that right?",
      "On the phone he asked for my memorable word and I said it was '[SECRET]', was that right?",
    ],
  ],
  [
    'Release notes:\nQ1 Pet insurance: launched\nQ2 Car loans: paused',
    'Verification questions:\n1. Order number: ORD-55120\n2. Postcode: on file',
  ],
);

table(
  'a TOTP seed later on the line of "TOTP seed"',
  [
    [
      'MFA seed for the payroll inbox (keep it in the vault, not here): KRSXG5CTMVRXEZLU',
      'MFA seed for the payroll inbox (keep it in the vault, not here): [SECRET]',
    ],
  ],
  ['TOTP seed rotation is scheduled for RELEASE2024 next week.'],
);

table(
  'addresses: Japanese in its own script, an Indian housing society, the town after "in", a four-digit postcode before a verb',
  [
    [
      '届け先：〒160-0022 東京都新宿区新宿5-17-9 メゾン花園 402号室、よろしくお願いします。',
      '届け先：[ADDRESS]、よろしくお願いします。',
    ],
    ['住所は大阪府大阪市北区梅田3丁目1番地3号です。', '住所は[ADDRESS]です。'],
    [
      'Courier keeps failing at 7 Shanti Kunj Society, Kothrud, Pune 411038. Please check.',
      'Courier keeps failing at [ADDRESS]. Please check.',
    ],
    [
      'The engineer should go to 18 Hollin Lane in Styal, SK9 4JH tomorrow.',
      'The engineer should go to [ADDRESS] tomorrow.',
    ],
    [
      'Parcel for 9 Bree Street, Gardens, Cape Town 8001 returned as unclaimed.',
      'Parcel for [ADDRESS] returned as unclaimed.',
    ],
  ],
  [
    '東京都の新宿区で2024年5月1日から営業します。',
    'I moved 2 Building Society accounts to the new bank.',
    'Version 4 Lane in Beta, 2000 users tested it.',
  ],
);

table(
  'names: listed after "names used" or "pax names"; addressed in Japanese; after "my name is registered as" or "my name on NIMC is"; a sign-off after "sent from my phone", or before a desk after a long dash; before a date of birth',
  [
    [
      'Three bookings, names used: Marta Quill, M. Quill, Devon Ashe.',
      'Three bookings, names used: [NAME], [NAME], [NAME].',
    ],
    [
      'Reissue the tickets (pax names Ilse Brand / Joost Brand).',
      'Reissue the tickets (pax names [NAME] / [NAME]).',
    ],
    ['請求書は鈴木一郎様宛にお願いします。', '請求書は[NAME]様宛にお願いします。'],
    ['予約者の高橋 健太です。よろしくお願いします。', '予約者の[NAME]です。よろしくお願いします。'],
    ['口座名義：伊藤 真由美', '口座名義：[NAME]'],
    [
      'The bank says my name is registered as Teodoro M. Villanueva, not the short form.',
      'The bank says my name is registered as [NAME], not the short form.',
    ],
    [
      'The NIN slip is fine but my name on NIMC is Oluwaseun Ade Bakare.',
      'The NIN slip is fine but my name on NIMC is [NAME].',
    ],
    [
      'the app crashes on login. sent from my phone - Imelda Frost',
      'the app crashes on login. sent from my phone - [NAME]',
    ],
    [
      'Please approve the trip by Friday.\nSusan — Travel & Expenses',
      'Please approve the trip by Friday.\n[NAME] — Travel & Expenses',
    ],
    [
      'Seller: hi its Thabo from Karoo Crafts, my payout is late',
      'Seller: hi its [NAME] from Karoo Crafts, my payout is late',
    ],
    [
      'New patient: Maria Lopez, born 14/02/1990, wants the 9:00 slot.',
      'New patient: [NAME], born [DOB], wants the 9:00 slot.',
    ],
  ],
  [
    'Please approve the invoice by Friday.\nPurchasing — Little Oak Ltd',
    'Account names used: Admin Portal, Billing Console.',
    'お客様各位、ご担当者様へ。田中部長様にもよろしく。',
    'Renter Agreement 4, born 2019 as a template.',
    'the table arrived and its clearly mdf, not oak.',
  ],
);
