// Shapes an eighth round of labelled tickets showed the detectors missing or over-reading, each as a general rule
// with its positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'short codes in prose: after how they came, typed in, guessed again, spaced as an OTP',
  [
    [
      'the link expired but I got a text (code: 615203) - where do I type it?',
      'the link expired but I got a text (code: [SECRET]) - where do I type it?',
    ],
    ['I got an email code 402 771 but it expired', 'I got an email code [SECRET] but it expired'],
    [
      'someone asked for the code, is that normal? the code is 590 114',
      'someone asked for the code, is that normal? the code is [SECRET]',
    ],
    [
      'the app wanted my pin and i typed 3690 like always, still locked',
      'the app wanted my pin and i typed [SECRET] like always, still locked',
    ],
    [
      'the PIN on the voucher is 5521 (it is smudged, could be 5527)',
      'the PIN on the voucher is [SECRET] (it is smudged, could be [SECRET])',
    ],
    [
      "gate code is 3308 then unit 2.\nCourier: tried 3308 no luck\nAgent: she says it's 3380",
      "gate code is [SECRET] then unit 2.\nCourier: tried [SECRET] no luck\nAgent: she says it's [SECRET]",
    ],
    ['the code they texted me is five one two, eight eight zero', 'the code they texted me is [SECRET]'],
    [
      'She used the right account PIN (6072) on the port-out form',
      'She used the right account PIN ([SECRET]) on the port-out form',
    ],
    [
      'the technician asked for the passcode so its 904417 — dont wipe it',
      'the technician asked for the passcode so its [SECRET] — dont wipe it',
    ],
    [
      'I kept my backup code when I set it up: 4RTW-9KMZ-2PLA. It says used',
      'I kept my backup code when I set it up: [SECRET]. It says used',
    ],
    [
      'the site wants a licence check code — here it is: pK7rT2wQ. Thanks',
      'the site wants a licence check code — here it is: [SECRET]. Thanks',
    ],
    [
      'Visa 4111 1111 1111 1111, the 3 digits on the back are 417. Thanks',
      'Visa [CARD], the 3 digits on the back are [SECRET]. Thanks',
    ],
    ['PIN 2580 first. then call me on 020 7946 2580', 'PIN [SECRET] first. then call me on [PHONE]'],
    [
      'I posted it below (663 021) by mistake.\n> the code is 663 021',
      'I posted it below ([SECRET]) by mistake.\n> the code is [SECRET]',
    ],
  ],
  [
    'the error code is 500 503 since the deploy',
    'the card pin and i used 2024 as the year on the form',
    'the pin pad, tried 3 times and it beeped',
    'Card PIN (4 digits) is required at the till',
    'the promo code (5510) expired yesterday',
    'the error code, here it is: ERR500x',
    'the last 4 digits are 0366 on the statement',
  ],
);

table(
  'codes named in other languages, a clause or a declension away',
  [
    [
      'me pide un código de verificación; el que me llegó por SMS es 228 104 y falla',
      'me pide un código de verificación; el que me llegó por SMS es [SECRET] y falla',
    ],
    ['Dostałam SMS z kodem 551 207, ale kod wygasł', 'Dostałam SMS z kodem [SECRET], ale kod wygasł'],
    ['SMS ile gelen doğrulama kodu 804 336 çalışmıyor', 'SMS ile gelen doğrulama kodu [SECRET] çalışmıyor'],
    ['문자로 받은 인증번호 220 918을 입력했습니다', '문자로 받은 인증번호 [SECRET]을 입력했습니다'],
  ],
  ['el código de verificación no llega, pedido 114-7720391 de 2024', 'kod rabatowy z SMS to LATO24'],
);

