// Shapes a sixth round of labelled tickets showed the detectors missing or over-reading, each as a general rule
// with its positives and negatives (different strings from the labelled set's).
import { table } from './table.ts';

table(
  'a unit and a building before a labelled street belong to the address',
  [
    [
      'Delivery address: Unit 12A, Serendra Towers, 1140 Aurora Blvd, Pasig City 1600\nThanks',
      'Delivery address: [ADDRESS]\nThanks',
    ],
    ['Address: Mabini Residences, 44 Katipunan Avenue, Quezon City', 'Address: [ADDRESS]'],
    // Numbers before the street that are no unit stay.
    [
      'Address: Order 5521, Invoice 88, 12 High Street, Leeds LS1 4AB',
      'Address: Order 5521, Invoice 88, [ADDRESS]',
    ],
  ],
  ['Shipping: Unit price 12, 40 units'],
);

table(
  'a second guess after a password',
  [
    [
      'i think the password was Marigold!2018 or Marigold!2019, not sure',
      'i think the password was [SECRET] or [SECRET], not sure',
    ],
    ['password: Qx7#Lantern / Qx8#Lantern neither works', 'password: [SECRET] / [SECRET] neither works'],
    // What follows that is not shaped like a password stays.
    ['the password is Lisboa#2025 or ORD-2291 or so', 'the password is [SECRET] or ORD-2291 or so'],
    ['password: hunter2! or SKU-88#1 ok', 'password: [SECRET] or SKU-88#1 ok'],
    [
      'my password was Kiwi!2024 and TICKET-55 still open',
      'my password was [SECRET] and TICKET-55 still open',
    ],
    ['the password is Kiwi!2024 or maybe Sunday', 'the password is [SECRET] or maybe Sunday'],
  ],
  ['Password expired. The feature flag was off so I set it to beta+flagsV2 for now'],
);

table(
  'after "my name is", a given name that is also a word',
  [
    ['can you send the parts? my name is will harte', 'can you send the parts? my name is [NAME]'],
    ['Hello, my name is Grant Okoye and', 'Hello, my name is [NAME] and'],
    ['My name is Joy.', 'My name is [NAME].'],
    ['MY NAME IS WILL HARTE AND I', 'MY NAME IS [NAME] AND I'],
    ['HELLO MY NAME IS HOPE OKAFOR-BRIGHT I AM DEAF', 'HELLO MY NAME IS [NAME] I AM DEAF'],
  ],
  ['my name is not important', 'my name is on the account', 'MY NAME IS NOT ON IT'],
);

table(
  'from holdout-26 and -27: short codes and PINs in prose, their second guess, codes read back after one was sent',
  [
    [
      'The porting desk wants the account PIN; I set it up as 4826 but they say',
      'The porting desk wants the account PIN; I set it up as [SECRET] but they say',
    ],
    [
      'it asks for the old PIN, which I think was 9031 or 1947. Neither',
      'it asks for the old PIN, which I think was [SECRET] or [SECRET]. Neither',
    ],
    ['so i got a text w code 318274 then a call', 'so i got a text w code [SECRET] then a call'],
    ['the app sent me code 552781 but it expired', 'the app sent me code [SECRET] but it expired'],
    ['the backup code i have left is 6610-3492. email', 'the backup code i have left is [SECRET]. email'],
    [
      'Agent: I sent a code to the email on file.\n[10:15] Customer: got it, 41 87 20\n[10:15] Agent: thanks',
      'Agent: I sent a code to the email on file.\n[10:15] Customer: got it, [SECRET]\n[10:15] Agent: thanks',
    ],
    [
      'Agent: please read me the code we just texted you.\nCaller: 204 913\nAgent: verified',
      'Agent: please read me the code we just texted you.\nCaller: [SECRET]\nAgent: verified',
    ],
    ['SSID: HOME-4471\nWPA2 key: k7VqPz2mWrtn\nDNS: auto', 'SSID: HOME-4471\nWPA2 key: [SECRET]\nDNS: auto'],
    ['my password (it was Papaya!Grove41, changed it now)', 'my password (it was [SECRET], changed it now)'],
  ],
  [
    'error code 4012 again',
    'PIN reset ticket 48291',
    'the code for order 55123 is wrong',
    'zip code is 90210',
    'Agent: I sent a tracking code to the email.\nCustomer: 4471',
    'Key: PROJ-12',
    'the network key field is empty',
    'WPA2 key: rotated',
    'my password (it was reset yesterday)',
  ],
);

table(
  'from holdout-26 and -27: national numbers asked for on the line before, or named in French capitals',
  [
    [
      'Agent: your National Insurance number as it is on your payslip?\nCustomer: SN 48 72 91 C\nAgent: thanks',
      'Agent: your National Insurance number as it is on your payslip?\nCustomer: [SSN]\nAgent: thanks',
    ],
    [
      "votre appli me demande mon NAS. C'est le 046 454 286.",
      "votre appli me demande mon NAS. C'est le [SSN].",
    ],
  ],
  ['National Insurance rates changed.\nTicket: AB 12 34 56 E'],
);

table(
  'from holdout-26 and -27: an international number after an account word, a Glasgow flat, a city before a clause',
  [
    ['Mobile number on account: +44 7700 900218', 'Mobile number on account: [PHONE]'],
    ['send to 2/1 18 Hyndland Road, Glasgow G12 9UP. Tel', 'send to [ADDRESS]. Tel'],
    [
      'my internet at 412 Roncesvalles Avenue, unit 3, Toronto, it has been out',
      'my internet at [ADDRESS], it has been out',
    ],
  ],
  ['account +447700900218', 'on 3/2 the 14 tickets were closed', 'on 12 May, Toronto, it was'],
);

table(
  'from holdout-26 and -27: names — a nickname before the full name, Welsh "ap", companies greeted and mailed',
  [
    ['Hey its JP (Jean-Luc Arsenault), my account', 'Hey its [NAME] ([NAME]), my account'],
    ['so yeah\n- Bex (Rebecca Hallows)', 'so yeah\n- [NAME] ([NAME])'],
    ['fraud call - cust Rhys ap Gruffydd reports a login', 'fraud call - cust [NAME] reports a login'],
    // A role before the brackets is none; a company's mailbox in a header is no person's name.
    ['the CEO (Rebecca Hallows) said', 'the CEO ([NAME]) said'],
    [
      '> On 3 Apr 2024, at 10:12, Corvid Complaints <complaints@corvid-fibre.co.uk> wrote:',
      '> On 3 Apr 2024, at 10:12, Corvid Complaints <[EMAIL]> wrote:',
    ],
    // A netmask is no address.
    ['ip address 10.10.10.1 255.255.255.0', 'ip address [IP] 255.255.255.0'],
  ],
  [
    'Dear Corvid,\nplease see corvid-fibre.co.uk',
    'Dear Corvid Business,\nWe are',
    "Hello, I'm Deaf and use Relay UK.",
    'they also ask Australian address',
  ],
);

