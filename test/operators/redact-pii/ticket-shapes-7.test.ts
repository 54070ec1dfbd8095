// Shapes a seventh round of labelled tickets showed the detectors missing or over-reading, each as a general rule
// with its positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'names in scripts without capitals, by their courtesy words and labels',
  [
    ['请联系客人张秀英女士确认。', '请联系客人[NAME]女士确认。'],
    [
      '我是北京远航科技的销售经理李建华，订单 PO-7781 还没发货。',
      '我是北京远航科技的销售经理[NAME]，订单 PO-7781 还没发货。',
    ],
    [
      '박지훈 고객님, 주문 KR-2291 환불이 완료되었습니다.',
      '[NAME] 고객님, 주문 KR-2291 환불이 완료되었습니다.',
    ],
    ['최유진님께 안내 메일을 보냈습니다.', '[NAME]님께 안내 메일을 보냈습니다.'],
    ['빠른 처리 부탁드립니다.\n정하늘 드림', '빠른 처리 부탁드립니다.\n[NAME] 드림'],
    ['[상담사 한지민] 확인해 보겠습니다.', '[상담사 [NAME]] 확인해 보겠습니다.'],
    ['예약 정보가 다릅니다. 탑승객: 윤서준, 좌석 14C', '예약 정보가 다릅니다. 탑승객: [NAME], 좌석 14C'],
    ['للتواصل: نورة الشمري، قسم المشتريات', 'للتواصل: [NAME]، قسم المشتريات'],
    ['الاسم على البطاقة: فهد العنزي. شكرا', 'الاسم على البطاقة: [NAME]. شكرا'],
  ],
  [
    // Words for what someone is, and verb endings, before a courtesy word.
    '주문자님 확인 부탁드립니다. 신청자님께 안내했습니다.',
    '안녕하세요 고객님, 주문 KR-2291 건입니다.',
    '이용자님 계정 KR-88 확인',
    '先生您好，订单 PO-7781 已发货。',
  ],
);

table(
  'after a comma only a legal form makes a name a company',
  [
    [
      "Can someone fix it? I'm Fen Zhou, payroll no UK-LON-12290",
      "Can someone fix it? I'm [NAME], payroll no UK-LON-12290",
    ],
    ["I'm Kit Marlow, hardware team, desk 4", "I'm [NAME], hardware team, desk 4"],
  ],
  ["I'm Halden Systems, LLC and we sell routers", 'Contact: Fenwick Logistics, Inc. for pallets'],
);

table(
  'a dashed sign-off with the company between the name and the number',
  [
    [
      'Please lock it. - Wendell Foster, Ridgeway Insurance, 614-555-0101',
      'Please lock it. - [NAME], Ridgeway Insurance, [PHONE]',
    ],
    [
      'I will wait. — Ama Owusu, Kumasi Branch, +233 24 555 0123',
      'I will wait. — [NAME], Kumasi Branch, [PHONE]',
    ],
    ['Build 12. - Rose Gold, Large, 614-555-0101', 'Build 12. - Rose Gold, Large, [PHONE]'],
  ],
  [],
);

table(
  'a labelled address ends where a clause about something else begins',
  [
    [
      'My registered address is Unit 1208 Tower 2, Avida Towers, 34th Street, BGC, Taguig 1634 and my contact is 0917-555-0163.',
      'My registered address is [ADDRESS] and my contact is [PHONE].',
    ],
    [
      'Address: 14 Marlowe Road, Leeds LS6 2QT but the courier keeps going to 41.',
      'Address: [ADDRESS] but the courier keeps going to 41.',
    ],
  ],
  [],
);

table(
  'national numbers by their shape and check character, named or not',
  [
    [
      'Visitor (Wei Ling Tan): S3578892A. last login was yesterday',
      'Visitor ([NAME]): [SSN]. last login was yesterday',
    ],
    ['| visitor | T8357969I | SG-2291 |', '| visitor | [SSN] | SG-2291 |'],
    [
      'the insurer asks my personal identity code, so here it is: 140386-496M.',
      'the insurer asks my personal identity code, so here it is: [SSN].',
    ],
    ['Freja Holm (DK), CPR 230491-6383, order SEL-700301', '[NAME] (DK), CPR [SSN], order SEL-700301'],
    [
      'you asked my SSS number, here it is: 34-5820917-3. Thanks',
      'you asked my SSS number, here it is: [SSN]. Thanks',
    ],
  ],
  [
    // The same shapes with a wrong check character, or without the name, stay.
    'SKU S1234567A and lot T1234567B and 131052-308X',
    'Batch 230491-6383 shipped on pallet 34-5820917-3',
  ],
);