table(
  'passwords quoted, hedged, chosen as words, and on command lines',
  [
    [
      'Passed security (phone password "gooseberry", DOB on file).',
      'Passed security (phone password "[SECRET]", DOB on file).',
    ],
    [
      'he pasted his password into the ticket ("sunsetboulevard77") - tell him to change it',
      'he pasted his password into the ticket ("[SECRET]") - tell him to change it',
    ],
    [
      'She typed her password (it was Lis.Boa2025) into the fake page',
      'She typed her password (it was [SECRET]) into the fake page',
    ],
    ['Phone password for verification: copper-lantern-58', 'Phone password for verification: [SECRET]'],
    [
      "the temporary passwords you sent do not work: Ava's is otter-maple-31",
      "the temporary passwords you sent do not work: Ava's is [SECRET]",
    ],
    [
      'work email, password is probably Harbour2021!! or Harbour2022!!. thanks',
      'work email, password is probably [SECRET] or [SECRET]. thanks',
    ],
    [
      'I set the password "Tulip2024!" and also tried "tulip2024!" after',
      'I set the password "[SECRET]" and also tried "[SECRET]" after',
    ],
    ["  88  mysql -h db1 -u app -p'R3d!Fox#77' sales", "  88  mysql -h db1 -u app -p'[SECRET]' sales"],
    [
      '  89  curl -u ci:Tq8-mZ2k-Lw4 https://ci.example/job/x',
      '  89  curl -u ci:[SECRET] https://ci.example/job/x',
    ],
  ],
  [
    'the "password" field and the "username" field are empty',
    'the password is "incorrect" they say',
    'see the password-reset-2024 page for steps',
    'the password is probably wrong then',
    'Pods crashloop with \'secret "orders-db-creds" not found\'',
    'mysql -u root -p mydb prompts twice',
    'curl -u admin https://ci.example asks for it',
  ],
);

table(
  'security answers given in prose, in forms and in chat',
  [
    [
      'Security question "first car" — the answer is Corolla (capital C).',
      'Security question "first car" — the answer is [SECRET] (capital C).',
    ],
    [
      'verified, security q (first school) answered "St Agnes\'s". Ok',
      'verified, security q (first school) answered "[SECRET]". Ok',
    ],
    [
      'Answer to security question (Name of your first pet?): Pepper Jack\nOther: none',
      'Answer to security question (Name of your first pet?): [SECRET]\nOther: none',
    ],
    [
      "Agent: And your security question's answer?\nCustomer: i think i put blue1999\nAgent: thanks",
      "Agent: And your security question's answer?\nCustomer: i think i put [SECRET]\nAgent: thanks",
    ],
  ],
  ['the security question answer is wrong, please reset', 'Security question: the answer is not accepted.'],
);

table(
  'developer secrets: columns, seeds, connection strings, callbacks, provider keys',
  [
    [
      'leak,seen,email,password\npaste_1,2024-09-01,a@example.com,Winter2020!',
      'leak,seen,email,password\npaste_1,2024-09-01,[EMAIL],[SECRET]',
    ],
    [
      'MFA seed (type it in if the QR fails): KRSXG5CTMVRXEZLU\nThanks',
      'MFA seed (type it in if the QR fails): [SECRET]\nThanks',
    ],
    [
      'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=',
      'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=[SECRET]',
    ],
    [
      'api_key: 1a2b3c4d5e6f7a8b9c0d\napp_key: 9f8e7d6c5b4a39281706f5e4\nsite: eu',
      'api_key: [SECRET]\napp_key: [SECRET]\nsite: eu',
    ],
    [
      '"GET /oauth/callback?code=Qx7TzP1kLm9Wb3Yd&state=xyz HTTP/1.1" 302',
      '"GET /oauth/callback?code=[SECRET]&state=xyz HTTP/1.1" 302',
    ],
    ['auth=api:key-9bq2x7mz4kd8fj3lw6np1rt5vy0hc2sa failed', 'auth=api:[SECRET] failed'],
  ],
  [
    'id,name,password_policy\n1,default,strict',
    'GET /search?code=ABCDEFGHIJKLMNOPQRS&page=2',
    '/oauth/authorize?code=20240305120000000',
    'Cookie: _ga=GA1.2.1234567890.1718000000; _gid=GA1.2.99887766.1718000000',
  ],
);

