// Shapes a fourteenth round of labelled tickets (holdout-238 to -245, scored blind first) showed the detectors
// missing, each as a general rule with its positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'national numbers of Kenya, Tanzania, Zimbabwe, Nepal, Senegal, Ethiopia, Pakistan (named in Urdu) and Viet Nam ("citizen ID")',
  [
    [
      'Please verify me. National ID 30127745, phone on file.',
      'Please verify me. National ID [SSN], phone on file.',
    ],
    [
      'They asked for my ID, number 24718830, before the swap.',
      'They asked for my ID, number [SSN], before the swap.',
    ],
    [
      'the agent used a copy of my id (id no 29 118 406) to swap it',
      'the agent used a copy of my id (id no [SSN]) to swap it',
    ],
    [
      'SIM registered with NIDA 19920415-23107-00012-14 at the shop.',
      'SIM registered with NIDA [SSN] at the shop.',
    ],
    ['Receiver: ID 08-1234567-K-47, collecting in Harare.', 'Receiver: ID [SSN], collecting in Harare.'],
    [
      'Owner citizenship no. 12-02-74-07719, please transfer.',
      'Owner citizenship no. [SSN], please transfer.',
    ],
    ['Mon numéro CNI n° 2 754 1988 04411 est sur la photo.', 'Mon numéro CNI n° [SSN] est sur la photo.'],
    ['Fayda ID 3302 7715 9048 1126 was used without me.', 'Fayda ID [SSN] was used without me.'],
    ['میرا شناختی کارڈ نمبر 35202-4418820-7 ہے', 'میرا شناختی کارڈ نمبر [SSN] ہے'],
    ['Xin chào, citizen ID 079195004821 của tôi bị sai.', 'Xin chào, citizen ID [SSN] của tôi bị sai.'],
  ],
  [
    'Order ID 30127745 was shipped.',
    'Citizenship no. of applicants: 3 in total, form 12-02-74 attached.',
    'NIDA office opens at 08:00; queue 19920415 was long.',
  ],
);

table(
  'dates of birth: "bday", blanks round the slashes, digit pairs read to an answering system; never the placeholder 01/01/1900',
  [
    ['name: rosa lim. bday: 11-23-1996. pls help', 'name: [NAME]. bday: [DOB]. pls help'],
    ['Date of birth: 02 / 11 / 1968\nCard no on file', 'Date of birth: [DOB]\nCard no on file'],
    [
      'IVR: Please enter your date of birth.\nCaller: zero three, one one, seven nine',
      'IVR: Please enter your date of birth.\nCaller: [DOB]',
    ],
  ],
  [
    'Patient DOB: 01/01/1900 (default, fix in the PAS)',
    'Record created 1900-01-01 by the migration, DOB empty.',
  ],
);

table(
  'secrets: BLIK and installer codes, a gate code changed "para"; a passcode in brackets and quotes; "password word"; a verbal password "stays as"; more backup codes after "Codes:"; a security answer given as quoted; a memorable word on file',
  [
    ['Oszust! Podałem kod BLIK 471920 obcej osobie.', 'Oszust! Podałem kod BLIK [SECRET] obcej osobie.'],
    ['Der Mastercode lautet 905512, bitte ändern.', 'Der Mastercode lautet [SECRET], bitte ändern.'],
    [
      'A senha do portão foi alterada para 7731#, ninguém avisou.',
      'A senha do portão foi alterada para [SECRET], ninguém avisou.',
    ],
    [
      'He forgot the passcode ("tigerlily9") so the alarm company sent police.',
      'He forgot the passcode ("[SECRET]") so the alarm company sent police.',
    ],
    [
      'Keyholder confirmed the password word "marigold" - OK.',
      'Keyholder confirmed the password word "[SECRET]" - OK.',
    ],
    ['Verbal password stays as "Harbour Lights".', 'Verbal password stays as "[SECRET]".'],
    [
      'She kept her backup codes in a note while travelling. Codes: 4410 2287, 9931 0065.',
      'She kept her backup codes in a note while travelling. Codes: [SECRET], [SECRET].',
    ],
    [
      "Security Q answer given as 'Lisbon 1984' (matches).",
      "Security Q answer given as '[SECRET]' (matches).",
    ],
    [
      'Memorable word chars 1,3,6 given correctly (word on file: PEPPERMINT - do not type it).',
      'Memorable word chars 1,3,6 given correctly (word on file: [SECRET] - do not type it).',
    ],
  ],
  [
    'Pay with BLIK at checkout, order 55120.',
    'Promo codes: SPRING10, SUMMER20.',
    'Memorable word chars 1,3,6 given correctly.',
  ],
);