table(
  'a phone word before an identifier word names the number',
  [
    ['Phone on account: (915) 555-0124\nPlan: Pro', 'Phone on account: [PHONE]\nPlan: Pro'],
    ['mobile linked to my account: 0412 555 019', 'mobile linked to my account: [PHONE]'],
  ],
  [
    'cx called re past due $1,318.44 on acct 4410-228-907.',
    'Phone account 4410228907 is closed',
    // "contact" is a verb as often.
    'ERROR ContactController - Failed to update contact for account 9001558102',
  ],
);

table(
  'a phone number in a CSV row after a date',
  [
    [
      'member_no,dob,phone\n7710021,1975-04-09,(604) 555-0176\n7710023,1991-07-02,+1 778 555 0109',
      'member_no,dob,phone\n7710021,[DOB],[PHONE]\n7710023,[DOB],[PHONE]',
    ],
  ],
  ['Totals: 1,299,(12 refunds)'],
);

table(
  'codes by what they are for, dashed PINs, PINs changed to a new one',
  [
    ['hi its me, code is 448120 pls unlock my acc', 'hi its me, code is [SECRET] pls unlock my acc'],
    ['I did get a code 720415 by email but it expired', 'I did get a code [SECRET] by email but it expired'],
    ['My support PIN is 6-0-3-8 if you need it.', 'My support PIN is [SECRET] if you need it.'],
    [
      'I changed my debit card PIN at the ATM to 7391 on saturday',
      'I changed my debit card PIN at the ATM to [SECRET] on saturday',
    ],
    ["the door code (it's 5521 btw, we changed it)", "the door code (it's [SECRET] btw, we changed it)"],
  ],
  [
    'error code 5521 when I try to log in',
    'I changed the code in file 22 to 2024 and it builds',
    'changed the promo code to 4471 for you',
    'the door code (see 5521 in the app)',
  ],
);

table(
  "a provider's key with its kind after the mode, a session cookie pasted alone",
  [
    [
      'Key is:\n\nbl_live_sk_7Qm2EXAMPLEr9TzXk4Vw8Np1Ld6Hc3Yf0\n\nRevoke it',
      'Key is:\n\n[SECRET]\n\nRevoke it',
    ],
    [
      'The HAR holds a live session cookie:\n  bl_session=s%3A9fKx2LmQ7rT4EXAMPLEvN8zW1pY6cH3dJ0.aB7cD9eF\n',
      'The HAR holds a live session cookie:\n  bl_session=[SECRET]\n',
    ],
  ],
  [
    'telemetry: session=792b090d-b57c-4cf0-9dc3-d2cff4f23cde build=5.14.2',
    'table app_live_customerorders was dropped',
  ],
);

table(
  'a table of people: the phone, birth-date and national-number columns beside the names',
  [
    [
      '| CUST_ID | NAME_EN | NRIC | MOBILE | DOB |\n|---|---|---|---|---|\n| C0091822 | Lim Bee Hoon | S8597123I | 9123 4567 | 1985-04-19 |',
      '| CUST_ID | NAME_EN | NRIC | MOBILE | DOB |\n|---|---|---|---|---|\n| C0091822 | [NAME] | [SSN] | [PHONE] | [DOB] |',
    ],
    [
      'emp_id,full_name,ppsn,dob\nE10451,Ciarán Ó Murchú,6305967A,02/11/1976',
      'emp_id,full_name,ppsn,dob\nE10451,[NAME],[SSN],[DOB]',
    ],
    // Cells not in their column's shape stay.
    ['name,phone,dob\nGurpreet Dhillon,n/a,unknown', 'name,phone,dob\n[NAME],n/a,unknown'],
    [
      'member_no,first,last,phone\n7710021,Gurpreet,Dhillon,(604) 555-0176',
      'member_no,first,last,phone\n7710021,[NAME],[NAME],[PHONE]',
    ],
  ],
  [
    // Tables of no people stay.
    'sku,first,last\nSKU-1,2024-01-01,2024-02-01',
    'I saw it first, last week, and given that, family, ok',
  ],
);