table(
  'national numbers after their names: HKID, RUT, NIF, CUIL, RRN, IRD; Aadhaar on the next chat line',
  [
    [
      'My HKID is C668668(E)? no: A123456(3) if you need it.',
      'My HKID is C668668(E)? no: [SSN] if you need it.',
    ],
    ['beneficiary Ana Soto, RUT 12.345.678-5, born 2001', 'beneficiary [NAME], RUT [SSN], born 2001'],
    ['For the refund, my NIF is 123456789. Thanks', 'For the refund, my NIF is [SSN]. Thanks'],
    [
      'the payslip shows CUIL 20-12345678-6 under another name',
      'the payslip shows CUIL [SSN] under another name',
    ],
    [
      'you asked for my resident registration number. It is 900101-1234568.',
      'you asked for my resident registration number. It is [SSN].',
    ],
    [
      'my IRD number on the payslip is wrong, it should be 49-091-850',
      'my IRD number on the payslip is wrong, it should be [SSN]',
    ],
    [
      'Agent: we need his Aadhaar for KYC.\n[Chat] 18:45 Customer: 2345 6789 0124',
      'Agent: we need his Aadhaar for KYC.\n[Chat] 18:45 Customer: [SSN]',
    ],
    [
      'She is locked out. Her ID number is 21458796. Please help',
      'She is locked out. Her ID number is [SSN]. Please help',
    ],
  ],
  [
    'RUT 12.345.678-6 is wrong',
    'my NIF is 123456780 per the form',
    'CUIL 20-12345678-5 rejected',
    'the HKID scanner at gate A123456(4)',
  ],
);

table(
  'full names in lower case signing off, and companies the text names as such',
  [
    [
      'charged twice. sort it.\n\nkerry mcallister\n07700 900412',
      'charged twice. sort it.\n\n[NAME]\n[PHONE]',
    ],
    [
      'i will go to the ombudsman. call me 07700900447 — manpreet kaur',
      'i will go to the ombudsman. call me [PHONE] — [NAME]',
    ],
    ['i never asked for this swap. claire fenwick', 'i never asked for this swap. [NAME]'],
    ['ring me on 087 555 0142. thanks a mil, niamh', 'ring me on [PHONE]. thanks a mil, [NAME]'],
    ['my mob is 07 700 900 219. ta jess', 'my mob is [PHONE]. ta [NAME]'],
  ],
  [
    'It works now. thanks again',
    'Fixed in v2. will do',
    'see above. mark as done',
    "[09:02] Bot: You're chatting with Parcelwing Support.\n[09:02] Parcelwing: how can we help?",
    '[10:02] Agent (Ferrolink): Hi there!\n[10:05] Agent (Ferrolink): see status.ferrolink.io',
  ],
);

table(
  'access codes asked for and given, combinations, door codes in other languages, short security codes',
  [
    [
      "Driver: What's the code for the gate again?\nMe 07:53: sure. its 2 6 1 8 then the button\nDriver 08:20: code not working\nMe 08:21: sorry!! changed it last week, its 7740 now",
      "Driver: What's the code for the gate again?\nMe 07:53: sure. its [SECRET] then the button\nDriver 08:20: code not working\nMe 08:21: sorry!! changed it last week, its [SECRET] now",
    ],
    [
      'The yard gate has a combination padlock, 3-1-4-1. Keys inside',
      'The yard gate has a combination padlock, [SECRET]. Keys inside',
    ],
    [
      "I'll give him the locker combination, it's six two eight one. Thanks",
      "I'll give him the locker combination, it's [SECRET]. Thanks",
    ],
    ['Il portone ha il codice 4826. Grazie', 'Il portone ha il codice [SECRET]. Grazie'],
    [
      'card 3782 822463 10005 exp 04/28, sec code 4402, call back',
      'card [CARD] exp 04/28, sec code [SECRET], call back',
    ],
    [
      'dostałem SMS z kodem weryfikacyjnym 603 118, nie prosiłem',
      'dostałem SMS z kodem weryfikacyjnym [SECRET], nie prosiłem',
    ],
    [
      'I tried the backup code from setup, R4WQ-8ZKM-T2PX, it is rejected',
      'I tried the backup code from setup, [SECRET], it is rejected',
    ],
  ],
  [
    "What's the error code?\nMe: its 5003 again",
    'Portone: codice fiscale n/a, civico 12',
    'the sec code field rejects 12 chars',
    'which combo do you want?\nMe: its 2 for 1',
    "Agent: What's the answer to your question?\nDriver: That's fine, there's time",
  ],
);