table(
  'from holdout-28 and -29: codes further back in their clause, a keypad "#", codes read back, password-shaped values near the word',
  [
    [
      'she left the key-safe open!! code is 5826 and now i have to change it',
      'she left the key-safe open!! code is [SECRET] and now i have to change it',
    ],
    [
      'the keys are in the key safe by the back door (code 3391). Dog',
      'the keys are in the key safe by the back door (code [SECRET]). Dog',
    ],
    [
      'the alarm panel code by the front door is 6620 btw',
      'the alarm panel code by the front door is [SECRET] btw',
    ],
    ['Access: side gate code is 4417#, ring twice', 'Access: side gate code is [SECRET], ring twice'],
    [
      "Agent: I've sent a one-time code by text to the mobile on the account.\nVisitor: got it, 553018\nAgent: thanks",
      "Agent: I've sent a one-time code by text to the mobile on the account.\nVisitor: got it, [SECRET]\nAgent: thanks",
    ],
    [
      'Agent: Set a new password now.\nVisitor: done, used Saffron#Teapot41 is that ok',
      'Agent: Set a new password now.\nVisitor: done, used [SECRET] is that ok',
    ],
    ['Temp pw issued: Qm4$tRz8!wKe — user to change', 'Temp pw issued: [SECRET] — user to change'],
    [
      'Hasło tymczasowe, które dostałam, to Vb7!qLs3#Np — czy',
      'Hasło tymczasowe, które dostałam, to [SECRET] — czy',
    ],
    [
      'Using key EXAMPLEKEY-5d2e8f10a9c34b7e, the endpoint returns 403',
      'Using key [SECRET], the endpoint returns 403',
    ],
    [
      'my recovery codes from setup, first two are 5521-0937-4418 and 7730-2291-0066 — can you',
      'my recovery codes from setup, first two are [SECRET] and [SECRET] — can you',
    ],
    [
      'key ID 7A3C2E91: 123456-234567-345678-456789-567890-678901-789012-890123. user back in',
      'key ID 7A3C2E91: [SECRET]. user back in',
    ],
    // A header's name after "token:" is none; the bearer token is.
    [
      'I regenerated the token: Authorization: Bearer hris_live_EXAMPLE9k2Lm4Np now',
      'I regenerated the token: Authorization: Bearer [SECRET] now',
    ],
  ],
  [
    'Tried resend 5x, error OTP_DELIVERY_FAILED code 30007 from provider.',
    'primary key OrderItemsIndex2024Partition is slow',
    'Kb!ngsTemp2024\nis the password',
    'the error code is 4012 and the door is fine',
  ],
);

table(
  'from holdout-28 and -29: SIN with a note in brackets, "Mon NAS", India\'s PAN; energy supply numbers are no phones',
  [
    [
      'SIN (optional, to skip the security deposit): 046 454 286\nPhone',
      'SIN (optional, to skip the security deposit): [SSN]\nPhone',
    ],
    ['Mon NAS est le 046 454 286. Merci', 'Mon NAS est le [SSN]. Merci'],
    ['मेरा PAN नंबर BNZPM2501F सिस्टम में', 'मेरा PAN नंबर [SSN] सिस्टम में'],
  ],
  [
    'company PAN AAACB1234C',
    'NMI 6305892741. Job raised',
    '{"nmi":"4102837719","x":1}',
    'MPRN 10012345678 on the bill',
  ],
);

table(
  'from holdout-28 and -29: addresses — named floors, a postcode and a clause, Irish counties, numbered roads, units',
  [
    [
      'Customer: Shop 4, Ground Floor, Sai Krupa, 18 Ranade Road, Dadar West, Mumbai 400028\nCustomer: also',
      'Customer: [ADDRESS]\nCustomer: also',
    ],
    ['moving out of 41B Kauri Street, Naenae, Lower Hutt 5011 on 30/09', 'moving out of [ADDRESS] on 30/09'],
    ['My address is 8 Kerk Street, Paarl, 7646 and my number is', 'My address is [ADDRESS] and my number is'],
    [
      'post can go to: Rose Cottage, Glen Road, Kilfinane, Co. Limerick.\nThanks',
      'post can go to: [ADDRESS].\nThanks',
    ],
    ['(Rathmore Physio, 22 Main Street, Rathmore, Co. Kerry, V93 X2T4)', '(Rathmore Physio, [ADDRESS])'],
    [
      "We're the farmhouse on County Road 14, Dalhart, TX 79022, no number",
      "We're the farmhouse on [ADDRESS], no number",
    ],
    ['new acreage: RR 3, Site 12, Box 7, Olds AB T4H 1P4. Credit', 'new acreage: [ADDRESS]. Credit'],
    ['hi from unit 3 — 418 Dundas St W, Toronto. the cleaner', 'hi from [ADDRESS]. the cleaner'],
    [
      'Mudei para o apartamento 12, 31 Dorset Street Upper, Dublin 1, D01 X2K8 em março',
      'Mudei para o [ADDRESS] em março',
    ],
    ['moving to 3902 Elm Street #B, Fort Collins, CO 80521 on June 1', 'moving to [ADDRESS] on June 1'],
    // A count after the city is no postcode.
    ['at 14 Harbour Street, Wellington 2500 orders', 'at [ADDRESS], Wellington 2500 orders'],
    [
      '{"line1":"14 Kirkstall Lane","postcode":"LS6 3DU","country":"GB"}',
      '{"line1":"[ADDRESS]","postcode":"[ADDRESS]","country":"GB"}',
    ],
  ],
  [
    'take Route 66 to the office',
    'Highway 1 is closed',
    'go into 7 rooms today',
    'Need 12x Logitech MX Keys (SKU 920-009295) for',
    '{"city": "Tucson", "postal_code": "85719"}',
  ],
);

table(
  "from holdout-28 and -29: names — a JSON name object, the phone's signature, a role in brackets, a nickname, a quoted reply",
  [
    [
      '{"legal_name":{"first":"Ngozi","last":"Eze-Whitmore"},"id":"W-77"}',
      '{"legal_name":{"first":"[NAME]","last":"[NAME]"},"id":"W-77"}',
    ],
    [
      'restarted twice. floor 14 east\n\nsent from my iphone\nkwame',
      'restarted twice. floor 14 east\n\nsent from my iphone\n[NAME]',
    ],
    [
      'New acct setup (phone) — Gord Whitecloud (cust) wants gas',
      'New acct setup (phone) — [NAME] (cust) wants gas',
    ],
    ['Yours truly,\nDorothy McAllister (Dot)', 'Yours truly,\n[NAME] ([NAME])'],
    ['Cheers,\nTrevor & Anna', 'Cheers,\n[NAME] & [NAME]'],
    [
      'Please send the policy number.\n— Marco, HaulRight Claims\n\n> On Jun 3, Priya Raman wrote:\n> hello',
      'Please send the policy number.\n— [NAME], HaulRight Claims\n\n> On Jun 3, [NAME] wrote:\n> hello',
    ],
    ['Name: BILL KOWALSKI\nWHY IS MY BILL $612??', 'Name: [NAME]\nWHY IS MY BILL $612??'],
  ],
  [
    'Bank name: Chase\nRouting number: 021000021',
    'Guest Wi-Fi for the Sydney office',
    "Bot: Hi! I'm Sparky, Northvolt Energy's assistant.",
    'Rent sent by Interac e-Transfer today',
    'Dear Harbourline Property Management,',
    '---------- Forwarded message ---------\nFrom: Workday Notifications\nDate: Fri',
    'Best,\nHR Business Partner, North America',
    'Road, Hickory, North Carolina. Account',
    'Support Team (customer) replied',
  ],
);

