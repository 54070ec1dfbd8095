// Shapes a fifth round of labelled tickets showed the detectors missing or over-reading, each as a general rule
// with its positives and negatives (different strings from the labelled set's).
import { table } from './table.ts';

table(
  'initials written with a name found belong to it',
  [
    ['Refund it in the name of R. Pemberton. Rachel Pemberton', 'Refund it in the name of [NAME]. [NAME]'],
    ['Payee: K.M. van Dijk, for Kees van Dijk', 'Payee: [NAME], for [NAME]'],
    ['Agent Fenella D: Hi Oluwaseun, sorted.', 'Agent [NAME]: Hi [NAME], sorted.'],
    ['driver Ramesh P. is on his way', 'driver [NAME] is on his way'],
    [
      'From: Osric Quayle\nPay to O QUAYLE, thanks, OSRIC QUAYLE',
      'From: [NAME]\nPay to [NAME], thanks, [NAME]',
    ],
    // A postscript and a word of one letter are none.
    ['Thanks, Sarah P.S. call me', 'Thanks, [NAME] P.S. call me'],
    ['Hi Tom A quick one', 'Hi [NAME] A quick one'],
  ],
  ['see section B. The result was fine', 'e.g. J. Smith is the example name in the docs'],
);

table(
  'a name after an @ that is a word as well, and a name asked something',
  [
    ['@Will Okafor will you let the desk know', '@[NAME] will you let the desk know'],
    ['@Thabo can you let Pieter know', '@[NAME] can you let [NAME] know'],
    ['@Zanele, could you check the router?', '@[NAME], could you check the router?'],
  ],
  ['@Jira please sync', '@Will please check', '@Support Team can you look', '@Oncall can you check'],
);

table(
  'a chat speaker, when lines carry a time after their label',
  [
    [
      'Ops Bot 09:12: 7 chargers offline\nIngrid: @Marit Solberg can you check?\nOps Bot 09:20: back online\nMarit Solberg: rebooted.',
      'Ops Bot 09:12: 7 chargers offline\n[NAME]: @[NAME] can you check?\nOps Bot 09:20: back online\n[NAME]: rebooted.',
    ],
  ],
  ['Build 09:12: failed\nDeploy 09:13: skipped\nStatus: red'],
);

table(
  'Russian and Ukrainian street addresses',
  [
    ['Адрес: г. Казань, ул. Баумана, д. 7, кв. 12, 420111.', 'Адрес: [ADDRESS].'],
    ['Доставка на ул. Тверская, д. 12, кв. 45, Москва 125009, спасибо', 'Доставка на [ADDRESS], спасибо'],
    [
      'адреса відправника: вул. Шевченка, 24, кв. 17, м. Одеса, 65000. Дякую.',
      'адреса відправника: [ADDRESS]. Дякую.',
    ],
    ['620014, г. Екатеринбург, пр. Ленина, 50', '[ADDRESS]'],
  ],
  ['ул. Ленина без номера', 'пер. 5', 'Заказ 12, пр. 2024'],
);

table(
  'a labelled address: a qualifier before the colon, a Thai label',
  [
    ['Dirección de envío: Calle Falsa 123, Springfield', 'Dirección de envío: [ADDRESS]'],
    ['Lieferadresse bitte: Hauptstr. 5, 10115 Berlin', 'Lieferadresse bitte: [ADDRESS]'],
    [
      'ที่อยู่จัดส่ง: 45/7 ซอยอารีย์ 2 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400 โทร 02 555 0198',
      'ที่อยู่จัดส่ง: [ADDRESS] โทร [PHONE]',
    ],
  ],
  ['Address update failed: Error 500, retry', 'Address verification failed: code 2, retry 3'],
);

table(
  'the country after an address, a numbered building with a postcode, a unit on the line above',
  [
    ['of 14 Hope Road, Kingston 6, Jamaica, whose wallet', 'of [ADDRESS], whose wallet'],
    ['Ship to 12 Main St, Springfield, IL 62704, USA please', 'Ship to [ADDRESS] please'],
    ['Blk 88 Tampines Ave 3, #04-21, Singapore 520088 ok', '[ADDRESS] ok'],
    ['home is 3 Orchard Cottages, Church Stretton SY6 6AB and more', 'home is [ADDRESS] and more'],
    [
      'Send it to:\nUnit 9\n410 Birch Hollow Rd\nSalem, OR 97301\n\nthanks',
      'Send it to:\n[ADDRESS]\n\nthanks',
    ],
  ],
  [
    'We have 3 Town Hall meetings in 2024',
    'Order 12 Farm House, qty 3',
    'Version 3\nrelease notes below',
    'I moved to France from Spain',
  ],
);

table(
  'someone else\'s name in other languages: a known given name after "is called"',
  [
    ['Sąsiad nazywa się Tomasz Wrona i jest', 'Sąsiad nazywa się [NAME] i jest'],
    ['El técnico se llama Rodrigo Peña.', 'El técnico se llama [NAME].'],
    ["Il s'appelle Julien Moreau", "Il s'appelle [NAME]"],
  ],
  ['El producto se llama Smart Hub', 'Il prodotto si chiama Smart Hub', 'Aplikacja nazywa się Moje Konto'],
);

