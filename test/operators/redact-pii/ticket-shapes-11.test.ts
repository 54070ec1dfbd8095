// Shapes an eleventh round of labelled tickets showed the detectors missing, each as a general rule with its
// positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'a value shaped as only a password is, near a login, credentials, wifi or a reset',
  [
    [
      'Please revoke his access to the shared admin login, the current one is Qv7!mTr2#Lp9x and he knows it.',
      'Please revoke his access to the shared admin login, the current one is [SECRET] and he knows it.',
    ],
    [
      'the reset email never arrives. just set it to this for now: Orchard!2031',
      'the reset email never arrives. just set it to this for now: [SECRET]',
    ],
    [
      'guest wifi in the meeting room: HQ-Guest / Tulip#Rain88',
      'guest wifi in the meeting room: HQ-Guest / [SECRET]',
    ],
    [
      'It says invalid credentials. We changed it on Monday to Kiwi#Lamp2029 and since then nothing works.',
      'It says invalid credentials. We changed it on Monday to [SECRET] and since then nothing works.',
    ],
  ],
  [
    'The reset job SyncJob#88412 failed again at 02:00 UTC.',
    'Login fails with error 0xC000006A? since the update.',
    'After the reset, build Release#2291 shipped to 40% of users.',
    'The wifi drops every 10 minutes on firmware v2.14.3, ticket TCK-99812.',
    'credentials page returns 503 for /login?next=%2Fdashboard',
  ],
);

table(
  'a key given as 32 to 64 hex digits after "key" ("Key was …", "app key …")',
  [
    [
      'I pasted our monitoring API key in the channel. Key was 9a3c5e7f1b2d4a6c8e0f1a3b5c7d9e2f, please rotate it.',
      'I pasted our monitoring API key in the channel. Key was [SECRET], please rotate it.',
    ],
    [
      'the app key 4e2a9c7b1d3f5e8a0c6b2d4f7a9e1c3b5d8f0a2c is in the public repo',
      'the app key [SECRET] is in the public repo',
    ],
  ],
  [
    'the idempotency key 9a3c5e7f1b2d4a6c8e0f1a3b5c7d9e2f was reused by the retry',
    'public key 4e2a9c7b1d3f5e8a0c6b2d4f7a9e1c3b5d8f0a2c is the one to pin',
    'trace_id=4bf92f3577b34da6a3ce929d0e0e4736 for the failed key rotation',
    'the cache key 0f3e5a7c9b1d2e4f6a8c0e2b4d6f8a1c collided',
  ],
);

table(
  "a password manager's Secret Key (A3-…) and an app password of four groups of four letters",
  [
    [
      'sorry I pasted it: A3-R8KD2P-W4MN7Q-XT5HV-9LPC2-QZ7RE-3JBW8 can you lock the account',
      'sorry I pasted it: [SECRET] can you lock the account',
    ],
    [
      'Outlook settings\nUsername: someone@example.com\nPassword: wkrt yzvb plqm dfgh\nServer: imap.example.com',
      'Outlook settings\nUsername: [EMAIL]\nPassword: [SECRET]\nServer: imap.example.com',
    ],
    [
      'the app password it gave me is hjsk qwpo zmxn lrtv but Thunderbird rejects it',
      'the app password it gave me is [SECRET] but Thunderbird rejects it',
    ],
  ],
  [
    'Please quote A3-100 on the return form.',
    'Password: Will Send Them Soon',
    'password reset link: sent twice, both expired',
    'the password is fine, the sync is what fails',
  ],
);

table(
  'a national number a clause on: "account" between, "update the same as"',
  [
    [
      "they say they don't have my TFN. I gave it when I opened the account. It's 123 456 782.",
      "they say they don't have my TFN. I gave it when I opened the account. It's [SSN].",
    ],
    [
      'my SIN is wrong in the payroll profile and my claims bounce, kindly update the same as 046 454 286 soon',
      'my SIN is wrong in the payroll profile and my claims bounce, kindly update the same as [SSN] soon',
    ],
  ],
  [
    'my TFN is on the form. Account number 123 456 782 is the savings one.',
    'my SIN is on file; update the ticket same as 123 456 789 please',
  ],
);

