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
      'Mobile number currently on the account: 07700 900461',
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

table(
  'business numbers and meeting rooms are identifiers; a bracketed PIN is not the end of a longer number',
  [],
  [
    'Our supplier ID for you is SUP-4410, ABN 19 046 544 044. Please upload',
    'Join the bridge: Zoom 845 2201 9937 (passcode in the invite)',
    'Bank transaction refs: 0718822610 and 0718822611.',
  ],
);

table(
  'names: signed with "@ company", capitals with a middle initial, desk labels, lower-case speakers, plural labels',
  [
    [
      'thanks\n-- Bartek Wiśniewski, data eng @ Vistula Labs\n',
      'thanks\n-- [NAME], data eng @ Vistula Labs\n',
    ],
    ['exp 04/28, name on card MARIA T. OYELARAN. charge it', 'exp 04/28, name on card [NAME]. charge it'],
    ['Cardholder: DANIEL R OKAFOR', 'Cardholder: [NAME]'],
    [
      'Brightdesk Support (Tobi): Hello! How can I help?\nCustomer: my login fails',
      'Brightdesk Support ([NAME]): Hello! How can I help?\nCustomer: my login fails',
    ],
    ['priya (customer): hi there, the invoice is wrong', '[NAME] (customer): hi there, the invoice is wrong'],
    ['Full names: Lindiwe Grace Dlamini\nID type: passport', 'Full names: [NAME]\nID type: passport'],
    [
      'Names as per passport: Arjun Menon and Kavitha Nair.\nDeparture 12 May',
      'Names as per passport: [NAME] and [NAME].\nDeparture 12 May',
    ],
    ['Chat with Siti Hajar binte Osman, re: refund', 'Chat with [NAME], re: refund'],
    ['signed as on my card (Elena M Vasquez). Thanks', 'signed as on my card ([NAME]). Thanks'],
    [
      'She wrote:\n"pls cancel the order today - Fiona"\n\nCan you help?',
      'She wrote:\n"pls cancel the order today - [NAME]"\n\nCan you help?',
    ],
    [
      'Call notes 10:12\nCx: Thandiwe Mokoena. Says card blocked',
      'Call notes 10:12\nCx: [NAME]. Says card blocked',
    ],
  ],
  [
    'see the list:\n- Open Settings, then @ Admin',
    'Northwind Support (Mon-Fri): 9am to 5pm',
    'note (support): restart the box',
    'escalated to KYC team Q-KYC-IN, TAT 48h.',
    'Grazie mille.\n',
    'Customer: hiya, is breakfast included?',
    'the log said "retry in 5 - Done"\nok',
    'Status: Pending. Customer called back',
  ],
);

table(
  'national numbers by their name a sentence away, or asked for on the line before',
  [
    [
      '[14:05] Agent: we need your SIN before payouts. Please use Settings.\n[14:06] Customer: ok its 046 454 286',
      '[14:05] Agent: we need your SIN before payouts. Please use Settings.\n[14:06] Customer: ok its [SSN]',
    ],
    [
      'NIN (National Identification Number): 70123456789\nPhone',
      'NIN (National Identification Number): [SSN]\nPhone',
    ],
    [
      'the clinic wants my NHS number so the letter reaches my GP, it is 943 476 5919.',
      'the clinic wants my NHS number so the letter reaches my GP, it is [SSN].',
    ],
    [
      'They need my ID number before the consult goes ahead, so here it is: 8001015009087.',
      'They need my ID number before the consult goes ahead, so here it is: [SSN].',
    ],
    ['id_type: FIN\nid_number: G1234567X\n', 'id_type: FIN\nid_number: [SSN]\n'],
  ],
  ['SIN updated.\nOrder 046 454 286 shipped', 'Order ID 8001015009087 shipped'],
);