table(
  'Japanese, Chinese and Korean names: a common family name, a signature with its reading, a customer, a sentence',
  [
    ['経理部の鈴木です。', '経理部の[NAME]です。'],
    ['営業部\n高橋 美咲（たかはし みさき）\nTEL: 03-5555-0142', '営業部\n[NAME]（[NAME]）\nTEL: [PHONE]'],
    ['我是你们的老客户李建国。订单号CN-88120', '我是你们的老客户[NAME]。订单号CN-88120'],
    ['저는 2년째 이 앱을 쓰고 있는 박서연입니다.', '저는 2년째 이 앱을 쓰고 있는 [NAME]입니다.'],
    ['धन्यवाद,\nसुनील वर्मा (पिता)', 'धन्यवाद,\n[NAME] (पिता)'],
  ],
  [
    '経理部の問題です',
    '原因は不明です',
    '我是你们的老用户。',
    '저는 이 서비스의 이용자입니다.',
    '저는 서울에 사는 변호사입니다',
  ],
);

table(
  "more national numbers that play the SSN's part, each after its name and only when its check holds",
  [
    ['my TFN on the\nform, here it is: 123 456 782.', 'my TFN on the\nform, here it is: [SSN].'],
    ['PPS number: 1234567TW', 'PPS number: [SSN]'],
    ['NRIC S1234567D, consult CN-1', 'NRIC [SSN], consult CN-1'],
    ['PESEL: 44051401359', 'PESEL: [SSN]'],
    ['CNP: 1800101221144', 'CNP: [SSN]'],
    ['BSN 111222333 op de factuur', 'BSN [SSN] op de factuur'],
    ['תעודת זהות 000000018, טלפון', 'תעודת זהות [SSN], טלפון'],
    ['身份证号：11010519491231002X，地址', '身份证号：[SSN]，地址'],
    ['guardian CNIC is 35202-4718205-3 and', 'guardian CNIC is [SSN] and'],
    ['her IC is 880412-07-5526 ok', 'her IC is [SSN] ok'],
    ['My ID number is\n8001015009087 if needed', 'My ID number is\n[SSN] if needed'],
    ['My ID number is 28193746. Phone', 'My ID number is [SSN]. Phone'],
    ['Mi DNI (soy la madre) es 12345678Z.', 'Mi DNI (soy la madre) es [SSN].'],
  ],
  [
    'PPS number: 1234567XX',
    'PESEL: 44051401358',
    'TFN 123 456 789 is invalid',
    'order id 8001015009088',
    'ticket 35202-4718205-3',
    'Order ID number 28193746',
    'invoice 880412-07-5526',
  ],
);

table(
  'cards are written whole or in groups of four first',
  [['card 4111-1111-1111-1111', 'card [CARD]']],
  ['ref 42101-6624318-9'],
);

table(
  'more words for a birth, and a name form field with both names',
  [
    ['Data nașterii: 12.04.1990', 'Data nașterii: [DOB]'],
    ['Nació el 09/05/2016. Gracias', 'Nació el [DOB]. Gracias'],
    [
      'Surname, First name: OKONKWO-BRIGGS, Adaeze\nPreferred name: Dez',
      'Surname, First name: [NAME]\nPreferred name: [NAME]',
    ],
  ],
  ['Data comenzii: 12.04.2024'],
);

table(
  'a number read out in ten digit words or more wherever it stands, with its plus',
  [
    ["That's oh four nine one five seven oh one five six. Or", "That's [PHONE]. Or"],
    ['Caller: Zero eight two, five five five, zero one nine nine.\nAgent: ok', 'Caller: [PHONE].\nAgent: ok'],
    [
      'call me back on plus two three four, eight oh three, five five five, oh one two three, or',
      'call me back on [PHONE], or',
    ],
  ],
  [
    'one two three four five six seven eight nine ten',
    'I have one, two or three boxes, five of them, nine of those',
  ],
);

table(
  'an email read out with the dots of its local part',
  [
    ["or email\nme, it's nomsa dot khoza at example dot com. Okay", "or email\nme, it's [EMAIL]. Okay"],
    ['email ade dot bello at example dot org. Thanks', 'email [EMAIL]. Thanks'],
  ],
  ['click the dot. Then nothing else'],
);

table(
  'four-part versions after "fw", "rollback to", "OTA to" and "rolled … back to"',
  [
    ['rolled the dns record back to 10.1.9.88', 'rolled the dns record back to [IP]'],
    ['connect to 10.1.9.88 now', 'connect to [IP] now'],
  ],
  [
    'firmware 3.1.0.27 update failed, rollback to 3.0.9.14 done',
    '{"device":"TVM-0441","fw":"10.2.0.114","emv":"4.3.1"}',
    'Since OTA to 10.2.0.114 last night',
    "Rolled one test unit back to 10.1.9.88 and it's stable.",
    'build: fw-hub 10.2.0.114 (b7714)',
  ],
);

table(
  'serial numbers, smartcards and receipts are no phone numbers',
  [['call me on 0412 555 019', 'call me on [PHONE]']],
  [
    'Primary decoder s/n 4412093318 (smartcard 4105771902), secondary',
    'receiver R16-300 s/n 0283-4471-9920 stuck',
  ],
);