table(
  'addresses: "Address - …", places before a clause, a floor or tower before the street, a street before its unit',
  [
    [
      'Name - Chinedu Okeke\nAddress - 7 Awolowo Road, Ikoyi, Lagos\nKindly treat as urgent.',
      'Name - [NAME]\nAddress - [ADDRESS]\nKindly treat as urgent.',
    ],
    [
      'the shop at 9 Allen Avenue, Ikeja, Lagos has been closed since Monday',
      'the shop at [ADDRESS] has been closed since Monday',
    ],
    [
      'please courier it to 3rd Floor, 12 Adeola Odeku Street, Victoria Island, Lagos. Thanks',
      'please courier it to [ADDRESS]. Thanks',
    ],
    [
      'deliver to Unit 7C Tower 3, Bay Residences, 18 Roxas Boulevard, Pasay City 1300 before noon',
      'deliver to [ADDRESS] before noon',
    ],
    ['my address is 2250 Kingsway, Unit 5, Vancouver, BC V5N 5M4. Thanks', 'my address is [ADDRESS]. Thanks'],
    ['ship to 420 ponce de leon ave ne apt 3 atlanta ga 30308 pls', 'ship to [ADDRESS] pls'],
    [
      'She lives at 8 Rathgar Road, Rathmines, Dublin 6, D06 F2X3 (I think).',
      'She lives at [ADDRESS] (I think).',
    ],
    [
      'Address ko po ay Blk 4 Lot 22, Phase 1, Villa Verde, Brgy. Talon Dos, Las Piñas, Metro Manila 1747. Salamat',
      'Address ko po ay [ADDRESS]. Salamat',
    ],
  ],
  [
    'Step 1 - 22 items were scanned, 3 failed.',
    'the build at 14 Main has been green since Monday',
    'Block 4 of the report, Lot 22 of the auction',
    'Order 2250 Kingsway, Unit 5 is a product name, not a place',
    'Dublin 6 was the region shown on the invoice INV-2024-0042',
  ],
);

table(
  'a code in a chat reply after filler words, a card\'s code in JSON or "on the back", an authenticator\'s setup key',
  [
    [
      'Agent: I have resent the code to your mobile.\nCustomer: ok got it now 502913\nAgent: thanks',
      'Agent: I have resent the code to your mobile.\nCustomer: ok got it now [SECRET]\nAgent: thanks',
    ],
    [
      'Agent: the driver will ask for your 4-digit delivery PIN.\nCustomer: is it still 8061\nAgent: yes',
      'Agent: the driver will ask for your 4-digit delivery PIN.\nCustomer: is it still [SECRET]\nAgent: yes',
    ],
    [
      '{"pan":"4111111111111111","exp":"09/27","cvv":"318","amount":120}',
      '{"pan":"[CARD]","exp":"09/27","cvv":"[SECRET]","amount":120}',
    ],
    [
      'card 4111 1111 1111 1111, the 3 numbers on the back are 602, thanks',
      'card [CARD], the 3 numbers on the back are [SECRET], thanks',
    ],
    [
      'I kept the setup key from enrolment: KRSXG5CTMVRXEZLU and need it revoked',
      'I kept the setup key from enrolment: [SECRET] and need it revoked',
    ],
  ],
  [
    'Agent: the error code on screen?\nCustomer: ok it says 502 now',
    '{"sku":"SKU-1029","cvv_required":true,"amount":120}',
    'the setup key field shows ABCDEFGHIJKLMNOP in the docs',
    'the 3 numbers on the back of the router are the model, 4200',
  ],
);