table(
  'codes by their announced digits, gift-card codes listed, security answers in phrases',
  [
    [
      'I typed my password and then the 6 digit code that came to my phone, 402918. it then asked',
      'I typed my password and then the 6 digit code that came to my phone, [SECRET]. it then asked',
    ],
    [
      'I entered the 6-digit code from the text message, 771042, and it failed',
      'I entered the 6-digit code from the text message, [SECRET], and it failed',
    ],
    [
      'He sold me store gift cards. I read him the codes. Two of the codes are GCX4-8KQ2-Z7PM-31RT and GCX4-2WW9-LM4D-88KQ.',
      'He sold me store gift cards. I read him the codes. Two of the codes are [SECRET] and [SECRET].',
    ],
    [
      'they asked for my security question answer to update it - it\'s "Kettle Drum Lane" (my first street)',
      'they asked for my security question answer to update it - it\'s "[SECRET]" (my first street)',
    ],
    [
      'I failed the security question twice I think. The answer should be Tobermory, where I grew up',
      'I failed the security question twice I think. The answer should be [SECRET], where I grew up',
    ],
    ['security answer: Copper Beech', 'security answer: [SECRET]'],
  ],
  [
    'the 6 digit code for order 552109 never came',
    'I never got the six-digit code. Order 552109 is stuck',
    'error codes are E4K2-77A1-9BQ2 in the log',
    'characters 2, 5 and 7 of my memorable word, which I gave above',
  ],
);

table(
  'phones: an account on the number, and no number run into a slashed date',
  [
    [
      'this is Dan, acct is on 312-555-0148. my app logged out',
      'this is [NAME], acct is on [PHONE]. my app logged out',
    ],
  ],
  ['CALL NOTES - agent 4410 - 2025/04/02 09:15', 'account on 4471 2231 0098'],
);

table(
  'a second batch: sign-offs, role shorthand, speakers with their company, signature lines with a role',
  [
    [
      'I cannot phone well so please write me.\n\nThank you very much\nKasia\n',
      'I cannot phone well so please write me.\n\nThank you very much\n[NAME]\n',
    ],
    [
      'the secret stopped validating.\n\nThanks — Wojciech Zieliński, integrations lead, MedBridge\n',
      'the secret stopped validating.\n\nThanks — [NAME], integrations lead, MedBridge\n',
    ],
    [
      'cb reqd. pt Marcus J. Bell, dob 11/30/85, called re: bill',
      'cb reqd. pt [NAME], dob [DOB], called re: bill',
    ],
    [
      'Customer: hi what is the support PIN?\nAgent (Corvane – Raj): Hi, for security I cannot',
      'Customer: hi what is the support PIN?\nAgent (Corvane – [NAME]): Hi, for security I cannot',
    ],
    [
      'pls kill the key asap.\n- kofi\nsent from my iphone',
      'pls kill the key asap.\n- [NAME]\nsent from my iphone',
    ],
    ['Reinstate it NOW.\n\nDeclan Furlong, CTO\n087 930 5516', 'Reinstate it NOW.\n\n[NAME], CTO\n[PHONE]'],
  ],
  [
    'use 12 pt Arial for the letter',
    'Claims Ops: Storm Darragh is now CAT-24-UK-12, please tag',
    'Damage from Storm Bert on 23/11 to my roof',
    'Dear Claims Officer,\n\nRE: TRAVEL CLAIM',
    'Thanks,\nDatabase Reliability',
    'thanks — great work on this',
  ],
);

table(
  'a second batch: numbers that are no phone, answers to named questions, codes, addresses',
  [
    [
      'Verification: DOB 07/19/1991, security Q "first pet" = Biscuit, last 4 ok',
      'Verification: DOB [DOB], security Q "first pet" = [SECRET], last 4 ok',
    ],
    [
      "Security question (mother's maiden name): Threlfall\nReason: lost phone",
      "Security question (mother's maiden name): [SECRET]\nReason: lost phone",
    ],
    [
      "Agent: and the answer to your security question?\nCustomer: the question is first pet's name, it's Pickles",
      "Agent: and the answer to your security question?\nCustomer: the question is first pet's name, it's [SECRET]",
    ],
    [
      'cant login since morning. otp coming 739104 but it fails',
      'cant login since morning. otp coming [SECRET] but it fails',
    ],
    [
      'at the front desk rn. number on the acct is 617-555-0129. club: back bay',
      'at the front desk rn. number on the acct is [PHONE]. club: back bay',
    ],
    [
      'The address I entered is correct:\n\n3-14-2 Ebisu, Shibuya-ku, Tokyo 150-0013\n\nPlease resend',
      'The address I entered is correct:\n\n[ADDRESS]\n\nPlease resend',
    ],
    ['Marisol Vega\n4417 E Calle Redonda, Tucson, AZ 85718\n', '[NAME]\n[ADDRESS]\n'],
    [
      'Agent: Can I grab your Medicare card number and DOB?\n[10:04] Liam: 2950 38171 1, dob 30/06/1994',
      'Agent: Can I grab your Medicare card number and DOB?\n[10:04] [NAME]: [SSN], dob [DOB]',
    ],
  ],
  [
    'Hallam Logistics Ltd, registered in England No. 08812345.',
    'Northgate Robotics Ltd is registered in England and Wales, company no. 09876543.',
    'Refill qty 90 tabs, DIN 02242705. Pt pays $0',
    'Bike: Brompton, frame no. 2203145678, bought 2022',
    'Account number on the invoice is 0207 4411 93',
    'error in the ku module',
  ],
);