table(
  'relations, initials after a slash, closings and desks that are no names',
  [
    ['sent to my aunt, Beverley Sands, today', 'sent to my aunt, [NAME], today'],
    ['Her fiancé Tobenna says yes', 'Her fiancé [NAME] says yes'],
    ['Looks like fraud to me. /TK', 'Looks like fraud to me. /[NAME]'],
    ['New cards in batch CB-0614-02. - SJ\n', 'New cards in batch CB-0614-02. - [NAME]\n'],
  ],
  [
    'Numer reklamacji: RK/2025/061533.\nPozdrawiam\n',
    "he's grand thank God but he was",
    'To: Membership Office (shared inbox)',
    'delete it. Hollis Verbrugge LLP is a limited liability partnership',
    'Ik ben ook verhuisd, mijn nieuwe adres volgt',
    'done. /OK',
  ],
);

table(
  "addresses: form lines for the town, a unit's or floor's word before, H.No., Malay streets, NZ postcodes",
  [
    [
      'Address line 1: 56 Beechwood Avenue\nTown/city: Reading\nPostcode: RG30 2DX',
      'Address line 1: [ADDRESS]\nTown/city: [ADDRESS]\nPostcode: [ADDRESS]',
    ],
    [
      'Address line 1: 19 Cattermole Road\nAddress line 2: Leyton\nok',
      'Address line 1: [ADDRESS]\nAddress line 2: [ADDRESS]\nok',
    ],
    ['Centre | 22 Rata Street, Naenae, Lower Hutt 5011 | (04) 555 0173', 'Centre | [ADDRESS] | [PHONE]'],
    ['Address: Apartment 6, The Granary, Mary Street, Galway H91 X2K7\nok', 'Address: [ADDRESS]\nok'],
    ['is\nH.No. 8-2-293/82/A, Road No. 12, Banjara Hills, Hyderabad, Telangana 500034.', 'is\n[ADDRESS].'],
    [
      'Customer: Shop 4, Ground Floor, Laxmi Niwas, 18 Gokhale Road, Dadar West, Mumbai 400028\nok',
      'Customer: [ADDRESS]\nok',
    ],
    ['Send to 27, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam ok', 'Send to [ADDRESS] ok'],
  ],
  ['Address line 2: None', 'Town/city: Reading', 'The Lower deck of 12 boats'],
);

table(
  'names before a labelled phone number or ID, with particles; more names in Persian, Thai, Ukrainian, Chinese',
  [
    [
      'kids:\n- Sipho Dlamini, ID 8001015009087\n- Ruan van der Walt, cell 072 555 0188',
      'kids:\n- [NAME], ID [SSN]\n- [NAME], cell [PHONE]',
    ],
    ['سلام\nمن سارا احمدی هستم و در مورد پرونده', 'سلام\nمن [NAME] هستم و در مورد پرونده'],
    ["квиток на ім'я Олена Петренко. Нова адреса", "квиток на ім'я [NAME]. Нова адреса"],
    ['ผู้ขายชื่อ สมชาย ใจดี เบอร์ 081 555 0193', 'ผู้ขายชื่อ [NAME] เบอร์ [PHONE]'],
    ['ПІБ: Коваленко Андрій Петрович\nдякую', 'ПІБ: [NAME]\nдякую'],
    [
      '您好，我是申请人王梓涵（申请编号 CN-PG-26-03318）。',
      '您好，我是申请人[NAME]（申请编号 CN-PG-26-03318）。',
    ],
  ],
  ['Order 5512, ID 8804125971089'],
);

table(
  "a Cookie header's values, a Wi-Fi key and passphrase are secrets",
  [
    [
      'Cookie: app_session=EXAMPLEs3ss10n_88ab; theme=dark; consent=1',
      'Cookie: app_session=[SECRET]; theme=dark; consent=1',
    ],
    ['wifi: ssid="Home-5G" psk="Mango!Tree2024" ch=149', 'wifi: ssid="Home-5G" psk="[SECRET]" ch=149'],
    ['WPA2 passphrase: Mango!Tree2024', 'WPA2 passphrase: [SECRET]'],
  ],
  [
    'I cleared the cookie: nothing changed after 2024',
    'psk mode: wpa2',
    'the passphrase is required',
    '2024-11-06 [INFO] session=792b090d-b57c-4cf0-9dc3-d2cff4f23cde build=5.14.2',
  ],
);

table(
  'names written surname first, nicknames in quotes after what a person is called, and more ways to name oneself',
  [
    ['From: "Ortiz, Daniela" <d.ortiz@example.com>', 'From: "[NAME]" <[EMAIL]>'],
    ['Cc: Lindqvist, Sofia <s.l@example.com>', 'Cc: [NAME] <[EMAIL]>'],
    [
      'NOTE (Team Leader: HUSSAIN, Farah), 12/12\nCustomer BRADSHAW, Neil called',
      'NOTE (Team Leader: [NAME]), 12/12\nCustomer [NAME] called',
    ],
    ['Contact person is Mr. Mohd. Imran Qureshi, Director', 'Contact person is Mr. [NAME], Director'],
    ['he prefers "Hal".', 'he prefers "[NAME]".'],
    ['DPD driver "Gaz", van reg not known', 'DPD driver "[NAME]", van reg not known'],
    ['HIS VEST SAID "MARCUS". I WANT', 'HIS VEST SAID "[NAME]". I WANT'],
    ['The name on my account is Shaniqua R. Boudreaux-Price but', 'The name on my account is [NAME] but'],
    ['the app has me as Shaniqua Price since', 'the app has me as [NAME] since'],
    ['CALL ME 312-555-0178.\n- BRENDA OKONKWO-HALE', 'CALL ME [PHONE].\n- [NAME]'],
    ['連絡先：高橋 美咲（タカハシ ミサキ）\n電話：090-5555-0183', '連絡先：[NAME]（[NAME]）\n電話：[PHONE]'],
    ['请尽快取消这个订单。\n王磊', '请尽快取消这个订单。\n[NAME]'],
  ],
  [
    'Subject: Orders, Returns <info>',
    'ERROR, Daniel please check',
    'USA, Maria',
    'the error said "Timeout"',
    'saved as "Draft"',
    'The system shows me as Pending',
    'the app has me as inactive',
    'done\n- MARK AS READ',
    '请尽快处理。\n谢谢',
  ],
);