table(
  'national numbers: SIN a few sentences on, CHI, Aadhaar by its check, ITIN, KRA PIN, isikukood, dotted DNI, JSON and table columns',
  [
    [
      'You asked for my Social Insurance Number for the T4A slip (claim STD-4410). Is email safe? Here it is anyway: 046 454 286.',
      'You asked for my Social Insurance Number for the T4A slip (claim STD-4410). Is email safe? Here it is anyway: [SSN].',
    ],
    ['CHI number: 0101011245\nMessage: please chase', 'CHI number: [SSN]\nMessage: please chase'],
    [
      'They want his Aadhaar again, I uploaded it twice already. Number is 2345 6789 0124.',
      'They want his Aadhaar again, I uploaded it twice already. Number is [SSN].',
    ],
    ['I file with ITIN 912-70-1234 since 2019', 'I file with ITIN [SSN] since 2019'],
    ['KRA PIN: P051234567Q\nPhone: none', 'KRA PIN: [SSN]\nPhone: none'],
    ['the isikukood field rejects 37605030299 again', 'the isikukood field rejects [SSN] again'],
    ['My CUIL is 20-12345678-6 and my DNI 12.345.678. Thanks', 'My CUIL is [SSN] and my DNI [SSN]. Thanks'],
    ['{"employee": {"sin": "046454286", "dept": "ops"}}', '{"employee": {"sin": "[SSN]", "dept": "ops"}}'],
    [
      'cust_id,name,pan,email\nC-1,Rohit Mehra,AHXPM7712K,r@example.in',
      'cust_id,name,pan,email\nC-1,[NAME],[SSN],[EMAIL]',
    ],
    [
      '{"first_name":"Aled","surname":"Pritchard","team":"ops"}',
      '{"first_name":"[NAME]","surname":"[NAME]","team":"ops"}',
    ],
  ],
  [
    'Social Insurance Number change form, ref 046 454 287 attached',
    'They want his Aadhaar again for the claim. Order 2345 6789 0125 shipped.',
    'ITIN renewal batch 912-70-1234-55',
    'KRA portal down since 09:00, ticket P0512',
    'the isikukood field rejects 37605030298 again',
  ],
);

