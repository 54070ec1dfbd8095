// Shapes a tenth round of labelled tickets showed the detectors missing or over-reading, each as a general rule
// with its positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'a code named again later on its line: "it was …", "old one was …", handed over first',
  [
    [
      'The caller wanted the OTP that reached my phone and I gave it, it was 604128. Then money left',
      'The caller wanted the OTP that reached my phone and I gave it, it was [SECRET]. Then money left',
    ],
    [
      'a man rang and asked for the code, i read it to him, it was 381920, now my account is empty',
      'a man rang and asked for the code, i read it to him, it was [SECRET], now my account is empty',
    ],
    [
      'need the padlock pin reset, lost the note. old one was 7305 i believe',
      'need the padlock pin reset, lost the note. old one was [SECRET] i believe',
    ],
    [
      'the PIN is fine, I tried it twice (its 9051 fwiw). Card still declined',
      'the PIN is fine, I tried it twice (its [SECRET] fwiw). Card still declined',
    ],
    [
      'my backup code from the day i turned on 2fa, pretty sure it was K7QD-82MX-P3WT but no luck',
      'my backup code from the day i turned on 2fa, pretty sure it was [SECRET] but no luck',
    ],
  ],
  [
    'the error code on the screen, it was 5003 again',
    'I entered the promo code but it was 2024 when I ordered',
    'asked for the code for order 5512, it was 4412 I think',
    'the code never came, it was 10 minutes ago',
    'she asked for the code and it was fine after that',
  ],
);

table(
  '"code\'s", an SMS quoted ("Your … code is"), a code read out "as", one of the backup codes asked for',
  [
    [
      "keys are in the key safe by the shed, code's 4 1 9 7. Ring me if stuck",
      "keys are in the key safe by the shed, code's [SECRET]. Ring me if stuck",
    ],
    [
      'then a text arrived: "Your Parcelly code is 590213" which I never asked for',
      'then a text arrived: "Your Parcelly code is [SECRET]" which I never asked for',
    ],
    ['Verified caller. Card PIN read out as 8142.', 'Verified caller. Card PIN read out as [SECRET].'],
    [
      'Agent: Can you read me one of your recovery codes?\nGuest: 5521-0937\nAgent: Thanks, verified.',
      'Agent: Can you read me one of your recovery codes?\nGuest: [SECRET]\nAgent: Thanks, verified.',
    ],
    [
      'I also typed the code from the text, 771930, but it had expired.',
      'I also typed the code from the text, [SECRET], but it had expired.',
    ],
    [
      'he wanted the code, I read it out, 229104, then he asked for the next one, 660183, and I lost access',
      'he wanted the code, I read it out, [SECRET], then he asked for the next one, [SECRET], and I lost access',
    ],
    ['Wejście: kod do bramy 2468, proszę dzwonić', 'Wejście: kod do bramy [SECRET], proszę dzwonić'],
  ],
  [
    'Your discount code is 150023 for next time',
    'Your order code is 448120 and ships today',
    "the error code's 5003",
    'Agent: Which of your codes did you redeem?\nGuest: 2024-05-01, thanks',
  ],
);

table(
  'security answers quoted after "the answer I set was", a quoted question and its guesses, where parents met',
  [
    [
      'Locked out at the security question. The answer I chose was "Pancake" but it says no. Maybe "pancake"?',
      'Locked out at the security question. The answer I chose was "[SECRET]" but it says no. Maybe "[SECRET]"?',
    ],
    [
      'The recovery hint answer was "Lakers2004". Please help',
      'The recovery hint answer was "[SECRET]". Please help',
    ],
    [
      'security questions again: for "first car" it was either Corolla or Civic, not sure',
      'security questions again: for "first car" it was either [SECRET] or [SECRET], not sure',
    ],
    [
      'verify with my security questions:\n- town my parents met in: Cork\n- first school: Greenvale',
      'verify with my security questions:\n- town my parents met in: [SECRET]\n- first school: [SECRET]',
    ],
  ],
  [
    'The answer was "no" from the security team',
    'for "order status" it was Pending all day, no question about it',
    'the answer I got was "we are looking into it"',
  ],
);