table(
  'short numeric credentials named as such, and a password changed "на" in Russian',
  [
    [
      'cx gift card ending 0932, PIN 8837, balance $150.',
      'cx gift card ending 0932, PIN [SECRET], balance $150.',
    ],
    ['I get the SMS code 604918 and type it', 'I get the SMS code [SECRET] and type it'],
    [
      'Device passcode (optional, for diagnostics): 271828',
      'Device passcode (optional, for diagnostics): [SECRET]',
    ],
    ['OTP: 771 204 please', 'OTP: [SECRET] please'],
    ['Пароль я вчера сменила на Zvezda_77!moroz, вдруг', 'Пароль я вчера сменила на [SECRET], вдруг'],
  ],
  [
    'auth codes 048213 and 048219',
    'error code 4012',
    'PIN is not required. Case 00123987.',
    'zip code 90210',
    'pin 5 on the board',
    'PIN 2024-11-05 changed',
    'Пароль я вчера сменила на сайте',
  ],
);

// A read-only review of this round's rules found these over-reads and leaks; each is kept as a case.
table(
  "the review's cases: what the new rules must still find",
  [
    [
      'Rolled traffic back to 192.0.2.15 after the incident',
      'Rolled traffic back to [IP] after the incident',
    ],
    ['Rollback to 192.0.2.10 failed, origin unreachable', 'Rollback to [IP] failed, origin unreachable'],
    ['vc me on 07700 900123 after 5pm', 'vc me on [PHONE] after 5pm'],
    ['Please text the receipt to 07700 900123', 'Please text the receipt to [PHONE]'],
    ['Card 41111111 11111111 declined', 'Card [CARD] declined'],
    ['Kind regards,\nLord', 'Kind regards,\n[NAME]'],
    [
      "That's oh four nine one five seven oh one five six. Or that's oh four nine one five seven oh one five seven.",
      "That's [PHONE]. Or that's [PHONE].",
    ],
  ],
  [
    'من مشتری شما هستم و سفارش 4471 هنوز نرسیده.',
    'من خیلی ناراحت هستم.',
    'ไม่สามารถ เปลี่ยน ชื่อ บัญชี ผู้ใช้ ได้ ครับ',
    'ชื่อ ไฟล์ ไม่ถูกต้อง',
    'Заявление на имя Генерального Директора',
    "Посилка на ім'я Нова Пошта",
    'ПІБ: не вказано',
    '저는 서비스를 이용하는 정회원입니다.',
    '株式会社ABC\n山田電機\n営業部',
    'お振込先：\n山口銀行\n普通 1234567',
    'La ciudad se llama Victoria.',
    'Il gatto si chiama Luna.',
    '@Zendesk can you merge tickets?',
    'Order shipped today. /DHL',
    'our Gran Turismo preorder is late',
    'Cape Town Branch, tel 021',
    'Оплата за проезд Москва Санкт-Петербург 1500 руб не прошла',
    'Поддерживаются Windows, macOS и пр. Linux 2024 тоже',
    'Тариф пер. Минута 5 руб',
    'Address line 1: x\nAddress line 2: Same As Above',
    'Address line 1 missing\nTown: Unknown',
    'Address verification status: 2 of 3 checks passed',
    'Order ID 2403150001232 was charged twice.',
    'Replaced the IC on the board, batch 240315-02-0042 is faulty',
    'Fin de mes: pedido T2401234J pendiente',
    'The TFN field is optional. Reference 123 456 782 is your order.',
    'CNIC verification failed; courier tracking 42101-6624318-9',
    'My order number is four four seven one five five one two nine nine.',
  ],
);

table(
  "the review's cases: initials that are none",
  [
    ['P.S. Sarah says hi to the team.', 'P.S. [NAME] says hi to the team.'],
    ['Shipped to the U.S. Emma confirmed receipt.', 'Shipped to the U.S. [NAME] confirmed receipt.'],
    ['Contact David R&D team', 'Contact [NAME] R&D team'],
    ['Check section B. Maria said it is fine.', 'Check section B. [NAME] said it is fine.'],
    ['Ask Sarah V 2 release', 'Ask [NAME] V 2 release'],
    [
      'We moved from 12 Harbour Road, Leith, Scotland, Portugal and Spain are next',
      'We moved from [ADDRESS], Portugal and Spain are next',
    ],
  ],
  [],
);