table(
  'what reads as a secret or a phone number but names a host, a path, a setting or an identifier',
  [
    // The token in a URL is found alone, not the host after it.
    [
      'git clone https://x-access-token:ghp_9aZx3LmQ7wEXAMPLEkR2tY5uV8bN1cD4fG6h@github.com/acme/web.git',
      'git clone https://x-access-token:[SECRET]@github.com/acme/web.git',
    ],
    ['token_ttl=3600 and token=Xy7hunter22Qz', 'token_ttl=3600 and token=[SECRET]'],
    ['Customer: 0412 555 019 is my number', 'Customer: [PHONE] is my number'],
    ['Handy-Nummer 0151 2345 6789', 'Handy-Nummer [PHONE]'],
  ],
  [
    'upstream web {\n    server pw-web-1.svc.cluster.local:8080 max_fails=3;\n}',
    'HOME=/home/pw-runner\nRUNNER_VERSION=3.19.0',
    '  token_endpoint: https://ob-sandbox.bank.example:4443/as/token.oauth2\n  consent_ttl_days: 90',
    'Bank: First Continental\nRouting: 021000021',
    '(sklep internetowy, nr transakcji 7788120456). Nie',
    'med olika OCR-nummer (7734 1920 0583 och 7734 1920 0591).',
    'Got a text from short code 82345 asking me to verify. Is this you?',
  ],
);

table(
  'a signature block at the end: names the lexicon lacks, a dashed given name, a name under the contact line',
  [
    [
      'It should go back to my Diners card.\n\nMariel Santos-Cruz\n0998 713 2264',
      'It should go back to my Diners card.\n\n[NAME]\n[PHONE]',
    ],
    [
      'I want an apology.\n\nIkechukwu Nwosu\n12 Adeola Odeku Street, Victoria Island, Lagos',
      'I want an apology.\n\n[NAME]\n[ADDRESS]',
    ],
    [
      'Thank you and God bless.\nChukwuemeka Okafor (Emeka)\nOkafor & Sons Logistics Ltd',
      'Thank you and God bless.\n[NAME] ([NAME])\nOkafor & Sons Logistics Ltd',
    ],
    ['Thank you po.\nMariel Santos-Cruz', 'Thank you po.\n[NAME]'],
    ['pls cancel and resend.\n- Conor\n087 301 5542', 'pls cancel and resend.\n- [NAME]\n[PHONE]'],
    [
      "we've got 40 people on the footpath.\nMobile: 0438 221 907\nTom",
      "we've got 40 people on the footpath.\nMobile: [PHONE]\n[NAME]",
    ],
    // Headings and places above an address stay.
    [
      'Deliver to:\n\nGrace Period Notice\n12 Adeola Odeku Street, Lagos',
      'Deliver to:\n\nGrace Period Notice\n[ADDRESS]',
    ],
    [
      'Ship to:\n\nKestrel Warehouse\n12 Adeola Odeku Street, Lagos',
      'Ship to:\n\nKestrel Warehouse\n[ADDRESS]',
    ],
    ['Steps:\n- Restart\n087 301 5542', 'Steps:\n- Restart\n[PHONE]'],
  ],
  ['God bless the team, this is fixed', 'Order ORD-2291 shipped, tracking 1Z999AA10123456784\nMonday'],
);

table(
  'a name object in JSON with "given" and "family" keys',
  [
    [
      'employee={"given":"Chloe","family":"Papadopoulos","id":"E-2291"}',
      'employee={"given":"[NAME]","family":"[NAME]","id":"E-2291"}',
    ],
  ],
  ['{"given":"Yes","family":"Plan B","id":"E-2291"}'],
);