table(
  'codes given back in a chat, read out after a dash, listed and numbered, by how they came, porting codes',
  [
    [
      "You'll need your Number Transfer PIN. Make one in the app under Account.\nCustomer: ok got it, its 405918\nAgent: Thanks.",
      "You'll need your Number Transfer PIN. Make one in the app under Account.\nCustomer: ok got it, its [SECRET]\nAgent: Thanks.",
    ],
    [
      "[09:05] Agent: you'll get a one-time code by text. Don't share it.\n[09:06] Visitor: got it its 662019, where do i put it?",
      "[09:05] Agent: you'll get a one-time code by text. Don't share it.\n[09:06] Visitor: got it its [SECRET], where do i put it?",
    ],
    [
      'She read out the verification code sent by SMS — he gave them 318 552. Then',
      'She read out the verification code sent by SMS — he gave them [SECRET]. Then',
    ],
    [
      'the recovery codes I saved for 2FA, none work:\n  1) 30412-88163\n  2) 77102-45519\nHelp',
      'the recovery codes I saved for 2FA, none work:\n  1) [SECRET]\n  2) [SECRET]\nHelp',
    ],
    [
      'I tried the backup codes from the PDF and each one says "invalid": 5521-7730, 1184-2209. Help',
      'I tried the backup codes from the PDF and each one says "invalid": [SECRET], [SECRET]. Help',
    ],
    [
      'I entered the one that came by text (402 118) at once',
      'I entered the one that came by text ([SECRET]) at once',
    ],
    ['Got my PAC ok: PQR 552 904, expires Friday.', 'Got my PAC ok: [SECRET], expires Friday.'],
    [
      'ik kreeg een sms met een verificatiecode (740 226) terwijl ik sliep',
      'ik kreeg een sms met een verificatiecode ([SECRET]) terwijl ik sliep',
    ],
    [
      'Issued a Temporary Access Pass 9vT!kQ2m@Rx4 valid 8h.',
      'Issued a Temporary Access Pass [SECRET] valid 8h.',
    ],
    // No code in the number the code went to (the number is a phone's).
    [
      'eSIM swap requested, OTP sent to 07700 900714, entered correctly',
      'eSIM swap requested, OTP sent to [PHONE], entered correctly',
    ],
  ],
  [
    'We packed 3 PAC units (PAC-2210) for the site',
    'boarding pass and access pass for the venue were emailed',
    'Customer: 1500 orders a month, roughly',
  ],
);

table(
  'credentials in configs and URLs, national numbers a sentence after their names',
  [
    [
      '[wireless.iface_5g]\nssid=Hub-7C2A_5G\nencryption=sae-mixed\nkey=tide-marble-44-Ferry\nhidden=0',
      '[wireless.iface_5g]\nssid=Hub-7C2A_5G\nencryption=sae-mixed\nkey=[SECRET]\nhidden=0',
    ],
    [
      'DB_URL=postgres://svc:Cl@ud-Berry-12@db.internal:5432/app',
      'DB_URL=postgres://svc:[SECRET]@db.internal:5432/app',
    ],
    [
      'Aparece "CPF inválido" mas está certo: 111.444.777-35. Titular',
      'Aparece "CPF inválido" mas está certo: [SSN]. Titular',
    ],
    [
      'il mio codice fiscale è sbagliato (manca una lettera). Quello corretto è RSSMRA80A01H501U. Grazie',
      'il mio codice fiscale è sbagliato (manca una lettera). Quello corretto è [SSN]. Grazie',
    ],
    [
      'the form says "SIN could not be verified (code CV-212)". I typed it right: 046 454 286. Thanks',
      'the form says "SIN could not be verified (code CV-212)". I typed it right: [SSN]. Thanks',
    ],
  ],
  [
    '[wireless]\nssid=Hub\nkey_mgmt=WPA-PSK\nchannel=36',
    'see https://docs.example.com/a@b for details',
    'CPF field: order 111.444.777-36 shipped',
  ],
);