table(
  'names: a relation with a word between, "my names are", thanking, Rgds, Herrn, capital particles',
  [
    ['my late mother Oyinkansola Bright held the account', 'my late mother [NAME] held the account'],
    ['My names are Oghenekaro Musa Ibe, DOB 02/03/1999.', 'My names are [NAME], DOB [DOB].'],
    [
      'booking KAR-1021. my whatsapp +91 73388 40215. thanking, Senthilnathan Kumaravel\n',
      'booking KAR-1021. my whatsapp [PHONE]. thanking, [NAME]\n',
    ],
    [
      'Invoice attached.\n\nRgds,\nEoghan\nHarbour Print',
      'Invoice attached.\n\nRgds,\n[NAME]\nHarbour Print',
    ],
    ['Bitte wenden Sie sich an Herrn Baumgartner.', 'Bitte wenden Sie sich an Herrn [NAME].'],
    ['[09:02] Lieve Van der Stappen: the export failed', '[09:02] [NAME]: the export failed'],
  ],
  ['my late payment was refunded', 'my elderly laptop died', 'Van der Graaf generator demo at 3pm'],
);

table(
  'names: greeted introductions in any case, "X here from", lower-case titles, "is me, …", lists under "names:"',
  [
    ['"hey its Nkosinathi, the parcel never came"', '"hey its [NAME], the parcel never came"'],
    [
      'msg via SMS gateway:\n"hi its ruby kahn. my pin for the phone banking is 8812"',
      'msg via SMS gateway:\n"hi its [NAME]. my pin for the phone banking is [SECRET]"',
    ],
    ['Quick one — Marlene here from the Leeds branch.', 'Quick one — [NAME] here from the Leeds branch.'],
    [
      'call note 10:02 — outbound\nspoke w/ customer mrs adaeze okonjo-iweala, says courier lost it. ref JX-2231',
      'call note 10:02 — outbound\nspoke w/ customer mrs [NAME], says courier lost it. ref JX-2231',
    ],
    [
      'please add them to the booking, names:\n- ana lucia costa\n- tiago reis\nthe main guest is me, rui costa.',
      'please add them to the booking, names:\n- [NAME]\n- [NAME]\nthe main guest is me, [NAME].',
    ],
  ],
  [
    'hi its urgent. my order never came',
    'hello im stuck on login',
    'Its me, pls unblock',
    "Hi, I'm Shreya's assistant. She is away",
    'Hi this is Parcelly security. Do not share codes',
    'Dev here from the integrator side, POST /v2 fails',
    'Component names:\n- order service\n- payment gateway',
    'the mr coffee machine broke',
  ],
);

table(
  'names: a chat reply to "who am I chatting with?", one-word speakers with an agent, a title line, email sign-offs',
  [
    [
      'Agent Lou: Hi! Who am I chatting with?\nVisitor: marta klein\nAgent Lou: Hi Marta',
      'Agent [NAME]: Hi! Who am I chatting with?\nVisitor: [NAME]\nAgent [NAME]: Hi [NAME]',
    ],
    [
      'Ife: hello pls my card\nAgent Rose: Hi, how can I help?\nIfe: card blocked\nAgent Rose: ok\nIfe: thanks',
      '[NAME]: hello pls my card\nAgent [NAME]: Hi, how can I help?\n[NAME]: card blocked\nAgent [NAME]: ok\n[NAME]: thanks',
    ],
    [
      'Why is MFA off by default?\n\nAccount: Acme Co., plan Enterprise.\n\nGraham Pike\nIT Director\ngpike@example.com | 303.555.0188\n',
      'Why is MFA off by default?\n\nAccount: Acme Co., plan Enterprise.\n\n[NAME]\nIT Director\n[EMAIL] | [PHONE]\n',
    ],
    [
      'my email is xolani.zungu@example.co.za, nothing arrived. still waiting. xolani',
      'my email is [EMAIL], nothing arrived. still waiting. [NAME]',
    ],
  ],
  [
    'Agent: who am I speaking with?\nCustomer: no idea',
    'Bot: hello\nAgent: hi\nBot: menu\nBot: bye',
    'Cust: i was hacked\nAgent: sorry\nCust: help\nCust: now',
    'Gói của chúng tôi là Starter, mã ORG-58813',
    'Status: open\nAgent: hi\nStatus: pending\nStatus: closed',
  ],
);

table(
  "national numbers: Nigeria's BVN, a BSN a clause on, an NRIC with a note between",
  [
    ['BVN: 22451980376\nPhone on BVN: 0803 555 0101', 'BVN: [SSN]\nPhone on BVN: [PHONE]'],
    [
      'the bvn on my profile is wrong, it says 22190348571 but it should be 22190348517.',
      'the bvn on my profile is wrong, it says [SSN] but it should be [SSN].',
    ],
    [
      'Mijn BSN staat al in mijn profiel, maar hier is hij nogmaals voor de zekerheid: 111222333.',
      'Mijn BSN staat al in mijn profiel, maar hier is hij nogmaals voor de zekerheid: [SSN].',
    ],
    ['NRIC (for account verification): S1234567D', 'NRIC (for account verification): [SSN]'],
  ],
  ['order 22451980376 shipped, no BVN needed', 'BVN linked to account 31045529871 since May'],
);