table(
  'phones: after "RMN", in the reply to "Which number?", after a ported number',
  [
    ['Cx: Anil Rao | RMN 98450 11235 | plan 499', 'Cx: [NAME] | RMN [PHONE] | plan 499'],
    ['Agent: Which number?\nCustomer: 9886012345', 'Agent: Which number?\nCustomer: [PHONE]'],
    ['my NTC-ported number 9851-234567 shows no service', 'my NTC-ported number [PHONE] shows no service'],
  ],
  ['Which number is the order? ORD-55120', 'RMN status: verified'],
);

table(
  'addresses: an Indian flat in lower case, a locality word among its parts and the PIN code ending it',
  [
    [
      'pls send someone to flat 12 green acres apts, 3rd main, koramangala bangalore 560034. urgent',
      'pls send someone to [ADDRESS]. urgent',
    ],
  ],
  ['the flat 3 rooms cost 450000 in total', 'flat 5 plans, 2 main ones, cost 560034 in all'],
);

table(
  'names: spelled in lower case after the name; after "Enrollee:", a clergy title; "my name is" in Arabic up to "and", in Urdu; Japanese "…は佐藤 健一です"; with a parent\'s ("d/o", "s/o"); a hyphen sign-off before a town',
  [
    [
      'hi, this is Marta Wiśniewska-Nowak, no, Marta Zielinski, z-i-e-l-i-n-s-k-i, about my refund',
      'hi, this is [NAME], no, [NAME], [NAME], about my refund',
    ],
    ['Enrollee: Babajide Okafor, plan gold', 'Enrollee: [NAME], plan gold'],
    ['Yours faithfully,\nRev. Thabo Mokoena', 'Yours faithfully,\nRev. [NAME]'],
    ['اسمي سارة العلي ورقم حجزي 5512', 'اسمي [NAME] ورقم حجزي 5512'],
    ['میرا نام فاطمہ بی بی ہے، مدد کریں', 'میرا نام [NAME] ہے، مدد کریں'],
    ['申込者は田中 花子です。よろしくお願いします。', '申込者は[NAME]です。よろしくお願いします。'],
    ['New hire Priya d/o Raman starts Monday.', 'New hire [NAME] starts Monday.'],
    ['The app still fails for me. - Laura Ortiz, Denver', 'The app still fails for me. - [NAME], Denver'],
  ],
  ['Step 3. - Open Settings, Privacy', 'Customer s/o payment pending.'],
);

table(
  'more from the sixth round: Bangladesh NID, a lower-case "my sin is", a KRA PIN later in its sentence, a DNI given in the reply',
  [
    ['Account locked. NID 2375519480226, cannot log in.', 'Account locked. NID [SSN], cannot log in.'],
    ['my sin is 130 692 544 if u need it', 'my sin is [SSN] if u need it'],
    [
      'KRA wants my PIN and ID too. PIN P051234567M, thanks.',
      'KRA wants my PIN and ID too. PIN [SSN], thanks.',
    ],
    [
      '[09:14] Agente: ¿me indica su DNI, por favor?\n[09:15] Cliente: 12345678Z',
      '[09:14] Agente: ¿me indica su DNI, por favor?\n[09:15] Cliente: [SSN]',
    ],
  ],
  ['NID office hours: 9-5, queue 2375519480226 is closed.', 'sin embargo 130 692 544 es el pedido.'],
);

table(
  'more secrets: an auth code named a few words before "is", a code read back digit by digit, a code given "to him" in brackets, the last of several passwords tried',
  [
    [
      'The EPP code from my old registrar is Qw8!zR2#pLm4 but it fails.',
      'The EPP code from my old registrar is [SECRET] but it fails.',
    ],
    [
      'OTP sent; customer read back 4 8 1 9 0 2 to the agent.',
      'OTP sent; customer read back [SECRET] to the agent.',
    ],
    [
      'He asked for the alarm code and I gave it to him (2468) on the doorstep.',
      'He asked for the alarm code and I gave it to him ([SECRET]) on the doorstep.',
    ],
    [
      'I have tried all the passwords, the last one was "Kalamata#77".',
      'I have tried all the passwords, the last one was "[SECRET]".',
    ],
  ],
  ['The auth code feature is new in v2.3.', 'I have tried all the passwords, the last one was the worst.'],
);

table(
  'more addresses: a city written without a postcode ending a unit-led address, a house number with a letter after "no", a place before "on" and a day',
  [
    [
      'Deliver to Apt C2, Jacaranda Court, Ngong Road, Kilimani, Nairobi. Call first.',
      'Deliver to [ADDRESS]. Call first.',
    ],
    ['my place is house no B7, Palm Estate, Lekki, Lagos. come quick', 'my place is [ADDRESS]. come quick'],
    [
      'the fire at 14 Zik Avenue, Enugu on 3rd May spread fast',
      'the fire at [ADDRESS] on 3rd May spread fast',
    ],
  ],
  ['Flat 2, Lagos office is closed today.', 'Meet at the Nairobi office on 3rd May.'],
);