table(
  'a third batch: codes that expire, answers in replies, other Authorization schemes, numbers sent to',
  [
    [
      'in: NEW\nout: Your Larder & Loom code is 302957. It expires in 10 minutes.',
      'in: NEW\nout: Your Larder & Loom code is [SECRET]. It expires in 10 minutes.',
    ],
    [
      "Agent: and the answer to your security question?\nVisitor: AC-2048, the answer to first school is St Bernadette's",
      'Agent: and the answer to your security question?\nVisitor: AC-2048, the answer to first school is [SECRET]',
    ],
    [
      'They also asked my security question answer (first pet name) which is Bruno, I told that also.',
      'They also asked my security question answer (first pet name) which is [SECRET], I told that also.',
    ],
    [
      "Desk: what's the answer to your security question 'first school'?\nRohan: St. Xavier's Ahmedabad\nDesk: thanks",
      "Desk: what's the answer to your security question 'first school'?\n[NAME]: [SECRET]\nDesk: thanks",
    ],
    [
      'Host: example.okta.com\nAuthorization: SSWS 00leSrcBrFwMOUdGDxnvsDES92Ep9kD7JxlmXVo6Ma\n',
      'Host: example.okta.com\nAuthorization: SSWS [SECRET]\n',
    ],
    [
      "Please log in. You'll get a new code to 07700 900862.",
      "Please log in. You'll get a new code to [PHONE].",
    ],
    [
      'send the laptop to 17 Kowhai Street, Ponsonby, Auckland 1011 not the Hamilton office',
      'send the laptop to [ADDRESS] not the Hamilton office',
    ],
    ['The vendor Engr. Babatunde Adewale came on 6th March', 'The vendor Engr. [NAME] came on 6th March'],
  ],
  [
    'the discount code is 302957 and expires Friday',
    'authorization: required for version 2.14.3-beta',
    'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0',
    'The card is on file, expiring 08/28, billing ZIP 29401.',
    'INC0052210 / parent INC0052198. SLA breach 16:30.',
    'I am the account holder, consumer no. 1123 4480 5521 under Jayanagar sub-division',
    '80C: ELSS (folio 91827364/55)',
    'tried that too. number im texting from is the same',
    'no dogs in the garden.\n\nShot\n',
  ],
);