table(
  'US Medicare (MBI), Ontario health cards, Medicare on the next line, an NHS number after a date of birth, IRD',
  [
    [
      'they asked for his Medicare number which is 5EG4-TE5-MK73 and then hung up',
      'they asked for his Medicare number which is [SSN] and then hung up',
    ],
    ['Health card #: 9876-543-217 (version code AB)', 'Health card #: [SSN] (version code AB)'],
    [
      'I have a valid OHIP card, number 9876-543-217-AB. Why was it rejected?',
      'I have a valid OHIP card, number [SSN]. Why was it rejected?',
    ],
    [
      'Her Medicare number is\n2123 45670 1 and she is number 1 on the card.',
      'Her Medicare number is\n[SSN] and she is number 1 on the card.',
    ],
    [
      'Agent: date of birth and NHS number please?\nCustomer: 02.03.1980, 943 476 5919\nAgent: thanks',
      'Agent: date of birth and NHS number please?\nCustomer: [DOB], [SSN]\nAgent: thanks',
    ],
    [
      'since April you need an IRD number for the platform. Mine is 159-934-829. Shop ID NZS-2093',
      'since April you need an IRD number for the platform. Mine is [SSN]. Shop ID NZS-2093',
    ],
  ],
  [
    'Medicare claim MCR-2024-0042 was paid on 2024-03-05.',
    'the health card reader firmware 4528-193-744 crashed',
  ],
);

table(
  'names: initials before a surname after a cue, "in the name of", "signed for by", "btw", a speaker with its company',
  [
    [
      'exp 10/28, name on card T R Mbeki. Billing as usual',
      'exp 10/28, name on card [NAME]. Billing as usual',
    ],
    [
      'she sent $2,000 to an account in the name of "K Mahlangu". she is 81',
      'she sent $2,000 to an account in the name of "[NAME]". she is 81',
    ],
    ["delivered and signed for by 'D. Moyo' on 3 March", "delivered and signed for by '[NAME]' on 3 March"],
    ['Customer: brilliant, im Tendai btw', 'Customer: brilliant, im [NAME] btw'],
    [
      'Customer: cheers. its Anne-Sophie btw, with the hyphen',
      'Customer: cheers. its [NAME] btw, with the hyphen',
    ],
    [
      'Ife (Lagos Pharmacy): hello, how can I help?\nCustomer: my order is late\nIfe (Lagos Pharmacy): checking now',
      '[NAME] (Lagos Pharmacy): hello, how can I help?\nCustomer: my order is late\n[NAME] (Lagos Pharmacy): checking now',
    ],
  ],
  [
    'name on card A Team member can update',
    'in the name of "Acme Holdings Ltd" as invoiced',
    'Customer: its broken btw',
    'Billing (Acme Corp): hi\nVisitor: hello\nBilling (Acme Corp): how can I help',
  ],
);

table(
  'a UPI address with a given name, "my hp is …", a numbered floor or a Philippine city before the postcode, Dublin districts',
  [
    ['paid by upi from priya.nair@okicici, amount 2,100 rs', 'paid by upi from [EMAIL], amount 2,100 rs'],
    ['Customer: my hp is 9123 4567, can call me', 'Customer: my hp is [PHONE], can call me'],
    [
      'visit at: 3rd Floor, Prestige Tower, Residency Road, Bengaluru 560025. Contact',
      'visit at: [ADDRESS]. Contact',
    ],
    [
      'address Unit 5A, Ayala Tower, 10 Paseo de Roxas, Legaspi Village, Makati City 1226. Thanks',
      'address [ADDRESS]. Thanks',
    ],
    [
      'Niamh Byrne\n4 The Granary, Mill Lane, Dublin 8, D08 R2K7\n+353 1 555 0100',
      '[NAME]\n[ADDRESS]\n[PHONE]',
    ],
  ],
  [
    'merchant VPA swiggy.payu@hdfcbank on 11/06',
    'the HP is 9123 4567 pages per minute, model LJ-4567',
    'Makati City 1226 units were sold in 2024',
  ],
);

table(
  'a date of birth read out with the day in words after the month',
  [
    [
      'my date of birth is March twenty-first, 1979, and my zip is the same',
      'my date of birth is [DOB], and my zip is the same',
    ],
    ['DOB: October third 1990', 'DOB: [DOB]'],
  ],
  ['the outage started March third, 2024 at noon', 'we shipped on June fourth, 1985 was our founding year'],
);