table(
  'more national numbers after their names, each with its check where it has one',
  [
    ['took a copy of my ID (8804125086089) and proof', 'took a copy of my ID ([SSN]) and proof'],
    ['My ID no is 880317 5124 089. Thanks', 'My ID no is [SSN]. Thanks'],
    ['valid ID, SSS no. 34-5678901-2, proof of billing', 'valid ID, SSS no. [SSN], proof of billing'],
    ['My fødselsnummer is 15038912418 in case', 'My fødselsnummer is [SSN] in case'],
    ['Her Medicare number is 2951 76345 1 if you need it', 'Her Medicare number is [SSN] if you need it'],
    ['Her NHI is HKT4181 and the clinic', 'Her NHI is [SSN] and the clinic'],
    ['His PhilHealth no. is 19-025763418-7. Kindly', 'His PhilHealth no. is [SSN]. Kindly'],
    ['my TIN is 412-908-335-000. I', 'my TIN is [SSN]. I'],
    ['申請書にマイナンバー 384120756292 を記載して', '申請書にマイナンバー [SSN] を記載して'],
    [
      "you need my personnummer on the form for the waiting period credit, it's 810623-4571.",
      "you need my personnummer on the form for the waiting period credit, it's [SSN].",
    ],
    ['OHIP: 4526-193-877 (version code AB)', 'OHIP: [SSN] (version code AB)'],
    [
      'my Belgian national register number: 90.03.12-245.45. Please',
      'my Belgian national register number: [SSN]. Please',
    ],
    ['my CPR no. is 070285-1327. Refunds', 'my CPR no. is [SSN]. Refunds'],
    [
      "no tax file number on it. I did put it on the form, it's 459 238 166. Could",
      "no tax file number on it. I did put it on the form, it's [SSN]. Could",
    ],
    [
      'Le numéro de sécurité sociale est mal saisi sur mes bulletins de paie depuis septembre. Le bon numéro est 2 87 06 69 123 045 29.',
      'Le numéro de sécurité sociale est mal saisi sur mes bulletins de paie depuis septembre. Le bon numéro est [SSN].',
    ],
    [
      'mam błędnie wpisany PESEL, przez co ZUS odrzucił zgłoszenie ZUA. Prawidłowy numer to 90041703846.',
      'mam błędnie wpisany PESEL, przez co ZUS odrzucił zgłoszenie ZUA. Prawidłowy numer to [SSN].',
    ],
    [
      'Your form also asks for the AHV number — 756.9217.0455.30.',
      'Your form also asks for the AHV number — [SSN].',
    ],
  ],
  [
    // Wrong check digits, or no name before them.
    'Her Medicare number is 2951 76344 1 if you need it',
    'Her NHI is HKT4182 and the clinic',
    'version 756.9217.0455.31 is out',
    'national register number 90.03.12-245.46.',
    'ticket 412-908-335-000 is closed',
  ],
);

table(
  'codes read out spaced, keypad codes, codes in a chat after one was sent, PUKs, backup codes wherever they are listed',
  [
    ['Your delivery PIN is 7 3 0 9 – only share it', 'Your delivery PIN is [SECRET] – only share it'],
    [
      'the new alarm code for Level 12 from today is 5 2 9 7. Side door keypad is 3316#. Thanks',
      'the new alarm code for Level 12 from today is [SECRET]. Side door keypad is [SECRET]. Thanks',
    ],
    ['Garage keypad 2580 if raining', 'Garage keypad [SECRET] if raining'],
    [
      'the driver cant get in the gate, code is *1943 then press call',
      'the driver cant get in the gate, code is [SECRET] then press call',
    ],
    [
      "Thanks. I've sent a 6-digit code to the mobile ending 461.\n[09:44] Gemma: code is 583104",
      "Thanks. I've sent a 6-digit code to the mobile ending 461.\n[09:44] [NAME]: code is [SECRET]",
    ],
    [
      'i gave them the code that came by text, 583920. was that you??',
      'i gave them the code that came by text, [SECRET]. was that you??',
    ],
    [
      'i think the code on the card was 83917264 but it says wrong',
      'i think the code on the card was [SECRET] but it says wrong',
    ],
    ['also OTP came 731946 but page expired', 'also OTP came [SECRET] but page expired'],
    [
      'I printed recovery codes (used: 8KQ4-2MXD). Remaining unused ones are 7PZR-93TD and J2VE-8QXK.',
      'I printed recovery codes (used: [SECRET]). Remaining unused ones are [SECRET] and [SECRET].',
    ],
    [
      'backup codes, still valid? the first:\n  4QX7-91LM  (used)\n  Z8KD-2WPT',
      'backup codes, still valid? the first:\n  [SECRET]  (used)\n  [SECRET]',
    ],
    [
      'backup codes from setup, here they are.\n\n7310 9284\n5527 0461',
      'backup codes from setup, here they are.\n\n[SECRET]\n[SECRET]',
    ],
    ["It's ck_live_EXAMPLE_3Fz9QmW2pT7vR1 … never mind", "It's [SECRET] … never mind"],
  ],
  [
    'Delivery pin code is 560001',
    'delivery pin 560 001 please',
    'backup codes were moved to vault v2, see KB-2291 and 2024-2025 plan',
    'keypad model 2024 is out of stock',
  ],
);