table(
  'phones: "handphone" and "mera number", "llamarme al"; a New Zealand postcode before "this afternoon"',
  [
    ['Tan Mei Ling, Clementi. handphone 9234 5678. thanks', '[NAME], Clementi. handphone [PHONE]. thanks'],
    ['Mera number 98765 43210 hai, call karo', 'Mera number [PHONE] hai, call karo'],
    ['Pueden llamarme al 622 418 903 mañana.', 'Pueden llamarme al [PHONE] mañana.'],
    [
      'the courier left it at 12 Beach Road, Napier 4110 this morning',
      'the courier left it at [ADDRESS] this morning',
    ],
  ],
  ['my HP 1020 printer, serial 4455 1234', 'Mera order 98765 43210 hai'],
);

table(
  'addresses: any street words before a town and a full UK postcode, a Singapore road number before the unit',
  [
    ['Our studio is at 9 Pennington Wick, London E9 5EN since May', 'Our studio is at [ADDRESS] since May'],
    ['Deliver to: 5 Cwrt Bryn Felin, Caerphilly, CF83 1AB\nThanks', 'Deliver to: [ADDRESS]\nThanks'],
    [
      'mailing addr Blk 31 Jurong West Street 41 #05-220 Singapore 640031. Thanks',
      'mailing addr [ADDRESS]. Thanks',
    ],
  ],
  ['Order 12 Widgets, London SE1 9SG', 'we have 3 Offices, London, Leeds LS1 4AP'],
);

table(
  'round two: codes, a network password, national numbers a few clauses or a chat line on',
  [
    [
      'read him the code from the text\nAgent Jo: Please stop sharing codes. Which code did you give and when?\nCustomer: an hour ago, the code was 730914\nCustomer: then another one 118205\nAgent Jo: Thanks.',
      'read him the code from the text\nAgent [NAME]: Please stop sharing codes. Which code did you give and when?\nCustomer: an hour ago, the code was [SECRET]\nCustomer: then another one [SECRET]\nAgent [NAME]: Thanks.',
    ],
    [
      'the portal wants the security code from the letter, but the code HX4R-7QPM expired last week',
      'the portal wants the security code from the letter, but the code [SECRET] expired last week',
    ],
    [
      'using a backup code since I lost my phone: tried 5120-8831 and 6604-2917, both rejected',
      'using a backup code since I lost my phone: tried [SECRET] and [SECRET], both rejected',
    ],
    [
      'Support chat\nCustomer: i got the code its 662019\nAgent: never share it',
      'Support chat\nCustomer: i got the code its [SECRET]\nAgent: never share it',
    ],
    [
      'Guest wifi: Cottage-5G / pw harbourview2024\nCheckout 10am',
      'Guest wifi: Cottage-5G / pw [SECRET]\nCheckout 10am',
    ],
    ['Our IRD number is 049 091 850, please update it', 'Our IRD number is [SSN], please update it'],
    [
      "payroll needs my SIN before the 15th of the month and the portal upload keeps failing with a 502 every time so here goes. It's 046 454 286. Thanks",
      "payroll needs my SIN before the 15th of the month and the portal upload keeps failing with a 502 every time so here goes. It's [SSN]. Thanks",
    ],
    [
      "Caller: the app asks for my SIN again?\nAgent: Yes, for the credit check. You can read it to me.\nCaller: ok, it's 046 454 286.\nAgent: Thanks.",
      "Caller: the app asks for my SIN again?\nAgent: Yes, for the credit check. You can read it to me.\nCaller: ok, it's [SSN].\nAgent: Thanks.",
    ],
    [
      'the agency form wants my TFN for the "ATO schedule". No idea why a landlord needs that. I typed 123 456 782 for now',
      'the agency form wants my TFN for the "ATO schedule". No idea why a landlord needs that. I typed [SSN] for now',
    ],
  ],
  [
    'the discount code AB12-CD34 did not work',
    'product code XK12-9981 is out of stock',
    'I entered promo code 4817-2290 twice',
    'my wifi pw is the usual one',
    'the TFN field is optional. Reference 123 456 782 is the claim',
  ],
);