table(
  'backup codes on the next line, a code on the line after "code", read out in brackets, an MPIN set in a reply',
  [
    [
      'it gave me these backup codes when i set up 2fa:\n581204 660913 774182\nplease lock it',
      'it gave me these backup codes when i set up 2fa:\n[SECRET] [SECRET] [SECRET]\nplease lock it',
    ],
    [
      'the side gate code\nis 5802 give it to the driver',
      'the side gate code\nis [SECRET] give it to the driver',
    ],
    [
      'asked her to read back the code just sent.\n[Customer read out] 602 915\n[System] payee added',
      'asked her to read back the code just sent.\n[Customer read out] [SECRET]\n[System] payee added',
    ],
    [
      'Agent: please set a new MPIN in the app.\nCustomer: ok i set it to 7391\nAgent: thanks',
      'Agent: please set a new MPIN in the app.\nCustomer: ok i set it to [SECRET]\nAgent: thanks',
    ],
    [
      'The setup key was GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ and I lost the phone',
      'The setup key was [SECRET] and I lost the phone',
    ],
  ],
  [
    'the error codes in the log:\n500 502 503\nall from the gateway',
    'the postcode\nis 5802 for the depot',
    'the setup key was rotated in 2024 and AQNT is the team',
  ],
);

table(
  'a flat or block before parts and a six-digit PIN or Singapore postcode; a unit and a tower before a Philippine city',
  [
    ['deliver to B-1106, Green Acres, Baner Road, Pune 411045. Thanks', 'deliver to [ADDRESS]. Thanks'],
    ['my home,\n305 C-Wing, Sai Leela, Andheri West, Mumbai 400058. call me', 'my home,\n[ADDRESS]. call me'],
    [
      'Old: Blk 211 Bedok North Central 2, #05-118, Singapore 460211\nNew: below',
      'Old: [ADDRESS]\nNew: below',
    ],
    [
      'Customer: Unit 803 Tower 1, Avida Residences, 5th Avenue, Bonifacio Global City, Taguig 1634\nAgent: ok',
      'Customer: [ADDRESS]\nAgent: ok',
    ],
  ],
  [
    'Build B-12, Release Notes, Version Two, Mumbai 400058 errors',
    'Order A-1204, Blue Widget, Large, Qty 2, Total 400053',
  ],
);

table(
  'dates of birth read out with the year in words, and after "birth\'s", "birthday\'s"',
  [
    [
      'my date of birth is the fourth of May nineteen sixty-two if you need it',
      'my date of birth is [DOB] if you need it',
    ],
    [
      'His birthday is June third nineteen fifty two if you need that',
      'His birthday is [DOB] if you need that',
    ],
    ["Date of birth's the ninth of July, 1988. Call me", "Date of birth's [DOB]. Call me"],
    ["my birthday's 4 May 1962 ok", "my birthday's [DOB] ok"],
  ],
  ['the outage began the fourth of May nineteen sixty-two minutes in'],
);

table(
  'an ITIN a sentence on, a lower-case NI number after its name, a TIN asked for on the line before',
  [
    [
      'I use an ITIN, not an SSN. Your form will not accept 923-81-4417 in the tax id field',
      'I use an ITIN, not an SSN. Your form will not accept [SSN] in the tax id field',
    ],
    ['my ni number is ab 12 34 56 c thanks', 'my ni number is [SSN] thanks'],
    [
      'Agent: we also need your TIN.\nRhea Cruz: 123-456-789-000\nAgent: thanks',
      'Agent: we also need your TIN.\n[NAME]: [SSN]\nAgent: thanks',
    ],
  ],
  [
    'ITIN applications take 7 weeks; ticket 923-81-4417 is open',
    'the ni number field is blank, order ab 12 34 56 c',
  ],
);

