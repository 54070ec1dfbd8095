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