table(
  'from holdout-30 and -31: airline names and dates, JSON keys in camelCase, a network with its prefix',
  [
    [
      'the ticket will now say ORTEGA DIAZ/LUCIA MARTA MS instead of ORTEGA/LUCIA MS',
      'the ticket will now say [NAME] MS instead of [NAME] MS',
    ],
    ['3. LINDQVIST/ELSA MISS – child, DOB 14MAR18', '3. [NAME] MISS – child, DOB [DOB]'],
    [
      '{"firstName": "Hana", "lastName": "Oyelaran", "dateOfBirth": "1991-03-15"}',
      '{"firstName": "[NAME]", "lastName": "[NAME]", "dateOfBirth": "[DOB]"}',
    ],
    ['blocked 198.51.100.0/24 at the WAF, port 8080 open', 'blocked [IP] at the WAF, port 8080 open'],
  ],
  ['TCP/IP and I/O and CI/CD and N/A', 'route AMS/LON today', 'flight 12JUN17 DOB unknown'],
);

table(
  'from holdout-30 and -31: codes — a lobby code, a "*" typed after, a key safe without "code", a PIN guessed, listed backup codes, a bare phrase',
  [
    [
      'The host left the lobby code in the check-in guide: 5521#. Please',
      'The host left the lobby code in the check-in guide: [SECRET]. Please',
    ],
    [
      '- Gate code: 3317*\n- Key safe by the laundry door: 0946\n- Wi-Fi',
      '- Gate code: [SECRET]\n- Key safe by the laundry door: [SECRET]\n- Wi-Fi',
    ],
    [
      '- Wi-Fi "ShackNet" – password tidepool_4471\n- towels',
      '- Wi-Fi "ShackNet" – password [SECRET]\n- towels',
    ],
    [
      'pls reset my card pin. its locked. pretty sure its 5830 or 5803, one of those.',
      'pls reset my card pin. its locked. pretty sure its [SECRET] or [SECRET], one of those.',
    ],
    [
      'I saved my backup codes when I set up 2FA:\n\n  7k2m-9q4f\n  3x8p-1z7w\n\nNone work',
      'I saved my backup codes when I set up 2FA:\n\n  [SECRET]\n  [SECRET]\n\nNone work',
    ],
    [
      "someone has my phrase. It's:\n\nlemon orbit velvet tunnel maple gravity pioneer lunar cactus ribbon fossil anchor\n\nhelp",
      "someone has my phrase. It's:\n\n[SECRET]\n\nhelp",
    ],
  ],
  [
    'the key safe model is 2024 edition',
    'error codes:\n  E1234\n  ab12-cd34',
    'card_prov token_ref=DNITHE000000391 wallet=GooglePay',
  ],
);

table(
  'from holdout-30 and -31: addresses, phones and names',
  [
    [
      '[3:42 pm] Mick: unit 3/47 Wattle st, Fairfield NSW 2165\n[3:43 pm] Tay',
      '[3:42 pm] [NAME]: [ADDRESS]\n[3:43 pm] Tay',
    ],
    ['send to 9 Kookaburra Court, Mount Gambier SA 5290 if', 'send to [ADDRESS] if'],
    [
      'E: a@b.co.uk\nStudio 9, Hope Mill, 113 Pollard Street, Manchester M4 7JA\n\nThis',
      'E: [EMAIL]\n[ADDRESS]\n\nThis',
    ],
    [
      'The new one is 14 Cnoc na Gréine, Ballincollig, Co. Cork, P31 X4F8, please',
      'The new one is [ADDRESS], please',
    ],
    [
      'my mobile and address for the receipt: 〒150-0001 東京都渋谷区神宮前3-14-7-502.',
      'my mobile and address for the receipt: [ADDRESS].',
    ],
    [
      'Alamat: Jl. Kemang Raya No. 45, RT 03/RW 02, Bangka, Jakarta Selatan 12730\nTerima',
      'Alamat: [ADDRESS]\nTerima',
    ],
    ['Voicemail – caller ID 0491 570 113\nOh hello', 'Voicemail – caller ID [PHONE]\nOh hello'],
    ['the name on it is Oliver J Whitmore. Your app', 'the name on it is [NAME]. Your app'],
    ['Account email: t.b@gmx.com\n\nTariq', 'Account email: [EMAIL]\n\n[NAME]'],
    ["G'day Sam & Priyanka,\n\nWelcome", "G'day [NAME] & [NAME],\n\nWelcome"],
  ],
  [
    'user ID 0491570113 x',
    'Dear Meridian Corporate Desk,\n\nPlease',
    'Dear Meridian Air,\n\nI booked',
    'Customer: salam, I booked the car',
    'Hi Tradeloft partner team,\n\nOur',
    'Rental DW-UK-71120930, plate SV24 KLO, Kia Niro, warning',
    'email and address: see ticket 4471 above',
  ],
);

table(
  'from holdout-32: NI numbers in a CSV that names them, an extension after a comma, a card security code; role labels and firms',
  [
    [
      'name,ni_number,dob\nCallum Reid,JT 48 71 90 B,1994-02-11\nAmara Osei,PX 73 19 40 C,1989-09-30',
      'name,ni_number,dob\n[NAME],[SSN],[DOB]\n[NAME],[SSN],[DOB]',
    ],
    ['call me back on 020 7946 0874, extension 12. Or', 'call me back on [PHONE]. Or'],
    // Two numbers after a comma stay two.
    ['numbers 020 7946 0874, 020 7946 0875', 'numbers [PHONE], [PHONE]'],
    [
      'change card to 6011 0009 9013 9424 exp 09/27 cvc 737. old one',
      'change card to [CARD] exp 09/27 cvc [SECRET]. old one',
    ],
    ['CVV: 123', 'CVV: [SECRET]'],
    [
      'Cliente (Valentina Ríos): hola\nAgente (Jorge): Hola Valentina',
      'Cliente ([NAME]): hola\nAgente ([NAME]): Hola [NAME]',
    ],
  ],
  [
    'shipment AB 12 34 56 C arrived',
    'cvc check failed (code 05)',
    'Titulaire : Cabinet Moreau-Lefèvre\nIBAN',
  ],
);