table(
  'departments and thanks that sign a message are no names',
  [],
  [
    'Kan ni kolla?\n\nMvh\nLönegruppen',
    'Talep no TR-1908.\n\nTeşekkürler,\nİnsan Kaynakları',
    'Kan julle asseblief die token weer uitreik?\n\nDankie',
    'Hello Brand Protection,\n\nListings LST-2291 are fine.',
    'Please upload a bank statement in Seller Hub > Payments.',
  ],
);

table(
  'addresses: a four-digit postcode before a dash or "if", a street after a unit and a building, "correct address:"',
  [
    [
      'My address is 45 Riccarton Road, Riccarton, Christchurch 8011 if you need it.',
      'My address is [ADDRESS] if you need it.',
    ],
    [
      'Site: 27 Fanshawe Street, Auckland Central, Auckland 1010 - loading dock on the side.',
      'Site: [ADDRESS] - loading dock on the side.',
    ],
    ['Pieter — 12 Protea Street, Stellenbosch, 7600 — call first', '[NAME] — [ADDRESS] — call first'],
    [
      'New address: Unit 1203, Tower 2, Avida Towers Asten, 6789 Ayala Avenue, Makati City 1226. Also please',
      'New address: [ADDRESS]. Also please',
    ],
    [
      'Correct address: Unit 1204, Tower 2, The Residences at Greenbelt, Esperanza St, Legaspi Village, Makati City 1229',
      'Correct address: [ADDRESS]',
    ],
    [
      'Service address: Blk 7 Lot 12, Phase 2, Villa Esperanza Subd., Brgy. San Isidro, Antipolo City, Rizal 1870\nContact: me',
      'Service address: [ADDRESS]\nContact: me',
    ],
    // A year is no postcode.
    [
      'I live at 12 High Street, Wellington, 2024 - what a year',
      'I live at [ADDRESS], Wellington, 2024 - what a year',
    ],
  ],
  [],
);

table(
  'names after more roles and hand-offs, dot-leader form fields, a slash sign-off',
  [
    ['Participant Norm Barnes, 88, lives alone.', 'Participant [NAME], 88, lives alone.'],
    ['Child: Luna Castillo, DOB 11/03/2024', 'Child: [NAME], DOB [DOB]'],
    [
      'Agent involved: A. Brightwell (coached). DPO: Naledi Khumalo.',
      'Agent involved: [NAME] (coached). DPO: [NAME].',
    ],
    ['Entered by R. Castellanos, verified by HR.', 'Entered by [NAME], verified by HR.'],
    [
      'First name ........ Siobhán\nSurname ........... Nic Giolla Phádraig',
      'First name ........ [NAME]\nSurname ........... [NAME]',
    ],
    ['My number is +353 83 555 7190.\n\n/Johan Lindqvist', 'My number is [PHONE].\n\n/[NAME]'],
  ],
  [
    'Referred by: Google\nPreferred contact time: after 6pm',
    'Escalated. Team Lead, Chicago Contact Centre',
    'Child: 2 adults, 1 infant',
    'See the docs at\n/Users/Admin',
    'Entered by API, verified by batch job 7',
  ],
);

table(
  'Chinese names of three syllables, family name first',
  [
    ['Patient: Tan Wei Ling, NRIC on file', 'Patient: [NAME], NRIC on file'],
    ['Hi, I am Lim Jia Hui from Singapore', 'Hi, I am [NAME] from Singapore'],
    ['Visitor (Wei Ling Tan) called', 'Visitor ([NAME]) called'],
  ],
  [],
);