table(
  'codes told to fraudsters, tried before their names, changed, and card codes by their digits',
  [
    [
      'I typed my card 4111111111111111 exp 08/27 and the 3 digit code 552 as well',
      'I typed my card [CARD] exp 08/27 and the 3 digit code [SECRET] as well',
    ],
    [
      'He asked me for the OTP that came to my phone and I gave him 771045. Then',
      'He asked me for the OTP that came to my phone and I gave him [SECRET]. Then',
    ],
    ['Ik heb hem helaas de code 42 19 07 gegeven.', 'Ik heb hem helaas de code [SECRET] gegeven.'],
    ["I've tried 7702 (my old PIN) twice at the till", "I've tried [SECRET] (my old PIN) twice at the till"],
    [
      'Charge the Amex 3782 822463 10005, exp 04/26, CID 7311. Thanks',
      'Charge the Amex [CARD], exp 04/26, CID [SECRET]. Thanks',
    ],
    [
      'six false alarms from zone 04.\n[10:05] Visitor: do you need the code to reset it? its 5820',
      'six false alarms from zone 04.\n[10:05] Visitor: do you need the code to reset it? its [SECRET]',
    ],
    [
      'Please change the master code on our panel from 3381 to 9024 today',
      'Please change the master code on our panel from [SECRET] to [SECRET] today',
    ],
    [
      'You should get a fresh code in a minute.\n[09:15:58] Visitor: got it, 220947\n[09:16:10] Agent: thanks',
      'You should get a fresh code in a minute.\n[09:15:58] Visitor: got it, [SECRET]\n[09:16:10] Agent: thanks',
    ],
    [
      'new temp password issued over the phone: Kestrel-4471 (change it on login)',
      'new temp password issued over the phone: [SECRET] (change it on login)',
    ],
    [
      'Verbal password stays the same: BUTTERCUP\nOther notes',
      'Verbal password stays the same: [SECRET]\nOther notes',
    ],
    [
      'answered her security question (first school: Hillcrest) for them',
      'answered her security question (first school: [SECRET]) for them',
    ],
  ],
  [
    'CID 4412 assigned to the caller',
    'the code from 2019 to 2024 changed',
    'order 1234 (my old order) shipped',
    'the phone password is not set',
    'verbal password: required',
    'the password issued by the admin expired',
  ],
);

table(
  'addresses: a Swedish flat number, a postcode before "as"',
  [
    ['skicka till Sveavägen 44, lgh 1203, 113 59 Stockholm. Tack', 'skicka till [ADDRESS]. Tack'],
    [
      'we moved in at 14 Rimu Road, Kelburn, Wellington 6012 as of Monday. Thanks',
      'we moved in at [ADDRESS] as of Monday. Thanks',
    ],
  ],
  ['we shipped 2500 as of Monday', 'the lgh column is empty'],
);

table(
  'codes given in replies and read to callers, transfer codes after a colon, passwords asked for',
  [
    [
      "read the redemption code exactly?\nCustomer: she says it's K8PW-3NXQ-7TRM-2HVD\nAgent: ok",
      "read the redemption code exactly?\nCustomer: she says it's [SECRET]\nAgent: ok",
    ],
    [
      "Driver: I'm at the gate, is there a code?\nCustomer: yes 3391 then # and left",
      "Driver: I'm at the gate, is there a code?\nCustomer: yes [SECRET] then # and left",
    ],
    [
      'Agent: I just texted a 6-digit code to your phone, what does it say?\nCustomer: 318-206\nAgent: ok',
      'Agent: I just texted a 6-digit code to your phone, what does it say?\nCustomer: [SECRET]\nAgent: ok',
    ],
    [
      'el código de autorización que me dio el agente no funciona: Qx7#pL2m-Rt9. Gracias',
      'el código de autorización que me dio el agente no funciona: [SECRET]. Gracias',
    ],
    ['The code you sent (EPP: 4fG#tR8w!Kp2) is rejected', 'The code you sent (EPP: [SECRET]) is rejected'],
    [
      'backup codes, tried these:\n  5812-3307\n  6620-1495 (used in March I think)\n',
      'backup codes, tried these:\n  [SECRET]\n  [SECRET] (used in March I think)\n',
    ],
    [
      'can you just set it to Sunflower88! so i can get in',
      'can you just set it to [SECRET] so i can get in',
    ],
    ['Dane: kod recepty 4417, PESEL 44051401359.', 'Dane: kod recepty [SECRET], PESEL [SSN].'],
    [
      'The code for the staff car park barrier is 6218, keep it quiet.',
      'The code for the staff car park barrier is [SECRET], keep it quiet.',
    ],
    [
      'I read them the code from my text, 552019, before I realised.',
      'I read them the code from my text, [SECRET], before I realised.',
    ],
    [
      'He asked me to share OTP and I shared 820114 too',
      'He asked me to share OTP and I shared [SECRET] too',
    ],
    [
      'asked my security question and I told him the answer is Marmite — could that be it?',
      'asked my security question and I told him the answer is [SECRET] — could that be it?',
    ],
    [
      'pediu o código de 6 dígitos que chegou por SMS (era 771204). Depois',
      'pediu o código de 6 dígitos que chegou por SMS (era [SECRET]). Depois',
    ],
  ],
  [
    "What's the tracking code?\nCustomer: yes 4410 boxes",
    'set it to Summer2024. thanks',
    'the EPP: see the docs page',
    'the error code for the barrier is 4419 in the log',
  ],
);