table(
  "from a review of this round's rules: what they must not take",
  [
    // Kept as people: a given name with a firm's mailbox, a surname that is a word, "this Mark".
    ['Maria Lopez <info@marialopezdesign.com>', '[NAME] <[EMAIL]>'],
    ['From: Tendai Banks\nDate: Mon', 'From: [NAME]\nDate: Mon'],
    ['Dear Maria Sales,', 'Dear [NAME] Sales,'],
    [
      'Spoke to Mark Jones yesterday. This Mark guy promised a refund.',
      'Spoke to [NAME] yesterday. This [NAME] guy promised a refund.',
    ],
    ['Contact: Salam Haddad', 'Contact: [NAME]'],
    [
      'Also her sister, Aunt Bea (Beatrice Klein-Moss), needs a room',
      'Also her sister, [NAME] ([NAME]), needs a room',
    ],
    // A tool before a name in brackets is no nickname.
    ['Approved in Workday (Maria Lopez) yesterday.', 'Approved in Workday ([NAME]) yesterday.'],
    // A second address after a slash is no prefix length.
    [
      'Primary/secondary DNS 8.8.8.8/8.8.4.4 both time out.',
      'Primary/secondary DNS [IP]/[IP] both time out.',
    ],
    ['PASSENGER LEE/ANNA MS', 'PASSENGER [NAME] MS'],
    ['NAME CHANGE SMITH/JOHN MR REQUESTED', 'NAME CHANGE [NAME] MR REQUESTED'],
    ['Delivered on 20/1, 14 Hyndland Road, Glasgow G12 9UY', 'Delivered on 20/1, [ADDRESS]'],
    ['Visual Studio 2022, 14 Main Street, Leeds LS1 4AB breaks', 'Visual Studio 2022, [ADDRESS] breaks'],
  ],
  [
    'Login page shows code 1020 then loops.',
    'Sign-in fails with code 5003 after the update.',
    '2FA setup failed with code 1002.',
    'The door sensor shows code 0412 on the hub',
    "I can't log in to the app. The product code on the box is 44712.",
    'Left it at the gate. Tracking code in the email is 482139.',
    'The door was delivered damaged. Return code: 44127',
    'The garage said the fault code was 0420.',
    'The carrier sent code 30008 back for every message.',
    'My card PIN never worked and my bill this month was 4499',
    'Delivery pin code is 560001',
    "PIN reset worked, thanks. About invoice 100234, I think it's 100234 or 100243, the amount is wrong.",
    'The lockbox I bought last month was 3999 and arrived broken.',
    'The key safe you sold me: 1200 reviews said it was good',
    'My 2FA codes are time-based and keep failing.',
    'Booking codes:\n\n4f7k-2m9q\n8x2p-3n4v',
    "I reset my password but still can't get into Office365?",
    'Password reset fails on my Pixel8Pro!!',
    'I reset my password but Order#48213 still shows pending.',
    'Password policy_v2 rejects my new one.',
    'Missing translation key CheckoutPage2Title in fr-FR.',
    'The feature flag key EnableNewCheckout2024 is not respected.',
    'Security type: WPA2-Personal, Network key: WPA2-Personal',
    'Please ring Reception when you arrive.',
    'My Ring Doorbell Pro stopped working.',
    'Our DNS is hosted on Route 53, Seattle, WA 98101 and',
    'I bought 2 Google drive plans, Sydney NSW 2000 office.',
  ],
);

table(
  'from holdout-33: PINs listed, a PIN asked for and answered, a card code by where it is, dock codes, codes in brackets and other languages, a CSV card column',
  [
    [
      'read him the PINs over the phone: 5512, 7730, 0194. Two cards',
      'read him the PINs over the phone: [SECRET], [SECRET], [SECRET]. Two cards',
    ],
    [
      '[19:04] Agent: Which PIN are you entering?\n[19:05] Caller: 6620, scratched it off\n[19:07] Agent: ok',
      '[19:04] Agent: Which PIN are you entering?\n[19:05] Caller: [SECRET], scratched it off\n[19:07] Agent: ok',
    ],
    [
      'expires 09/27, the code on the back is 318.\nAGENT:',
      'expires 09/27, the code on the back is [SECRET].\nAGENT:',
    ],
    [
      'freight elevator booked, loading dock code 5520, dock closes 6pm',
      'freight elevator booked, loading dock code [SECRET], dock closes 6pm',
    ],
    [
      'the gate code given on the order (4410) did not open the gate',
      'the gate code given on the order ([SECRET]) did not open the gate',
    ],
    [
      'Bot: Sorry, that code has expired. A new one was sent.\n[09:14] Guest: 662019\n[09:14] Bot: Thanks',
      'Bot: Sorry, that code has expired. A new one was sent.\n[09:14] Guest: [SECRET]\n[09:14] Bot: Thanks',
    ],
    [
      'Recebi o código de verificação 771204 mas o site',
      'Recebi o código de verificação [SECRET] mas o site',
    ],
    ['Kod do domofonu: 4471. Telefon', 'Kod do domofonu: [SECRET]. Telefon'],
    [
      'chargeback_id,order_id,card_number,amount\nCB-55102,NV-20788102,4111111111111111,1299.99',
      'chargeback_id,order_id,card_number,amount\nCB-55102,NV-20788102,[CARD],1299.99',
    ],
    [
      'Chloe Martin\nFlat 9, Marlowe House\n42 Canal Street\nManchester M1 3WD\n07700 900 218\n\nThanks',
      '[NAME]\n[ADDRESS]\n[PHONE]\n\nThanks',
    ],
    [
      'Decision: block device. Reviewed by Olu Bankole, second review',
      'Decision: block device. Reviewed by [NAME], second review',
    ],
  ],
  [
    'the PINs are reset',
    'What is the error code? Nothing was sent.\nCustomer: 4012',
    'error code in the log (4012) again',
    'order,amount\n1,4111111111111111,3',
    'Bought at store #0231, receipt 0231-04-88912, $59.99.',
    'Team Lead, Chicago Contact Centre',
    'From: Northvale Trade-In Disputes\nSubject: RE',
    'To: Northvale Installs\nSubject: x',
    'End customer: Ferretería Hermanos Ruiz S.L. (Madrid), 35 seats',
    'phone order 5512-4471-09 shipped',
  ],
);