table(
  'a fourth batch: placeholders, answers in brackets and lists, national numbers, suffixes, extensions',
  [
    [
      'Verified via: account PIN 7391 + security answer ("Bramble")\nReason: invoices',
      'Verified via: account PIN [SECRET] + security answer ("[SECRET]")\nReason: invoices',
    ],
    [
      'ID&V: DOB ok, postcode ok, memorable answer given - "Fitzgerald" (maiden name) ok',
      'ID&V: DOB ok, postcode ok, memorable answer given - "[SECRET]" (maiden name) ok',
    ],
    [
      'For the record the answers I set up are: first pet Biscuit, and city I was born in Gdańsk. Please unlock',
      'For the record the answers I set up are: first pet [SECRET], and city I was born in [SECRET]. Please unlock',
    ],
    [
      'Recovery code (if you have one): 7KQ4-M2XP-9HDL\nRequest ID: rec_01J0F2A8Z',
      'Recovery code (if you have one): [SECRET]\nRequest ID: rec_01J0F2A8Z',
    ],
    [
      'the otp i got on sms was 615207 but it says expired',
      'the otp i got on sms was [SECRET] but it says expired',
    ],
    ['my IRD number is 118-029-31, I am NZ tax resident', 'my IRD number is [SSN], I am NZ tax resident'],
    [
      'Agent: please provide your full names and ID number.\nClient: Thandiwe Nomsa Mokoena 9302271879083',
      'Agent: please provide your full names and ID number.\nClient: [NAME] [SSN]',
    ],
    [
      'the app asks my social security number but says it is too long. It is 2 87 06 75 112 043 05.',
      'the app asks my social security number but says it is too long. It is [SSN].',
    ],
    [
      'Legal name as on the card: Terrence J. Whitfield Jr. Address on file',
      'Legal name as on the card: [NAME] Address on file',
    ],
    ['Contact: 033 4061 2290 extn 14\nRequested: restoration', 'Contact: [PHONE]\nRequested: restoration'],
    [
      'it was opened from IP 198.51.100.77 and later accessed',
      'it was opened from IP [IP] and later accessed',
    ],
    ['Assigned: Farhan Siddiqui, FE Kolkata East. Due today', 'Assigned: [NAME], FE Kolkata East. Due today'],
  ],
  [
    'client_id=cli_4Ff83kPz&client_secret=[REDACTED]&scope=pipelines:read',
    '2024-06-11 03:19:02 UTC  apikey.create  key_id=key_9Fz2Q',
    'supported on firmware 10.2.0.1 and later',
    'ricevuta (rif. operazione 0309-552-187734). Potete verificare',
    'the PIN on 12 May was fine',
  ],
);

table(
  'a fifth batch: speakers, name columns with an owner, floors and units, answers and replies',
  [
    [
      'Chat transcript\nThandiwe (Customer): Hi, the driver would not hand it over\nAgent: sorry',
      'Chat transcript\n[NAME] (Customer): Hi, the driver would not hand it over\nAgent: sorry',
    ],
    [
      'row,member_last,member_first,dob,error\n118,Okafor,Chidi,1979-03-02,ERR-ZIP',
      'row,member_last,member_first,dob,error\n118,[NAME],[NAME],[DOB],ERR-ZIP',
    ],
    ['ID number for verification: 7901184792085. Thanks', 'ID number for verification: [SSN]. Thanks'],
    [
      'deliver to the office instead? 42 Residency Road, 3rd Floor, Bengaluru 560025\nthanks',
      'deliver to the office instead? [ADDRESS]\nthanks',
    ],
    [
      'i stay at 18 Jacaranda Street, Unit 7, Hatfield, Pretoria 0083 but it went elsewhere',
      'i stay at [ADDRESS] but it went elsewhere',
    ],
    [
      'it asked security question "name of your first school" and i answered St. Xavier\'s High School Ranchi but no',
      'it asked security question "name of your first school" and i answered [SECRET] but no',
    ],
    [
      'Agent: And the answer to your security question (first pet)?\nCustomer: Biscuit. lol always biscuit',
      'Agent: And the answer to your security question (first pet)?\nCustomer: [SECRET]. lol always [SECRET]',
    ],
    [
      'the mismatch is because the name on the account (Babatunde Adeyemi) differs from the record',
      'the mismatch is because the name on the account ([NAME]) differs from the record',
    ],
    [
      "Agent: Thanks. I've triggered a fresh OTP, please enter it within 5 min.\nAnanya: got it, 582046 but again an error",
      "Agent: Thanks. I've triggered a fresh OTP, please enter it within 5 min.\nAnanya: got it, [SECRET] but again an error",
    ],
    [
      "It shows 234-61-8820 which is my late husband's SSN, Robert Chen. Please fix",
      "It shows [SSN] which is my late husband's SSN, [NAME]. Please fix",
    ],
  ],
  [
    'Billing (Customer): hi there',
    'Jade: Can you give me the account number?\nVisitor: DG-20481733, thanks',
    'Pattern: 9 new accounts, orders via Tor exit nodes',
  ],
);