table(
  "national numbers: Spain's NIF, OHIP and personnummer a sentence on",
  [
    ['Nombre: Lucía Ortega\nNIF: 12345678Z\nDirección: n/a', 'Nombre: [NAME]\nNIF: [SSN]\nDirección: n/a'],
    [
      'charged $110 though OHIP covers it. His health card number is 1234-567-897 (version KT).',
      'charged $110 though OHIP covers it. His health card number is [SSN] (version KT).',
    ],
    [
      "my personnummer 850709-2388 fails. It says the format is wrong, but that's how my ID card has it. I've tried 19850709-2388 too.",
      "my personnummer [SSN] fails. It says the format is wrong, but that's how my ID card has it. I've tried [SSN] too.",
    ],
  ],
  ['NIF: 12345678A per the form', 'OHIP office closed; ticket 1234-567-898 pending'],
);

table(
  'a unit alone on the line above the street',
  [
    [
      'Send it to:\nFlat 2, 1st floor\n18 Marchmont Road\nEdinburgh EH9 1HZ\nThanks',
      'Send it to:\n[ADDRESS]\nThanks',
    ],
    ['Deliver to\nApt 4B\n55 Elm Street, Springfield, IL 62704', 'Deliver to\n[ADDRESS]'],
  ],
  ['Flat fee applies.\nSee the FAQ', 'Unit tests failed\nsee build 1234'],
);

table(
  'codes given to callers a sentence on, env keys with the word glued in, capitalised passphrases',
  [
    [
      'they asked me to read out the code you texted. I gave them 552 908 before I realised',
      'they asked me to read out the code you texted. I gave them [SECRET] before I realised',
    ],
    [
      'El código que me llega por mensaje es 640118 pero ya expiró.',
      'El código que me llega por mensaje es [SECRET] pero ya expiró.',
    ],
    [
      'Courier: app needs the handover code too\nCustomer: 7702\nCourier: ok',
      'Courier: app needs the handover code too\nCustomer: [SECRET]\nCourier: ok',
    ],
    [
      'please put a security password on the account. Use Juniper-Harbour-31.',
      'please put a security password on the account. Use [SECRET].',
    ],
    [
      'APP_URL=https://x.example\nAPP_WSTOKEN=9f8e7d6c5b4a39281706f5e4\nAPP_MODE=prod',
      'APP_URL=https://x.example\nAPP_WSTOKEN=[SECRET]\nAPP_MODE=prod',
    ],
    ['EPP / auth code is Qm4#vT8p!Lz2. Please start', 'EPP / auth code is [SECRET]. Please start'],
    [
      'The Aadhaar upload is blurred, the number is not readable.\n[11:07] Partner: number is 2345 6789 0124 sir',
      'The Aadhaar upload is blurred, the number is not readable.\n[11:07] Partner: number is [SSN] sir',
    ],
  ],
  [
    'TOKEN_URL=https://auth.example.com/token\nSESSION_TOKEN_TTL=36000000',
    'the code was wrong. I used 2024 as the year',
    'see the Release-Notes-2024 page for the password change',
  ],
);