table(
  'round two: names in quoted messages, fillers, "Shot,", "thx" sign-offs, sentences before a signature, dashes',
  [
    [
      'got this text but nobody came??\n"Hi Sizwe, your ticket TT-1100 has been updated. Slot: Thu"',
      'got this text but nobody came??\n"Hi [NAME], your ticket TT-1100 has been updated. Slot: Thu"',
    ],
    [
      'Voicemail:\n"Hey it\'s, um, Nerida from Wattle Books, about the invoice"',
      'Voicemail:\n"Hey it\'s, um, [NAME] from Wattle Books, about the invoice"',
    ],
    [
      'the app crashes on the jobs screen now. Shot, Ruan',
      'the app crashes on the jobs screen now. Shot, [NAME]',
    ],
    ['email on file is tash.mbeki@example.co.za. thx tash', 'email on file is [EMAIL]. thx [NAME]'],
    [
      'Please fix it, we lost a day of sales.\nOluwadamilare Ajayi\n0803 555 0142',
      'Please fix it, we lost a day of sales.\n[NAME]\n[PHONE]',
    ],
    [
      'Kindly treat as urgent.\n\nChukwudi Eze\nCEO, Brightclean Services Ltd\n+44 7700 900 415\nc.eze@brightclean.co.uk',
      'Kindly treat as urgent.\n\n[NAME]\nCEO, Brightclean Services Ltd\n[PHONE]\n[EMAIL]',
    ],
    [
      'sync is broken again, please call 0402 771 385 - Kaz',
      'sync is broken again, please call [PHONE] - [NAME]',
    ],
    [
      'Please undo the fee. — Cathal, The Salty Dog, Galway',
      'Please undo the fee. — [NAME], The Salty Dog, Galway',
    ],
    [
      'no water since 6am. ref W-2201. - Meg 0421 555 372',
      'no water since 6am. ref W-2201. - [NAME] [PHONE]',
    ],
  ],
  [
    'nice shot, mate',
    'Shot, the update fixed it',
    'Restart it. - Open Settings, Privacy Tab, Top',
    'version 2.4.1 - Support',
    'Please call the office.\nHead Office',
  ],
);

table(
  'round two: phones after "HP" or a relation\'s "number", in reply to a question for one; addresses with suburbs',
  [
    ['Please stop it!! My HP 9184 3362. Name withheld', 'Please stop it!! My HP [PHONE]. Name withheld'],
    ["My father's number is 9822014537. Kindly call", "My father's number is [PHONE]. Kindly call"],
    [
      'Agent: Could you share the registered mobile number?\nCustomer: 9930218846\nAgent: Thanks',
      'Agent: Could you share the registered mobile number?\nCustomer: [PHONE]\nAgent: Thanks',
    ],
    [
      'Moved to 4 Bay View Road, Eastbourne, Lower Hutt 5013 so send it there',
      'Moved to [ADDRESS] so send it there',
    ],
    ['地址是 12 Queen Street, Mount Albert, Auckland 1025。谢谢', '地址是 [ADDRESS]。谢谢'],
    ['is it still going to 210 Kingsway, Burnaby BC V5H 1A1 right?', 'is it still going to [ADDRESS] right?'],
  ],
  [
    'the HP 9123 4567 printer',
    'HP 9123 4567 and more',
    'Agent: What is your order number?\nCustomer: see email',
  ],
);

table(
  'round three: national numbers of Indonesia, Sri Lanka, Viet Nam, Thailand and Ghana; PANs beside a legal_name column',
  [
    [
      'KTP sudah diunggah. NIK saya 3201014507880002, mohon dicek',
      'KTP sudah diunggah. NIK saya [SSN], mohon dicek',
    ],
    [
      'You asked for my NIC. Old one is 902301234V, the new format is 199023001234.',
      'You asked for my NIC. Old one is [SSN], the new format is [SSN].',
    ],
    ['Tôi đã gửi CCCD số 079190001234 hôm qua', 'Tôi đã gửi CCCD số [SSN] hôm qua'],
    ['ID 3-1001-00456-78-6 on the tax invoice please', 'ID [SSN] on the tax invoice please'],
    ['{"ghana_card": "GHA-123456789-0"}', '{"ghana_card": "[SSN]"}'],
    [
      'id,legal_name,pan,flag\n1,Ravi Kumar Menon,ABCPM1234K,OK\n2,Sunita Joshi,BXCPJ5678L,DUP',
      'id,legal_name,pan,flag\n1,[NAME],[SSN],OK\n2,[NAME],[SSN],DUP',
    ],
  ],
  [
    'NIK check failed for order 3201014507880002',
    'the NIC driver version 199023001234 is old',
    'build 3-1001-00456-78-4 failed',
    'id,product,sku,flag\n1,Widget,ABCPM1234K,OK',
  ],
);