table(
  'names after an id in parentheses, chat export headers, repeated speakers, forms and CSV cells surname first',
  [
    [
      '3 people — EMP-IN-20391 (Sai Prasad), EMP-IN-20402 (Fathima Beevi). all',
      '3 people — EMP-IN-20391 ([NAME]), EMP-IN-20402 ([NAME]). all',
    ],
    [
      '#ops\nBrianna Okafor  3:12 PM\nheads up\nWill Ashdown  3:15 PM\non it',
      '#ops\n[NAME]  3:12 PM\nheads up\n[NAME]  3:15 PM\non it',
    ],
    [
      'Chat ref LC-1\nSterling Adebayo-Hart: hi\nRosie (Support): hello\nSterling Adebayo-Hart: ok\nRosie (Support): bye',
      'Chat ref LC-1\n[NAME]: hi\n[NAME] (Support): hello\n[NAME]: ok\n[NAME] (Support): bye',
    ],
    [
      'Submitted: 2024-06-18\nFull name: Tan Wei Ling, Michelle\nNRIC/FIN: S8992347F',
      'Submitted: 2024-06-18\nFull name: [NAME]\nNRIC/FIN: [SSN]',
    ],
    [
      'SWA-T-1044,B211,"Okafor, Chidi",c.okafor@example.com,689.00',
      'SWA-T-1044,B211,"[NAME]",[EMAIL],689.00',
    ],
    ['Name: Rajendran s/o Muthusamy\nNRIC: S7888298J', 'Name: [NAME]\nNRIC: [SSN]'],
    ['Margaret Ashworth is mum. Contact (Joanne Ashworth-Bell, ok)', '[NAME] is mum. Contact ([NAME], ok)'],
    ['السيد عبدالله محمد الكعبي، رقم', 'السيد [NAME]، رقم'],
    ['للتواصل\nمع الشكر،\nمريم الكعبي', 'للتواصل\nمع الشكر،\n[NAME]'],
    ['С уважением,\nАнна Иванова, логист', 'С уважением,\n[NAME], логист'],
    ['Водитель: Кузнецов Сергей Викторович\nТел.: +7 916 555-01-47', 'Водитель: [NAME]\nТел.: [PHONE]'],
  ],
  [
    'ORD-2291 (Blue Edition) shipped',
    'Build Server  3:15 PM',
    'Status Report: ok\nBuild Server: green\nStatus Report: fine\nBuild Server: red',
    '"Smith, Paris",x',
    'Branch Mombasa Rd NBO. Job KE-MSA-30917. Cust walked in',
    'Store: #0417 Round Rock TX    Advisor: SA-22',
    'trying since Easter to get it sorted',
    'Dear Millford Water Customer Service,',
    'τιμολόγιο (ποσό 3.482,60 €).\nΕυχαριστώ',
    'Surge queue Q-STORM-WEST capacity 240/hr',
  ],
);

table(
  'more national numbers, a Greek birth date, webhook URLs and a password in parentheses',
  [
    [
      'steuerliche Identifikationsnummer: 97 142 650 824. Geburtsdatum',
      'steuerliche Identifikationsnummer: [SSN]. Geburtsdatum',
    ],
    ['il codice fiscale: FRRGLI99E52F205Y.', 'il codice fiscale: [SSN].'],
    ['رقم الهوية الإماراتية 784-1958-4870964-8. تم', 'رقم الهوية الإماراتية [SSN]. تم'],
    ['ΑΜΚΑ: 02097155168\nΗμ. γέννησης: 02/09/1971', 'ΑΜΚΑ: [SSN]\nΗμ. γέννησης: [DOB]'],
    ['IRD number: 60-233-179\nPartner', 'IRD number: [SSN]\nPartner'],
    [
      'webhook is https://hooks.slack.com/services/T04EXAMPLE/B07EXAMPLE/q8RzEXAMPLEv2KdT9 btw',
      'webhook is [SECRET] btw',
    ],
    ['my portal password (Bluebird!Lake88) "to verify"', 'my portal password ([SECRET]) "to verify"'],
  ],
  ['ticket 97 142 650 824', 'see https://hooks.slack.com/ docs', 'the password (see above) was wrong'],
);

table(
  'addresses: a Belgian box, a city/province/postal line, a Singapore unit, a unit line with its building, "house no."',
  [
    ['address:\n\nRue des Tanneurs 22, boîte 7\n1000 Bruxelles\nBelgium', 'address:\n\n[ADDRESS]\nBelgium'],
    [
      'Address line 1: 305-1140 Wellington St W\nCity / Prov / Postal: Ottawa, ON K1Y 2Z3\nok',
      'Address line 1: [ADDRESS]\nCity / Prov / Postal: [ADDRESS]\nok',
    ],
    [
      'Installation address: Blk 512 Ang Mo Kio Avenue 8, #11-2047, Singapore 560512\nok',
      'Installation address: [ADDRESS]\nok',
    ],
    [
      'to:\n\nFlat 4C, Sonar Tori Apartments\n27/1 Hindusthan Park\nKolkata 700029\n\nok',
      'to:\n\n[ADDRESS]\n\nok',
    ],
    ['Our place: house no. 9-4-87/A, Tolichowki, Hyderabad 500008. Mobile', 'Our place: [ADDRESS]. Mobile'],
  ],
  [
    'I bought the Season 7 Royal Pass (₱449.00)',
    'Invoice no. 20931, Hyderabad 500008',
    'the house no. is wrong',
  ],
);