table(
  'names: a visitor named in brackets, greetings in te reo and Hawaiian, "Ma\'am", "told by", a colleague, a caseworker, a reply to "your name and email?", a speaker and a time',
  [
    [
      'Visitor (Kalani Akana): aloha, i need help\nAgent Lei: Aloha Kalani!\nVisitor (Kalani Akana): thanks',
      'Visitor ([NAME]): aloha, i need help\nAgent [NAME]: Aloha [NAME]!\nVisitor ([NAME]): thanks',
    ],
    ['Kia ora Ngaio,\n\nThanks for the update.', 'Kia ora [NAME],\n\nThanks for the update.'],
    ["Verified, thank you Ma'am Liza. What's next?", "Verified, thank you Ma'am [NAME]. What's next?"],
    ['I was told by Precious at the Gardens office that', 'I was told by [NAME] at the Gardens office that'],
    ['case opened. Colleague Tunde has the recording.', 'case opened. Colleague [NAME] has the recording.'],
    [
      'Caller: Luis Ortega (claimant), with caseworker Maribel Ortiz from the clinic',
      'Caller: [NAME] (claimant), with caseworker [NAME] from the clinic',
    ],
    [
      'Agent: Can I get your name and email to book you in?\nVisitor: Ciarán Ó Dálaigh, ciaran@example.ie\nAgent: Grand',
      'Agent: Can I get your name and email to book you in?\nVisitor: [NAME], [EMAIL]\nAgent: Grand',
    ],
    ['Priya Raman [09:15]: ack - opening INC-0312.', '[NAME] [09:15]: ack - opening INC-0312.'],
    [
      'hi its Dana Whitfield in 4C at the Cedar block, no heat',
      'hi its [NAME] in 4C at the Cedar block, no heat',
    ],
    ['hey its Marcus Bell again so the restaurant called', 'hey its [NAME] again so the restaurant called'],
  ],
  ["Hi, I'm travelling in Vietnam and your app fails", 'Release Train [09:15]: deploy started'],
);

table(
  "a number after a dashed name ending the text, or before the sender's address alone",
  [
    [
      'Pls send tech after 6pm. Case no SGPM-55190. - Farah 9736 1048',
      'Pls send tech after 6pm. Case no SGPM-55190. - [NAME] [PHONE]',
    ],
    [
      'Pls check urgent.\n— Arjun Mehta, 9820114473, arjun.mehta@example.com',
      'Pls check urgent.\n— [NAME], [PHONE], [EMAIL]',
    ],
  ],
  ['Deploy done. - Version 9736 1048', 'Release notes - Version 9736 1048, see ticket'],
);

table(
  "national numbers over an email's wrapped line, Aadhaar and PhilSys numbers a card's pattern would take",
  [
    [
      'My personnummer is\n811218-9876 in case the tax office asks',
      'My personnummer is\n[SSN] in case the tax office asks',
    ],
    [
      'It asks for his Aadhaar number, I entered 2345 6789 0124 but it fails',
      'It asks for his Aadhaar number, I entered [SSN] but it fails',
    ],
    ['PhilSys Card Number (PCN): 1234-5678-9012-3456', 'PhilSys Card Number (PCN): [SSN]'],
  ],
  [
    'My personnummer is on file.\n\nOrder 811218-9876 shipped',
    'PhilSys registration desk ticket 1234-5678-9012-3456',
  ],
);

table(
  'a CVV read aloud, a key with a service name after sk_, five-and-five backup codes, a memorable word "on my account"',
  [
    [
      'Caller read CVV aloud (318) before I could stop her',
      'Caller read CVV aloud ([SECRET]) before I could stop her',
    ],
    [
      'the old one was sk_billing_EXAMPLE7hQ2wZ9kL4mR8 and still works',
      'the old one was [SECRET] and still works',
    ],
    [
      'The backup code I have is 50319-77204 but it says invalid',
      'The backup code I have is [SECRET] but it says invalid',
    ],
    [
      'The memorable word on my account is foxglove and nothing else',
      'The memorable word on my account is [SECRET] and nothing else',
    ],
  ],
  ['the sk_billing_docs page explains keys', 'error code 50319-77204 from the gateway'],
);

table(
  'names: quoted initials before a surname, a sign-off with a surname\'s initial, "Thanks po"; addresses: "should be", a block with its unit, an office before the street',
  [
    [
      'Sent £900 to payee "R Okafor" believing it was the builder',
      'Sent £900 to payee "[NAME]" believing it was the builder',
    ],
    ['not received after 72 hrs. - Anil K', 'not received after 72 hrs. - [NAME]'],
    ['Thanks po,\nJoy Reyes\nIT Admin', 'Thanks po,\n[NAME]\nIT Admin'],
    ['it should be C-210, Green Park, Aundh, Pune 411007\nAgent: ok', 'it should be [ADDRESS]\nAgent: ok'],
    [
      'my address to Blk 118 Ang Mo Kio Ave 4 #05-211, Singapore 560118 for the invoice',
      'my address to [ADDRESS] for the invoice',
    ],
    ['jo@example.co.za\nOffice 2C, 15 Long Street, Cape Town, 8001', '[EMAIL]\n[ADDRESS]'],
  ],
  [
    'the "A Team" page is down',
    'Steps done. - Version 2',
    'it should be A-504 on the form, see ticket 411006',
  ],
);