table(
  'holdout-34 and -35: transfer codes, a second code, a card with its expiry, shop ids, a firm after a name',
  [
    [
      'You gave me EPP/auth code 7#qLm2@Vw9!Tz to move the domain.',
      'You gave me EPP/auth code [SECRET] to move the domain.',
    ],
    ['The transfer code: Zk4!pQ9#wL2m is not accepted.', 'The transfer code: [SECRET] is not accepted.'],
    ['the code it sent was 650 231 and then 118 904', 'the code it sent was [SECRET] and then [SECRET]'],
    [
      'I set the PIN to 4821 and then 9930, neither works.',
      'I set the PIN to [SECRET] and then [SECRET], neither works.',
    ],
    [
      'SIN 529 173 643 on file. I also tried 529173643 in the form.',
      'SIN [SSN] on file. I also tried [SSN] in the form.',
    ],
    [
      'Manual order ref 4111 1111 1111 1111 exp 11/26 cvv 482',
      'Manual order ref [CARD] exp 11/26 cvv [SECRET]',
    ],
    [
      'Please send to 2nd Floor Flat, 19 Albion Terrace, Brighton BN2 9NA. Thanks',
      'Please send to [ADDRESS]. Thanks',
    ],
    ['The buyer is Kayla Brooks and she wants a refund.', 'The buyer is [NAME] and she wants a refund.'],
    ['Please fix it today. — Greg at Wick & Whistle', 'Please fix it today. — [NAME] at Wick & Whistle'],
    ['Call the shop (02) 5550 1234 today', 'Call the shop [PHONE] today'],
  ],
  [
    'The auth code step failed with error 500.',
    'I got a login code (check the app) and then an email',
    'we get a 429 Too Many Requests on the storefront api now and then. thanks',
    'Order ref 4111 1111 1111 1111 was shipped.',
    'Our shop id 48213 shows no payouts.',
    'I sell at shop 28817304 on the marketplace.',
    'Looked up: order #PH-3390 at shop 28817304 (Pine Hollow Goods), shipped.',
    'To: Salt & Sage Kitchenware (orders)',
    'Store #55120 has the wrong tax rate.',
    'The buyer is unhappy with the delivery.',
    '> On 3 Jun 2024, Stallfront Payments wrote:',
    'Thanks, Maple Leaf Studio',
    'Best, Harbor Lane Crafts',
    'My parcel is with Delhivery since Monday.',
  ],
);

table(
  'holdout-36 and -37: quoted sign-offs, a child named by the parent, IPv6 networks, France NIR, chat replies',
  [
    [
      'On Tue, 4 Mar 2025 at 3:12 PM Help wrote:\n> We can update it.\n> — Patrick, Circulation Services',
      'On Tue, 4 Mar 2025 at 3:12 PM Help wrote:\n> We can update it.\n> — [NAME], Circulation Services',
    ],
    ['My trainer, Bradley Oyelowo-Finch, turned up late', 'My trainer, [NAME], turned up late'],
    ["hi its rachel, jayden's mum (class 3B). pls fix", "hi its [NAME], [NAME]'s mum (class 3B). pls fix"],
    [
      'Please add me as a second contact for Maya Goldberg-Ruiz (Year 4, class Oak).',
      'Please add me as a second contact for [NAME] (Year 4, class Oak).',
    ],
    ['route: 2001:db8:4f2a::/48 via fe80::1', 'route: [IP] via [IP]'],
    [
      'mon numéro de sécurité sociale : 2 57 05 75 112 048 96. Je suis née le 14/05/1957',
      'mon numéro de sécurité sociale : [SSN]. Je suis née le [DOB]',
    ],
    ['Dane: Krystyna Wiśniewska, ur. 14.08.1956', 'Dane: [NAME], ur. [DOB]'],
    [
      "21:05 Agent: For security I've texted a one-time code to the number on file, please read it back.\n21:06 Visitor: 739104\n21:06 Agent: Verified",
      "21:05 Agent: For security I've texted a one-time code to the number on file, please read it back.\n21:06 Visitor: [SECRET]\n21:06 Agent: Verified",
    ],
    [
      "Agent: I've sent a verification code to your phone ending 0117.\nUser: got it: 90-44-12\nAgent: Verified.",
      "Agent: I've sent a verification code to your phone ending 0117.\nUser: got it: [SECRET]\nAgent: Verified.",
    ],
    [
      "[18:22] Customer: I'm not getting the verification code by text\n[18:23] Agent: I can send it by email instead. Which email is on file?\n[18:23] Customer: it is the one I registered with last year, the gmail one\n[18:25] Customer: got it, code is 482913 but it says expired",
      "[18:22] Customer: I'm not getting the verification code by text\n[18:23] Agent: I can send it by email instead. Which email is on file?\n[18:23] Customer: it is the one I registered with last year, the gmail one\n[18:25] Customer: got it, code is [SECRET] but it says expired",
    ],
    [
      'API key used for the test calls: cg_test_EXAMPLE_4bN8sK2pQ7wE\n\nError',
      'API key used for the test calls: [SECRET]\n\nError',
    ],
    [
      'employee_id,name,email,dob\nE10442,Kenji Watanabe,kenji@example.com,1988-04-17\nE10461,"O\'Neill, Brendan",brendan@example.com,1979-07-30\n\nThanks',
      'employee_id,name,email,dob\nE10442,[NAME],[EMAIL],[DOB]\nE10461,"[NAME]",[EMAIL],[DOB]\n\nThanks',
    ],
    [
      'My address is:\nApartment 12, Block C, Riverside Court, Dublin 8, D08 X2Y4\n\nMobile',
      'My address is:\n[ADDRESS]\n\nMobile',
    ],
    [
      'Rua Dr. Alceu de Campos Rodrigues, 349, ap. 71 – Vila Nova Conceição, São Paulo – SP, 04544-000\nCel',
      '[ADDRESS]\nCel',
    ],
  ],
  [
    "Will's dad called",
    "Apple's parent company",
    'My name is printed wrong on the programme',
    'Reason for contact: Lost charge card',
    'On Mon, 10 Mar 2025 at 09:02, Central Library wrote:\n> Your card is blocked.',
    'On Thu, 13 Mar 2025 at 4:15 pm, Enrolments Office wrote:\n> Dear parent',
    'Location at pickup: Bay 14, Car Park P3 (51.5033, -0.1195)',
    'Test done at station #A4471, certificate no. 0092-118-7734, odometer 84,212.',
    'Vehicle: Range Rover Evoque, reg SN20 FKL',
    'sécurité sociale: 2 57 05 75 112 048 95',
    'the primary key for the table: OrderItems2024abcdEF',
    'Key Vault Name: KvProdWestEurope01abc',
    'ur order from 14.08.2024 is late',
    'the AP 12 on floor 3 rebooted',
  ],
);