table(
  'a sign-off before a forwarded message, Irish and Welsh thanks and surnames, a grandparent in quotes, particles between names',
  [
    [
      'Looks like invoice fraud to me. /TK\n\n---------- Forwarded message ---------\nFrom: Billing <b@example.ie>',
      'Looks like invoice fraud to me. /[NAME]\n\n---------- Forwarded message ---------\nFrom: Billing <[EMAIL]>',
    ],
    [
      "Account's in the name of Seán Ó Súilleabháin. Go raibh maith agat, Seán",
      "Account's in the name of [NAME]. Go raibh maith agat, [NAME]",
    ],
    [
      'Tidy the ledger before the 30th pls. Diolch, Carys',
      'Tidy the ledger before the 30th pls. Diolch, [NAME]',
    ],
    ['Authorized pickup: Grandma ("Nana") Ruth Abernathy', 'Authorized pickup: Grandma ("[NAME]") [NAME]'],
  ],
  ['Kunde: Moin, hier ist Petersen Logistik am Apparat'],
);

table(
  'a card with a Korean particle after it, Tagalog months, a state after the postcode and city, a Ghanaian digital address',
  [
    ['결제한 카드는 5237-3578-0492-6770이고, 구매', '결제한 카드는 [CARD]이고, 구매'],
    ['Joshua (ipinanganak noong Marso 3, 2015). Ang', 'Joshua (ipinanganak noong [DOB]). Ang'],
    ['to 27, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang\nok', 'to [ADDRESS]\nok'],
    [
      'Calle Jacarandas 117, Int. 3, Col. Chapalita, 45040 Guadalajara, Jal. Mi celular',
      '[ADDRESS] Mi celular',
    ],
    ['Accra\nGhanaPost GPS: GA-145-2930\nGuardian', 'Accra\nGhanaPost GPS: [ADDRESS]\nGuardian'],
  ],
  ['Send to nobody, Thanks', 'GPS: lost signal at 14:02'],
);

table(
  'credentials: codes read back, recovery phrases, backup codes, a password with a note before its colon',
  [
    ['gave them the 6-digit code 730 118 (!!)', 'gave them the 6-digit code [SECRET] (!!)'],
    [
      'I just got an sms with a code 884 207 on my phone',
      'I just got an sms with a code [SECRET] on my phone',
    ],
    [
      'rider call me and ask OTP, I give him 5512, after',
      'rider call me and ask OTP, I give him [SECRET], after',
    ],
    ['the spare key in the lockbox, code is 0519, so', 'the spare key in the lockbox, code is [SECRET], so'],
    ['I tried the code they sent, 583019, and it says', 'I tried the code they sent, [SECRET], and it says'],
    [
      'I typed my recovery phrase into their website:\n\nripple tonight cabbage quarter elbow danger wisdom seminar lucky orbit fiber tattoo\n\nWithin',
      'I typed my recovery phrase into their website:\n\n[SECRET]\n\nWithin',
    ],
    [
      'the codes were:\n 4819-2207\n 7730-5512\ni have not',
      'the codes were:\n [SECRET]\n [SECRET]\ni have not',
    ],
    ['Portal password (if required): Sai@2024Krupa\n\nok', 'Portal password (if required): [SECRET]\n\nok'],
  ],
  ['error code 4012 and the code is 0519', 'zip codes: 90210', 'error codes:\n 40123456\n 40123457'],
);

table(
  'more national numbers: Nigeria, Korea, Spain, Mexico, Austria, Aadhaar in Hindi, an ID after "ID No"',
  [
    ['Customer: NIN 48213906517. phone', 'Customer: NIN [SSN]. phone'],
    ['주민등록번호: 850317-2086456, 연락처', '주민등록번호: [SSN], 연락처'],
    ['Nº Seguridad Social: 28/48127305/16\nFecha', 'Nº Seguridad Social: [SSN]\nFecha'],
    ['CURP: GOMA880214MDFMRL09\nFecha', 'CURP: [SSN]\nFecha'],
    ['SV-Nummer: 3068 120387\nGeburtsdatum', 'SV-Nummer: [SSN]\nGeburtsdatum'],
    ['आधार संख्या: 8620 4719 3575\nमोबाइल', 'आधार संख्या: [SSN]\nमोबाइल'],
    ['Insured: Otieno\nID No: 28817406\nMobile', 'Insured: [NAME]\nID No: [SSN]\nMobile'],
  ],
  ['Order ID No: 28817406', 'open port 5432 and 8080'],
);

table(
  'names: companies greeted, bot personas, headers surname first with a word as given name, Teams headers',
  [
    ['From: "Pemberton, Faith" <faith.pemberton@example.com>', 'From: "[NAME]" <[EMAIL]>'],
    ['From: Kowalczyk, Bill <bill.kowalczyk@example.com>', 'From: [NAME] <[EMAIL]>'],
    [
      'so you see:\n\n[9:14 AM] Haverford, June\n@Slotwise Support adding',
      'so you see:\n\n[NAME]\n@Slotwise Support adding'.replace('[NAME]', '[9:14 AM] [NAME]'),
    ],
    ['Hi Sarah, email sarah.jones@example.com', 'Hi [NAME], email [EMAIL]'],
    ['Nominee is my mother Smt. Kamala Iyer.', 'Nominee is my mother Smt. [NAME].'],
    ['my broker is Nomsa Khumalo from the other office', 'my broker is [NAME] from the other office'],
  ],
  [
    'Hello Trackhaul team, the upload fails',
    'Hi Carebook,\n\nI am trying to book. carebook.example.com said',
    '[09:02] Bot: Hi! I am here. Hi! Perky here, your benefits assistant.',
    'Many thanks (Rathmore Physio)',
    '[9:14 AM] Status, Update\nok',
  ],
);