table(
  'keys: "wifi key …", "The key is …", a key on a line of its own after "was:", a capital service prefix, npm and pat_ tokens; PINs reset, codes on the front',
  [
    [
      'sticker says wifi key 9dR4-kL2m-Tq7x, admin pw on the back',
      'sticker says wifi key [SECRET], admin pw on the back',
    ],
    ['The key is sec_9xAMPLE4kq7LrTn2. Sorry', 'The key is [SECRET]. Sorry'],
    [
      'The key was:\n\nZQP_live_EXAMPLE_4fQ8xL2mR7tW1zK6vN9c\n\nWe removed it',
      'The key was:\n\n[SECRET]\n\nWe removed it',
    ],
    [
      '//registry.example.dev/npm/:_authToken=npm_EXAMPLEz9Yx8Wv7Ut6Sr5Qp4On3Ml2Kj1',
      '//registry.example.dev/npm/:_authToken=[SECRET]',
    ],
    [
      'an active personal access token (pat_EXAMPLE_7Qw2Er5Ty8Ui). Revoke it',
      'an active personal access token ([SECRET]). Revoke it',
    ],
    ['forgot my voicemail pin, reset it to 60417 pls.', 'forgot my voicemail pin, reset it to [SECRET] pls.'],
    [
      'my Amex and the code on the front, 4417. Since then',
      'my Amex and the code on the front, [SECRET]. Since then',
    ],
  ],
  [
    'The exposed key was:\n\nPARTNER_KEY=[redacted by us]',
    'the pat_ids table has 40 rows',
    'the key is in the drawer',
  ],
);

table(
  'addresses: a house number and name before parts and a PIN, places before "which is" or "has been"; names: quoted in single quotes, "by the way", "Diolch"; national numbers a clause on',
  [
    ['Mob: +91 98201 47736\n22 Laxmi Road, Shivaji Nagar, Pune 411005', 'Mob: [PHONE]\n[ADDRESS]'],
    [
      'courier: 118, Green Acres Apartments, 9 MG Road, Jaipur 302001\nContact',
      'courier: [ADDRESS]\nContact',
    ],
    [
      'everything is going to 4 Aminu Kano Crescent, Wuse II, Abuja which is not my address',
      'everything is going to [ADDRESS] which is not my address',
    ],
    ['the line at 9 Kowhai Road, Ōtaki 5512 has been crackly', 'the line at [ADDRESS] has been crackly'],
    ["IT SAID 'T MARSHALL' - the account", "IT SAID '[NAME]' - the account"],
    ["Ring me back, I'm Lorna by the way, his sister.", "Ring me back, I'm [NAME] by the way, his sister."],
    ['Diolch,\nEirlys Prosser\n', 'Diolch,\n[NAME]\n'],
    [
      'His PAN for the TCS on the overseas tour package is BKXPK4721M.',
      'His PAN for the TCS on the overseas tour package is [SSN].',
    ],
    ['ID number (for verification): 8001015009087', 'ID number (for verification): [SSN]'],
  ],
  [
    "the build 'R 2024' failed",
    "I'm done by the way we agreed",
    'the PAN card office is closed today, see ticket AB-1234 for the new PAN',
  ],
);

table(
  'a Belgian mobile in four groups, which begins like no date',
  [
    ['My mobile is 0470 48 21 93.', 'My mobile is [PHONE].'],
    ['Cordialement,\nAmandine Dupont\n0475 21 38 94', 'Cordialement,\n[NAME]\n[PHONE]'],
  ],
  ['logs from 2024 03 05 12 show the restart', 'build 2024.03.05.1877 failed'],
);