table(
  'holdout-34 again: HL7 PID fields, hyphenated surnames with a word in them, passwords after a few words',
  [
    [
      'Raw message:\nMSH|^~\\&|REG|STM|PORTAL|CN|20241105101522||ADT^A08|MSG00088120|P|2.3\nPID|1||MR4471902^^^STM^MR||OKAFOR^CHIDI^NNAMDI||19670805|M|||4410 W FULLERTON AVE^^CHICAGO^IL^60639||(773)555-0149|||||AC0099172|512-48-3096\nPV1|1|O|CLINIC^^^STM',
      'Raw message:\nMSH|^~\\&|REG|STM|PORTAL|CN|20241105101522||ADT^A08|MSG00088120|P|2.3\nPID|1||MR4471902^^^STM^MR||[NAME]||[DOB]|M|||[ADDRESS]||[PHONE]|||||AC0099172|[SSN]\nPV1|1|O|CLINIC^^^STM',
    ],
    ['Refund it.\nMarcus Delacroix-Bell\nmarcus@example.com', 'Refund it.\n[NAME]\n[EMAIL]'],
    [
      'Verbal account password on file: "bluejay47" - matched.',
      'Verbal account password on file: "[SECRET]" - matched.',
    ],
    [
      'temporary password given by phone (Kx7-pfQ2-91). Referred',
      'temporary password given by phone ([SECRET]). Referred',
    ],
    [
      'ur system txted me a code 482915 and said dont share it',
      'ur system txted me a code [SECRET] and said dont share it',
    ],
    [
      'Jean-Philippe Tremblay-Lavoie, né le 4 septembre 1977, NAS 718 443 021. Mon numéro',
      '[NAME], né le [DOB], NAS [SSN]. Mon numéro',
    ],
    ['SIN 130 652 274, 2207 - 1850 Comox Street, Vancouver, BC V6G 1R3.', 'SIN [SSN], [ADDRESS].'],
  ],
  [
    'Thanks for the Check-In',
    'password reset link: https://example.com/r/abc123',
    'Password expiry date: 2024-12-01',
    'password field label (Password1) shows',
    'I texted you a code snippet 2048 lines long',
    'backup to the NAS 718 443 021 done',
    'I have received a Penalty Charge Notice, number 0043 8812 97, saying I',
    'Voicemail: Nurse Advice Line, received Sat 06:12',
    'PID|PPID|USER|%CPU|%MEM|COMMAND\n4412|1|root|0.0|1.2|nginx',
  ],
);

table(
  'holdout-38 and -39: gift and backup codes, second passwords, nicknames with full names, NIE, SA ID, DOB again',
  [
    [
      'I still have my backup codes printed, I tried 4 of them and it says "code already used":\n  7f3k-92md\n  q8z1-4nwe\nThe code the login page sent to my email was 583 027 but it expired',
      'I still have my backup codes printed, I tried 4 of them and it says "code already used":\n  [SECRET]\n  [SECRET]\nThe code the login page sent to my email was [SECRET] but it expired',
    ],
    [
      'Old key (compromised, please revoke): gp_srv_EXAMPLEa8f3c91d4b7e2065f1c3a9d8\nNew',
      'Old key (compromised, please revoke): [SECRET]\nNew',
    ],
    [
      "Marco (Support) 19:02: I've sent a 6-digit code to the email on file. Can you read it back to me?\nPlayer 19:03: 441 902\nMarco (Support) 19:03: Thanks",
      "Marco (Support) 19:02: I've sent a 6-digit code to the email on file. Can you read it back to me?\nPlayer 19:03: [SECRET]\nMarco (Support) 19:03: Thanks",
    ],
    [
      'Card code: QH7M-4XKP-92TZ-LW3R, PIN 4417. The receipt',
      'Card code: [SECRET], PIN [SECRET]. The receipt',
    ],
    [
      'my password doesnt work anymore. i tried Summer2024!! and summer2024!! and nothing.',
      'my password doesnt work anymore. i tried [SECRET] and [SECRET] and nothing.',
    ],
    [
      'Visa on file — full PAN player pasted in chat (should be scrubbed): 4661 1575 0929 5549. Account',
      'Visa on file — full PAN player pasted in chat (should be scrubbed): [CARD]. Account',
    ],
    [
      'my National Insurance number, NH 62 14 83 B, exactly as on my payslip. I also tried NH621483B.',
      'my National Insurance number, [SSN], exactly as on my payslip. I also tried [SSN].',
    ],
    ['Por favor contáctenme al +52 1 55 4123 9087.', 'Por favor contáctenme al [PHONE].'],
    ['My NIE is Y2093817A if you need it', 'My NIE is [SSN] if you need it'],
    [
      'the key safe by the side door is 1 9 7 3 — she said',
      'the key safe by the side door is [SECRET] — she said',
    ],
    [
      'Die eienaar: Pieter-Jan van der Merwe, ID-nommer 8706145120089. Ek het',
      'Die eienaar: [NAME], ID-nommer [SSN]. Ek het',
    ],
    [
      'one has DOB 03/11/1992 and the other 11/03/1992\n[10:04:30] Visitor: so 03/11/1992 is right',
      'one has DOB [DOB] and the other [DOB]\n[10:04:30] Visitor: so [DOB] is right',
    ],
    [
      'Η εφαρμογή δεν δέχεται την ημερομηνία γέννησής μου (15/04/1978) και δεν',
      'Η εφαρμογή δεν δέχεται την ημερομηνία γέννησής μου ([DOB]) και δεν',
    ],
    ['The bride, Ruby Castillo-Ward, is asking', 'The bride, [NAME], is asking'],
    [
      'hey its jules (juliette marchetti) from the booking 8PQ3XZ',
      'hey its [NAME] ([NAME]) from the booking 8PQ3XZ',
    ],
    [
      'his name on the app is "kev" (kevin marsh). is that safe??',
      'his name on the app is "[NAME]" ([NAME]). is that safe??',
    ],
    ['hello this is bert kowalczyk my appt tmrw at 10:15', 'hello this is [NAME] my appt tmrw at 10:15'],
  ],
  [
    'My plan code is SIMO-30GB-1224.',
    'Promo code: SAVE-2024-XMAS1-AB12',
    'my password doesnt work. i tried Office365? and nothing',
    '[21:04] Rider: my driver just took a different route',
    'Trip 8f2c1a7e\nVehicle: Grey Toyota Prius\nPickup',
    'Bitte um Prüfung.\n\nViele Grüße',
    'Netstat shows the client bound to 0.0.0.0:27005, NAT',
    'backup to the NAS box done',
    'we use Chrome (version 122)',
    'its broken (maria said so)',
    'this is so annoying my order is late',
    'The error code the server sent was 5030 again',
  ],
);