table(
  'addresses line by line: a postcode alone under its lines, a postcode on the line after the city',
  [
    [
      'to me:\nApt 4, Rosemount House\nBallinteer Road\nDublin 16\nD16 X2P7\n\nAny refund',
      'to me:\n[ADDRESS]\n\nAny refund',
    ],
    [
      'address:\n  22 Voortrekker Road\n  Bellville, Cape Town\n  7530\nCell: 072 555 0136',
      'address:\n  [ADDRESS]\nCell: [PHONE]',
    ],
    ['Subject: Unauthorized port-out of 604-555-0186', 'Subject: Unauthorized port-out of [PHONE]'],
  ],
  ['Regards,\nthe team\nSW1A 1AA', 'Order 12 of 14\nCode: AB1 2CD', 'I was there\nJuly 2003 was hot'],
);

table(
  'an initial and a surname after a dash or a colon, capitals surname first, single quotes, a role before a phone',
  [
    [
      'AGENT NOTE 02/27 14:10 ET — J. Lowe\ncust HOLLOWAY, FRANK called re: ATO',
      'AGENT NOTE 02/27 14:10 ET — [NAME]\ncust [NAME] called re: ATO',
    ],
    ['After-hours log — on-call: R. Castellanos\n22:40', 'After-hours log — on-call: [NAME]\n22:40'],
    ["YOUR DRIVER 'MARCUS' MARKED IT DELIVERED", "YOUR DRIVER '[NAME]' MARKED IT DELIVERED"],
    ['Super "Tito" has not picked up', 'Super "[NAME]" has not picked up'],
    [
      'Witnesses:\n - Kiprono Langat (matatu driver), 0711 555 067\nPolice',
      'Witnesses:\n - [NAME] (matatu driver), [PHONE]\nPolice',
    ],
  ],
  [
    'see Fig. 3, section B. Overview',
    'Plan B. Smith',
    "It's the car, 'Bluey' they call it",
    'NOTE, Grace period ends',
    'STATUS, Will update',
  ],
);

table(
  'addresses: a road with its number, a Vienna door number, a flat number first on its line',
  [
    [
      'it back to:\n  4180 County Road 12\n  Worthington, MN 56187\n\nBill',
      'it back to:\n  [ADDRESS]\n\nBill',
    ],
    ['Adresse: Gumpendorfer Straße 63/2/14, 1060 Wien\n\nTermin', 'Adresse: [ADDRESS]\n\nTermin'],
    ['Unit:\n3B, 1420 Grand Concourse\nBronx, NY 10456\nPhone', 'Unit:\n[ADDRESS]\nPhone'],
  ],
  ['Head Office (main) is closed'],
);

table(
  'names in scripts: a dash sign-off, a name field after a qualifier ("मरीज़ का नाम:", "访客姓名：")',
  [
    ['कृपया जल्दी करें। — अंकित शर्मा', 'कृपया जल्दी करें। — [NAME]'],
    [
      'विवरण:\n\nमरीज़ का नाम: सरोज देवी शर्मा\nजन्म तिथि: 15/08/1956',
      'विवरण:\n\nमरीज़ का नाम: [NAME]\nजन्म तिथि: [DOB]',
    ],
    [
      '会话ID：conv_cn_99310\n访客姓名：王晓梅\n访客手机：+86 139 5550 2741',
      '会话ID：conv_cn_99310\n访客姓名：[NAME]\n访客手机：[PHONE]',
    ],
  ],
  ['ok — धन्यवाद'],
);

table(
  'a markdown table with a column of people beside a contact column',
  [
    [
      '| Learner | Email | Employee ID |\n|---|---|---|\n| Grace Oyelaran | grace.o@example.com | E10442 |\n| Tobias Wren | t.wren@example.com | E10587 |',
      '| Learner | Email | Employee ID |\n|---|---|---|\n| [NAME] | [EMAIL] | E10442 |\n| [NAME] | [EMAIL] | E10587 |',
    ],
  ],
  [
    '| Employee | Status |\n|---|---|\n| Tobias Wren | active |',
    '| Product | Price |\n|---|---|\n| Blue Widget | 5 USD |',
  ],
);