table(
  'a form field with a note in brackets before its colon',
  [
    [
      'Name (as shown on your tax return): Dana K. Whitfield\nBusiness: Acme',
      'Name (as shown on your tax return): [NAME]\nBusiness: Acme',
    ],
    ['Full name (exactly as on passport): Ngozi Eze-Whitmore', 'Full name (exactly as on passport): [NAME]'],
  ],
  ['Status (as of today): Understood, locked', 'Name (optional): —'],
);

table(
  'what a second reading of these rules found them over-reading, and one name they had lost',
  [['The invite was sent to "D. O\'Brien" last week.', 'The invite was sent to "[NAME]" last week.']],
  [
    'Idempotency-Key: 4f1c2a9e8b7d6c5e3a1f0b9d8c7e6a52',
    'ssh public-key 4f1c2a9e8b7d6c5e3a1f0b9d8c7e6a52 was rejected',
    'The cache-key 4f1c2a9e8b7d6c5e3a1f0b9d8c7e6a52 is stale',
    'The secret key from your site just does nothing.',
    'Your setup key will only work once, then it expires.',
    'Ticket 4471: 3 Laptops, Asset Tag 100234 needs reimaging.',
    'Customer: 2 Adults, Booking Reference 482913',
    'Paid: 14 March, Receipt 204518',
    'Re: Unit 14, Maintenance Request, March 2025',
    'Our PCN 1234 5678 9012 for the parking fine was paid',
    'Health card renewal form, account 1234 567 897',
  ],
);

table(
  'a SIN after a colon further on its line',
  [
    [
      'Your app asked me to add my SIN for the annual tax summary but it keeps rejecting it. I have double-checked against my card: 046 454 286. Driver account DRV-1184',
      'Your app asked me to add my SIN for the annual tax summary but it keeps rejecting it. I have double-checked against my card: [SSN]. Driver account DRV-1184',
    ],
  ],
  [
    'Your app asked me to add my SIN for the annual tax summary but it keeps rejecting it on every try, so please see the attached ticket: 046 454 286 in the portal',
  ],
);

table(
  'card numbers in CSV cells of a text that names PANs, as a column or a word',
  [
    [
      'txn_id,pan,amount\nTX-88120,4111111111111111,45.00\nTX-88121,5555555555554444,9.99',
      'txn_id,pan,amount\nTX-88120,[CARD],45.00\nTX-88121,[CARD],9.99',
    ],
    [
      'They sent PANs in the export again:\nref,number\nR-1,4000056655665556',
      'They sent PANs in the export again:\nref,number\nR-1,[CARD]',
    ],
  ],
  ['sku,panel,serial\nSKU-1,PANEL-2,4111111111111111', 'order,japan_id,total\nO-1,4111111111111111,12.00'],
);

table(
  'a code read out in words after its word, on its line or a reply below',
  [
    [
      'SYSTEM: Please enter or say your four-digit telephone banking PIN.\nCALLER: two nine eight four\nSYSTEM: Sorry, that PIN is incorrect.',
      'SYSTEM: Please enter or say your four-digit telephone banking PIN.\nCALLER: [SECRET]\nSYSTEM: Sorry, that PIN is incorrect.',
    ],
    [
      "The alarm's going off and I can't remember the code, I keep typing four four one nine and it's not taking it.",
      "The alarm's going off and I can't remember the code, I keep typing [SECRET] and it's not taking it.",
    ],
    [
      "Agent: And the six-digit code in the text?\nCaller: Two four nine, eight eight one.\nAgent: Thanks, you're verified.",
      "Agent: And the six-digit code in the text?\nCaller: [SECRET].\nAgent: Thanks, you're verified.",
    ],
    [
      'AGENT: And the three digits on the back?\nCALLER: Seven three one.\nAGENT: Thank you.',
      'AGENT: And the three digits on the back?\nCALLER: [SECRET].\nAGENT: Thank you.',
    ],
  ],
  [
    'I tried the code two or three times and it failed.',
    'The error code on the screen was four oh four one.',
    "What's the code for order four four seven one? It was never sent.",
    'The promo code is one two three four.',
    'The PIN was set; room number four one two is where the safe is.',
    'I have four kids, one nine year old and three toddlers, and the door code never works.',
    'AGENT: What was the code about?\nCALLER: My order, four four seven one.',
  ],
);