table(
  'review of the holdout-34 to -39 rules: what they must leave, and the variants they missed',
  [
    [
      'PID|1||MR4471902||OKAFOR^CHIDI||19670805|M|||4410 W FULLERTON AVE^^CHICAGO^IL^60639||||||||412587730',
      'PID|1||MR4471902||[NAME]||[DOB]|M|||[ADDRESS]||||||||[SSN]',
    ],
    [
      'The feed sent: PID|1||MR4471902||OKAFOR^CHIDI||19670805|M',
      'The feed sent: PID|1||MR4471902||[NAME]||[DOB]|M',
    ],
    ['mi NIE es Y-1234567-X', 'mi NIE es [SSN]'],
    ['Carte Vitale n° 2 57 05 75 112 048 96', 'Carte Vitale n° [SSN]'],
    ['ID,Name,DOB\nE10461,"O\'Neill, Brendan",03/04/1975', 'ID,Name,DOB\nE10461,"[NAME]",[DOB]'],
    ['got a txt with code 482913', 'got a txt with code [SECRET]'],
    ['Backup code: QH7M-4XKP-92TZ', 'Backup code: [SECRET]'],
    [
      'The code the login page sent to my email was 583-027 ok',
      'The code the login page sent to my email was [SECRET] ok',
    ],
    ['Ticket 4821 - 12 Main Street, Springfield, IL 62704', 'Ticket 4821 - [ADDRESS]'],
    ['DOB 01/02/1990 invoice INV-01/02/1990-7', 'DOB [DOB] invoice INV-01/02/1990-7'],
  ],
  [
    'Part code: XR12-4B7K-9001 is out of stock',
    'The model code is KD55-X80K-A2B1',
    'The code 3fa8-9c2d-11ee is the firmware build',
    'I can log in on the website but not in the app. It has been like this for a week and support told me to reinstall, which I did twice, and cleared the cache, and restarted, and nothing changes. The app crashes with code 1032 right after the splash screen.',
    'The code for the report we emailed was 2023',
    'The code on the letter you sent is 1234 5678',
    "Trader Joe's parent company is Aldi",
    'the coach Flixbus left without me',
    'The insurance adjuster Allstate assigned never called',
    'Gift card order ID 4539 1488 0343 6467',
    'Refund to the card, transaction ID 4539 1488 0343 6467',
    'password still not working (Windows11)',
    'password last changed: 12Mar2024',
    'Key Vault secret name: prodDb2Conn3String4',
    'key ID in the logs: a1B2c3D4e5F6g7H8',
    'Public key fingerprint: SHA256xB3dE5fG7hI9jK1lM3nO5',
    'I tried Windows11! but the password reset still fails',
    'pls check ur. 12/03/2024 invoice',
    'got ur. 2 emails on 14.08.2024',
    'Suite 200, Tower B, Gate D12 0045',
    'max (maxwell house) coffee pods subscription',
    'we use "Lucy" (Lucy Labs scheduler)',
  ],
);

table(
  'holdout-40 and -41: log lines, Wi-Fi keys, regions of the numbers given, street lines over a postcode',
  [
    [
      'Okta System Log:\n07:12:44Z user.session.start SUCCESS  client 198.51.100.77  Stockholm, SE',
      'Okta System Log:\n07:12:44Z user.session.start SUCCESS  client [IP]  Stockholm, SE',
    ],
    [
      'Temp password issued: Kettle-Plum-48! (must change at first login)',
      'Temp password issued: [SECRET] (must change at first login)',
    ],
    [
      'I reset your password.\nVisitor: also i tried old one Bhiwandi@2023# and it locked me out',
      'I reset your password.\nVisitor: also i tried old one [SECRET] and it locked me out',
    ],
    [
      'the floor network is WH-FLOOR-5G (WPA2-PSK), key is Forklift-Rainbow-2291. The scanners are on VLAN 40.',
      'the floor network is WH-FLOOR-5G (WPA2-PSK), key is [SECRET]. The scanners are on VLAN 40.',
    ],
    ['Phone: 514-555-0172 poste 4\nSite', 'Phone: [PHONE]\nSite'],
    [
      'Requested by: Okafor, Adaeze (Sales Ops)\nEmployee ID: E-10482',
      'Requested by: [NAME] (Sales Ops)\nEmployee ID: E-10482',
    ],
    ['Requested by: Okonkwo, Chidi — HR Business Partner', 'Requested by: [NAME] — HR Business Partner'],
    ['Site: 3450 boul. Industriel, Laval, QC H7L 4R9', 'Site: [ADDRESS]'],
    [
      'Bezoekadres DC:\nWaalhaven Zuidzijde 21\n3089 JH Rotterdam\n\nMet',
      'Bezoekadres DC:\n[ADDRESS]\n\nMet',
    ],
    ['Lieferadresse:\nAm Sandtorkai 50\n20457 Hamburg', 'Lieferadresse:\n[ADDRESS]'],
    ['he has my CNIC copy: 35202-8841937-3.', 'he has my CNIC copy: [SSN].'],
    [
      "my SIN is invalid. I've typed it as 527 346 183 and as 527346183.",
      "my SIN is invalid. I've typed it as [SSN] and as [SSN].",
    ],
    [
      'They said a code would come by text and asked me to read it out. I read them 482913. Then',
      'They said a code would come by text and asked me to read it out. I read them [SECRET]. Then',
    ],
    [
      'asked for the passcode to test it. It is 280419. My SIM',
      'asked for the passcode to test it. It is [SECRET]. My SIM',
    ],
    [
      "it asked my security question and I answered Kowalczyk (my mother's maiden name)",
      "it asked my security question and I answered [SECRET] (my mother's maiden name)",
    ],
  ],
  [
    'VPN client 6.4.2.1 crashes',
    'the wifi works but the license key is ABCD-1234-EFGH.',
    'WiFi down. primary key is orders_pk2024 in the db',
    'We moved to office 1200 in the Sunset building',
    'Office 365 licence 4412 5512 expired',
    'Error count 21\n20245 Total',
    'Build 42\n10115 Berlin',
    'ISA*00*          *00*          *ZZ*STACKYARDPRD   *01*081466849      *240611*0930*U~',
    'Message-ID: <20240611075810.3f9a1c@mailer.stackyard-hr.example>',
    'Police FIR ho gayi hai, FIR no. 0412/2024, Hinjewadi police station.',
    '[14:02] Carewell Online: Hi, how can we help?',
    'I read them 1200 lines of the log',
    'It is 2024. The pin reset worked.',
  ],
);