table(
  'from holdout-22: joined addresses, "Callback", a sign-off above a quoted reply, security answers, a thumbprint',
  [
    [
      'Confirmed address 7B Marlowe Court, 41 Station Road, Reading RG1 1LG. Callback on 0118 496 0552.',
      'Confirmed address [ADDRESS]. Callback on [PHONE].',
    ],
    [
      "Aoife will pick it up.\n\nNiamh\n\nOn Wed 20 Mar 2024, 12:30 Connor O'Neill, <c.oneill@example.ie> wrote:\n> ok",
      'Aoife will pick it up.\n\n[NAME]\n\nOn Wed 20 Mar 2024, 12:30 [NAME], <[EMAIL]> wrote:\n> ok',
    ],
    [
      'DOB 22/07/1979. My security answer (first pet) is Biscuit. Please help',
      'DOB [DOB]. My security answer (first pet) is [SECRET]. Please help',
    ],
    ['mothers maiden name Kapoor, and the last order', 'mothers maiden name [SECRET], and the last order'],
    ['Spoke w/ caller "Bea" (Beatriz Santos), acct owner.', 'Spoke w/ caller "[NAME]" ([NAME]), acct owner.'],
    // The name found again before "you" is the verb.
    [
      'Message: Will you be restocking the bottle? Will Osei will know',
      'Message: Will you be restocking the bottle? [NAME] will know',
    ],
  ],
  [
    'Cert thumbprint 3B:1F:9A:C2:77:04:E1:5D expires',
    'the security answer is wrong',
    'we sold 5 Farmers Market stalls',
  ],
);

table(
  'from holdout-23: codes read back and repeated, a card after a chat label, an ID verified, a Canadian unit',
  [
    [
      'Sent one-time code to verify device; customer read back 604918, matched.',
      'Sent one-time code to verify device; customer read back [SECRET], matched.',
    ],
    [
      'triggered a new code by voice call.\nCustomer: got it, code is 771204\nAgent',
      'triggered a new code by voice call.\nCustomer: got it, code is [SECRET]\nAgent',
    ],
    [
      'Card number for payment?\n[Chat 14:05] Customer: 5502 0721 5420 2189 exp 08/28',
      'Card number for payment?\n[Chat 14:05] Customer: [CARD] exp 08/28',
    ],
    ['ID verified: 8505119885085. Callback', 'ID verified: [SSN]. Callback'],
    [
      'certificate:\n1402 - 989 Nelson Street\nVancouver, BC V6Z 2S1\nPhone',
      'certificate:\n[ADDRESS]\nPhone',
    ],
  ],
  [
    'he read back 604918 as the order number',
    'fleet: x\nterminal_app: 10.4.2.1\nkernel: 4.19.0.118',
    'retailer (receipt no. 004417-2291) for CA$429.99',
    'customer 5502 0721 5420 2188',
    'Owner of Obi Fabrics Ltd (merchant TW-1)',
  ],
);

table(
  'fillers of speech after a name cue, and a code read out in words after its name',
  [
    ['my name is, um, Priya Sharma', 'my name is, um, [NAME]'],
    [
      'The code we set was four four seven one nine two. Could someone',
      'The code we set was [SECRET]. Could someone',
    ],
    ['my PIN is four four one seven', 'my PIN is [SECRET]'],
  ],
  ['error code one two three four', 'um, i think so'],
);

table(
  "a chat's reply of digits after a code was sent",
  [
    [
      'Agent (Mei): New code sent to the mobile on file.\nCustomer: 339201\nAgent (Mei): That worked',
      'Agent ([NAME]): New code sent to the mobile on file.\nCustomer: [SECRET]\nAgent ([NAME]): That worked',
    ],
  ],
  ['Error code sent by the API:\nCustomer: 500123\nok', 'exit code 137 and error code 4012'],
);

table(
  'from holdout-25: "Ta,", a name_on_card key, payment brands, dotted handles, a sin: key, NI number further on',
  [
    [
      'wrong flat. Can you sort it? Ta, Mhairi (07700 900417)',
      'wrong flat. Can you sort it? Ta, [NAME] ([PHONE])',
    ],
    [
      'Payment form\nname_on_card: ELENA V. ROSSI\ncard_number: 4000056655665556',
      'Payment form\nname_on_card: [NAME]\ncard_number: [CARD]',
    ],
    ['[09:14] @Kenji.Watanabe: anyone seen', '[09:14] @[NAME]: anyone seen'],
    ['legal_name: Marie-Ève Tremblay\nsin: 046 454 286\ngst', 'legal_name: [NAME]\nsin: [SSN]\ngst'],
    [
      "HMRC wants my NI number on the seller tax form, it's NP 73 05 18 D. Trading",
      "HMRC wants my NI number on the seller tax form, it's [SSN]. Trading",
    ],
  ],
  [
    'Issue: Amex card declined twice',
    'FREIGHT,PRO 0418-22917',
    '(BRT 0123456789012) ma',
    'café sin: azúcar 4',
  ],
);

table(
  'from holdout-24: a word-like given name alone at the end, a header name the lexicon lacks, a full name in brackets, firms',
  [
    [
      'Please disable 2FA so I can re-enrol on my new device.\n\nWill',
      'Please disable 2FA so I can re-enrol on my new device.\n\n[NAME]',
    ],
    [
      'From: Mahlangu, Thandiwe <thandiwe.mahlangu@example.org>\nDate: Tue, 4 Jun 2024',
      'From: [NAME] <[EMAIL]>\nDate: Tue, 4 Jun 2024',
    ],
    ['the previous admin (Kevin Marsh) left the company.', 'the previous admin ([NAME]) left the company.'],
    ['Arjun Mehta\nMehta & Sons Joinery\n45 Clarendon Road', '[NAME]\nMehta & Sons Joinery\n[ADDRESS]'],
  ],
  [
    'Account name: Liffey Lane Design Ltd\nIBAN',
    '(Grace Period) applies',
    'To: Support, Billing <billing>',
    'it will be fine.\n\nThanks',
  ],
);