table(
  "Singapore's numbers when announced, an Australian extension, a table's MSISDN column",
  [
    ['mobile 9123 4567', 'mobile [PHONE]'],
    ['Call (02) 8555 0176 local 113 please', 'Call [PHONE] please'],
    [
      'request_id,customer_name,msisdn\nPIR-55102,Sarah Okonkwo,447700900204',
      'request_id,customer_name,msisdn\nPIR-55102,[NAME],[PHONE]',
    ],
  ],
  ['Order 8612 4490 shipped', 'local 113 callers only'],
);

table(
  'a labelled address and the street inside its value, towns with a particle, card numbers opening a CSV row',
  [
    [
      'New address: 8 Kowhai Road, Mount Eden, Auckland 1024 (was 55 Rata Street, Naenae, Lower Hutt 5011).',
      'New address: [ADDRESS] (was [ADDRESS]).',
    ],
    ['Mrs Joan Pettigrew\n27 Fountain Road, Bridge of Allan, Stirling FK9 4AT', 'Mrs [NAME]\n[ADDRESS]'],
    [
      'Cards that got an approval:\npan,exp\n4261867512429158,09/27\n5263-8099-3437-0441,03/26',
      'Cards that got an approval:\npan,exp\n[CARD],09/27\n[CARD],03/26',
    ],
  ],
  ['I live in Leeds of Monday fame', 'Card report\norder,total\n4261867512429159,12.50'],
);

table(
  'codes by how they are written: SMS wording, what a text said, alarms, a digicode, a PIN reset to a new one, security answers on their line',
  [
    [
      'Customer: ok but the sms say 739204 and still cannot log in',
      'Customer: ok but the sms say [SECRET] and still cannot log in',
    ],
    ['Access: side gate code 4#7719, then the lift', 'Access: side gate code [SECRET], then the lift'],
    [
      'Security question: What was the name of your first school?\nAnswer: Lincoln Elementary Greenvale\nPhone: none',
      'Security question: What was the name of your first school?\nAnswer: [SECRET]\nPhone: none',
    ],
    [
      'Sub-account admin PIN also reset to 604918. Closing',
      'Sub-account admin PIN also reset to [SECRET]. Closing',
    ],
    [
      '"Corvid: 318 442 is your verification code. Never share it. @corvidpay.example #318442"',
      '"Corvid: [SECRET] is your verification code. Never share it. @corvidpay.example #[SECRET]"',
    ],
    ['the gate code they gave us 7310 is not opening', 'the gate code they gave us [SECRET] is not opening'],
    [
      'the lobby door PIN you assigned, 528814, can open',
      'the lobby door PIN you assigned, [SECRET], can open',
    ],
    ['the inspector can disarm with 6093, thanks', 'the inspector can disarm with [SECRET], thanks'],
    ["Le digicode de l'immeuble est 4B27A.", "Le digicode de l'immeuble est [SECRET]."],
    [
      'De sleutel hangt in het sleutelkastje, de code is 0612.',
      'De sleutel hangt in het sleutelkastje, de code is [SECRET].',
    ],
    [
      "she won't be home. Alarm 3077, pool-side gate open.",
      "she won't be home. Alarm [SECRET], pool-side gate open.",
    ],
  ],
  ['The alarm 2024 model is out', 'Order 552901 is your reference code', 'fire alarm: 2 beeps'],
);

table(
  'unspaced NI numbers where NI numbers are named, longer-reaching DNI and PPSN cues, English "personal identity number", Chinese IDs by shape',
  [
    [
      'E.g. Amelia Hughes shows JT 48 21 93 C and Callum Reid shows PR559031A on their National Insurance profile.',
      'E.g. [NAME] shows [SSN] and [NAME] shows [SSN] on their National Insurance profile.',
    ],
    [
      'El repartidor dice que necesita el DNI del destinatario y no venía en el pedido. El mío es 48261937W.',
      'El repartidor dice que necesita el DNI del destinatario y no venía en el pedido. El mío es [SSN].',
    ],
    [
      'the org. number is my personal identity number, 850617-2389. Thanks',
      'the org. number is my personal identity number, [SSN]. Thanks',
    ],
    [
      'Can you confirm your PPSN and date of birth so I can find the record?\n[10:43:52] Ciarán: 8473621T',
      'Can you confirm your PPSN and date of birth so I can find the record?\n[10:43:52] [NAME]: [SSN]',
    ],
    ['Receiver is me, ID card 310104198703122830. Address', 'Receiver is me, ID card [SSN]. Address'],
  ],
  ['SKU PR559031A in stock', 'order 310104198703122831'],
);