table(
  'holdout-42 and -43: lists of birth dates, markdown rooming lists, .env signing keys, more national numbers',
  [
    [
      'you asked for birth dates to check the child rates:\n\nJakob Steiner – 14.01.1983\nMila Steiner – b. 2016-05-09\n\nPhotos',
      'you asked for birth dates to check the child rates:\n\n[NAME] – [DOB]\n[NAME] – b. [DOB]\n\nPhotos',
    ],
    [
      '| # | Name (as on passport) | DOB | Passport | Room |\n|---|---|---|---|---|\n| 1 | GARCÍA LÓPEZ, Ana Isabel | 07/08/1990 | XDA384921 | 201 |',
      '| # | Name (as on passport) | DOB | Passport | Room |\n|---|---|---|---|---|\n| 1 | [NAME] | [DOB] | XDA384921 | 201 |',
    ],
    [
      'employee_no;name;email\nE-10519;Dimitrios Papadopoulos;d.papadopoulos@example.com',
      'employee_no;name;email\nE-10519;[NAME];[EMAIL]',
    ],
    ['JWT_SIGNING_KEY=7c9e1f0b3a5d8e2c4b6a9f1e3d5c7b0aEXAMPLE\nX=1', 'JWT_SIGNING_KEY=[SECRET]\nX=1'],
    ['- Ski room locker 4B, combination 0616', '- Ski room locker 4B, combination [SECRET]'],
    [
      'Card: 4072463823897629\nExp: 11/27\nSecurity code: 904\n\nName',
      'Card: [CARD]\nExp: 11/27\nSecurity code: [SECRET]\n\nName',
    ],
    [
      "[09:43:02] Priya: Thanks. I've sent a verification code to the original email on file, could you read it back to me?\n[09:43:40] Visitor: 604219\n[09:44:12] Priya: ok",
      "[09:43:02] [NAME]: Thanks. I've sent a verification code to the original email on file, could you read it back to me?\n[09:43:40] Visitor: [SECRET]\n[09:44:12] [NAME]: ok",
    ],
    ['PAN of signatory (Director): BKRPS4821L\nSignatory', 'PAN of signatory (Director): [SSN]\nSignatory'],
    ['  "tax_file_number": "459 128 733",', '  "tax_file_number": "[SSN]",'],
    ['My Teudat Zehut number is 038271649, thanks', 'My Teudat Zehut number is [SSN], thanks'],
    [
      'Date of Birth - 22/11/1974. Enrolled on 01/09/2020 with plan PLN-GOLD-12.',
      'Date of Birth - [DOB]. Enrolled on 01/09/2020 with plan PLN-GOLD-12.',
    ],
  ],
  [
    'security code 403 error on login',
    'the signing key rotation is weekly',
    'combination of factors 2024 study',
    'login failed (code 4012)',
    'keeps saying "session_invalid (code 4012)". app v3.8.1',
    'the HP 9123 4567 printer',
    'Met vriendelijke groet,\nGroet',
  ],
);

table(
  'review of the holdout-40 to -43 rules: what they must leave',
  [
    ['Am Sandtorkai 50\r\n20457 Hamburg\r\nx', '[ADDRESS]\r\nx'],
    ['PER*IC*Jane Smith*TE*3125550142*EM*jane@acme.com~', 'PER*IC*[NAME]*TE*[PHONE]*EM*[EMAIL]~'],
    ['security code is 904', 'security code is [SECRET]'],
    ['Flow: app 10.0.0.5 -> db 10.0.0.6 blocked', 'Flow: app 10.0.0.5 -> db [IP] blocked'],
  ],
  [
    'Office 365 tenant 12345678',
    'Office 2016 product key 4471 2290 8812',
    'Guest says wifi is slow and the room key is de-magnetised again',
    'Wi-Fi is fine now. The door key is 4B-1123-A at reception',
    'WiFi problem - ticket #4411; key is 2024-06-11T10:00Z',
    'The crash happens with a combination of Chrome and Okta. It is 2024 and still broken.',
    'PIN blocked after 3 tries. It is 1530 now',
    "PIN reset requested. It's 1500 EUR stuck on the card.",
    'The combo 4411 (burger + fries) was missing from the order',
    'SKU combination 4411 and 4412 out of stock',
    'Shipping was delayed, so I read them 48291 from the tracking page.',
    'The error code list is long, I read him 50012 from the log',
    'security question flow: customer answered correctly',
    'Security code 429 Too Many Requests',
    'Password reset needed for user Admin@Site1 please',
    'DOB verified. Stay details:\n\nArrival 2015-06-12\nDeparture 2015-06-19',
    'Jenkins Build 42\n10293 Artifacts Uploaded',
    'Laptop Dell Latitude 7420\n16384 MB RAM',
    'Zendesk Ticket 4471\n20240 Acme Corp',
    'Message-ID: <CAJ+mZ3x=Q2f_kT9w-4pYx@mail.gmail.com>',
    'References: <a1@x.example> <b2@y.example>',
  ],
);

table(
  'another code of the same length, passwords and codes named in Chinese, Japanese and Korean',
  [
    [
      'cant log in to the app. it sent me code 730418 but then says expired. tried again got 552906 same thing.',
      'cant log in to the app. it sent me code [SECRET] but then says expired. tried again got [SECRET] same thing.',
    ],
    [
      '新的门锁密码是 582903#,Wi-Fi 名称 JingAn_Home,密码 jingan8866。订单号 HLR-8830217。',
      '新的门锁密码是 [SECRET],Wi-Fi 名称 JingAn_Home,密码 [SECRET]。订单号 HLR-8830217。',
    ],
    ['パスワードは Sakura2024! です', 'パスワードは [SECRET] です'],
    ['비밀번호: Hana1234 입니다', '비밀번호: [SECRET] 입니다'],
  ],
  ['code 4821 worked, got 2 emails', '密码错误 ERR-401', 'パスワードを忘れました'],
);

table(
  'holdout-44 and -45: codes after their credential word, OTPs replied to, lower-case PAN, an address over a phone line',
  [
    [
      'already uploaded aadhaar 2345 6789 0127 and pan ABCPK4821L both.',
      'already uploaded aadhaar [SSN] and pan [SSN] both.',
    ],
    [
      'I set my password to Kestrel-Moon-44 at enrolment and it says',
      'I set my password to [SECRET] at enrolment and it says',
    ],
    ['The collection code is 8842 6193.', 'The collection code is [SECRET].'],
    [
      'my 1098-E form has the wrong ssn on it, last digits are off. correct one is 219 55 0347. loan acct 8812093344',
      'my 1098-E form has the wrong ssn on it, last digits are off. correct one is [SSN]. loan acct 8812093344',
    ],
    [
      'Executive: OTP sent. Please share it here.\nUser: 601552\nExecutive: Verified.',
      'Executive: OTP sent. Please share it here.\nUser: [SECRET]\nExecutive: Verified.',
    ],
    [
      'The current master code on the panel is 7319 and',
      'The current master code on the panel is [SECRET] and',
    ],
    [
      "connaîtra le code de l'alarme : 5820. Son portable",
      "connaîtra le code de l'alarme : [SECRET]. Son portable",
    ],
    [
      'The Old Rectory, Church Lane, Little Chalfont, Amersham HP7 9QE\nMobile 07700 900955',
      '[ADDRESS]\nMobile [PHONE]',
    ],
    ['1 Main St\nMobile, AL 36602', '[ADDRESS]'],
    [
      "gate code given on the order (1987) didn't open the gate",
      "gate code given on the order ([SECRET]) didn't open the gate",
    ],
  ],
  ['Please confirm your memorable word, characters 2, 5 and 7.', 'the security code for the report is 2023'],
);