table(
  'round three: digits-only backup codes listed, phones after PayNow or "contactarme", a name and number ending a text',
  [
    [
      'I printed the backup codes\nGuest: none work. the codes are 5521-0937, 6610-2284\nAgent: ok',
      'I printed the backup codes\nGuest: none work. the codes are [SECRET], [SECRET]\nAgent: ok',
    ],
    ['Refund the $9.20 to my PayNow 9234 1187.\nThanks', 'Refund the $9.20 to my PayNow [PHONE].\nThanks'],
    ['Pueden contactarme en el 622 418 903 por la tarde.', 'Pueden contactarme en el [PHONE] por la tarde.'],
    ['Card blocked now pls. Rakesh Nair, 9820 441 563', 'Card blocked now pls. [NAME], [PHONE]'],
    ['Please process it today. - Meena R, 9840011234', 'Please process it today. - Meena R, [PHONE]'],
  ],
  ['Build failed. Release Notes 1234 5678', 'the promo codes are 2024-2025 only'],
);

table(
  'round three: introductions in Tagalog, an account exec, a sign-off above an unaccented address',
  [
    ['Hi po! Ako po si Marivic Santos, seller po.', 'Hi po! Ako po si [NAME], seller po.'],
    ['Account exec is Tanya Brooks. Call her today', 'Account exec is [NAME]. Call her today'],
    [
      'Let me know if more is needed.\n\nSeán\nsean.obrien@example.ie',
      'Let me know if more is needed.\n\n[NAME]\n[EMAIL]',
    ],
  ],
  ['Account exec summary attached', 'the form only allows 10 characters. Asante'],
);

table(
  'round four: cards read out in words, a code on the back asked for, backup codes listed after a colon, consumer keys',
  [
    [
      'the card is a Visa, four five three two, zero one five one, one two eight three, zero three six six. Thanks',
      'the card is a Visa, [CARD]. Thanks',
    ],
    [
      'Agent (Mo): New card noted. And the three digits on the back?\nCaller: 731.\nAgent (Mo): Thanks',
      'Agent ([NAME]): New card noted. And the three digits on the back?\nCaller: [SECRET].\nAgent ([NAME]): Thanks',
    ],
    [
      'I have the backup codes I saved but none of them are being accepted: 7312-0045, 6620-1983. Help',
      'I have the backup codes I saved but none of them are being accepted: [SECRET], [SECRET]. Help',
    ],
    ['SHOP_CONSUMER_KEY=ck_0f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4', 'SHOP_CONSUMER_KEY=[SECRET]'],
  ],
  [
    'the order has four five items, two three boxes',
    'What is printed on the back?\nCaller: 2024 edition.',
    'the promo codes for the event: 2024-2025',
  ],
);

table(
  'round four: a reply to a request for a mobile number, names and IDs in replies',
  [
    [
      'Bot: Please share your registered mobile number\nCustomer: 98204 77312\nBot: Thanks.',
      'Bot: Please share your registered mobile number\nCustomer: [PHONE]\nBot: Thanks.',
    ],
    [
      'Agent: Can I have your NRIC to verify?\nCustomer (09:14): S1234567D\nAgent: ok',
      'Agent: Can I have your NRIC to verify?\nCustomer (09:14): [SSN]\nAgent: ok',
    ],
    [
      'they wanted my SIN for the phone plan and I read it out, which I now regret after reading your FAQ. The number I gave was 046 454 286. Please',
      'they wanted my SIN for the phone plan and I read it out, which I now regret after reading your FAQ. The number I gave was [SSN]. Please',
    ],
    [
      'Agent Lou: Who am I speaking with?\nVisitor: tomasz wilk.\nAgent Lou: Hi',
      'Agent [NAME]: Who am I speaking with?\nVisitor: [NAME].\nAgent [NAME]: Hi',
    ],
    ['Send to 9 Pennington Rye,Selby,YO8 4AB today', 'Send to [ADDRESS] today'],
  ],
  ['id,sku,status\n1,447700900431,OK', 'NIN check ref 08035512876 pending'],
);

table(
  "from a read of the round's change: spans and windows of the new rules",
  [
    [
      'security question: for "first pet" it was either Max or Maxine, not sure',
      'security question: for "first pet" it was either [SECRET] or [SECRET], not sure',
    ],
  ],
  [
    'pin reset please, it was 4821337766554433 for the account',
    'Agent: What is your cancellation reference?\nCustomer: 9930218845\nAgent: ok',
    'we left the key in the lobby. Storage Unit 8123 9954',
    'the support ticket: 3 Lorem\nAgent: ok\nLorem: a\nLorem: b',
  ],
);