table(
  'addresses: a unit and a building before the street, a suburb named "The …" before its state',
  [
    [
      'Please send the P60 to Apt 6, The Granary, 41 Watling Street, Dublin 8, D08 Y2R6 instead.',
      'Please send the P60 to [ADDRESS] instead.',
    ],
    ['Visitor: 18 Kemp St, The Junction NSW 2291\nAgent: thanks', 'Visitor: [ADDRESS]\nAgent: thanks'],
  ],
  [],
);

table(
  'PINs listed one a line after their owners, a code typed back after a login code was sent, an IP in a table column after an OS, URL-encoded emails',
  [
    [
      'these are the pins that worked yesterday:\n\nBecky Thornton - 4471\nme (Owen) - 6605\n\ni know',
      'these are the pins that worked yesterday:\n\n[NAME] - [SECRET]\nme ([NAME]) - [SECRET]\n\ni know',
    ],
    [
      "Support: Thanks. I've triggered a new login code to that address.\nVisitor 58213: got it, 604 918\nSupport: ok",
      "Support: Thanks. I've triggered a new login code to that address.\nVisitor 58213: got it, [SECRET]\nSupport: ok",
    ],
    [
      '2024-10-14 22:18  Safari / iOS      198.51.100.201     London, GB',
      '2024-10-14 22:18  Safari / iOS      [IP]     London, GB',
    ],
    [
      '"POST /api/v2/auth/reset?email=liam.obrien%40example.com HTTP/2" 429',
      '"POST /api/v2/auth/reset?email=[EMAIL] HTTP/2" 429',
    ],
  ],
  [
    'firmware 1.2.3.4 installed',
    'Version: 10.0.19045.3803',
    '50%40 off',
    'the pins are in the drawer:\n\nask the manager - 2 keys',
  ],
);

table(
  "a passcode given for testing, a SIM card's PUK, an OTP received",
  [
    [
      'Screen passcode given for testing: 280719 (delete after repair)',
      'Screen passcode given for testing: [SECRET] (delete after repair)',
    ],
    [
      'the PUK printed on the old card holder is 41738826 but',
      'the PUK printed on the old card holder is [SECRET] but',
    ],
    [
      'OTP received was 583021 but the screen had timed out',
      'OTP received was [SECRET] but the screen had timed out',
    ],
  ],
  ['the error code from the app (it was 404) again', 'PUK2 not needed, see KB 2291'],
);

table(
  '"rang" hands off to a person as "called" does ("Ring" is a doorbell brand too)',
  [['I rang Mick on 0438 112 907 twice', 'I rang [NAME] on [PHONE] twice']],
  ['My Ring Doorbell Pro stopped working.', 'ring the bell twice'],
);

table(
  'recovery codes of three or four groups, an alarm panel with its colon, a buzzer code, a password after a long note in brackets',
  [
    [
      'I saved my recovery codes when I set it up - here they are:\n  k7dm-2qpx-9wz4\n  r3tn-8vbc-1lhe',
      'I saved my recovery codes when I set it up - here they are:\n  [SECRET]\n  [SECRET]',
    ],
    ['- Alarm panel disarm: 7731. If it goes off', '- Alarm panel disarm: [SECRET]. If it goes off'],
    ['Alarm panel: 1964 then OFF', 'Alarm panel: [SECRET] then OFF'],
    [
      'the buzzer code is 2417 and the concierge knows',
      'the buzzer code is [SECRET] and the concierge knows',
    ],
    [
      '- Account password (must be given before discussing the account): Seaglass-Harbour-31\n- Old',
      '- Account password (must be given before discussing the account): [SECRET]\n- Old',
    ],
  ],
  ['The alarm 2024 model is out', 'backup codes: see KB-2291-2024-0001 for the policy'],
);
