// Shapes a twelfth round of labelled tickets showed the detectors missing, each as a general rule with its
// positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  'a national number written again with a slip, or with other separators, next to the one found',
  [
    [
      'The 1099 you sent has my SSN as 518-24-7731 but the right one is 518-24-7713.',
      'The 1099 you sent has my SSN as [SSN] but the right one is [SSN].',
    ],
    [
      'My SIN is 046 454 286; the agent typed 046 454 268 so the bureau check failed.',
      'My SIN is [SSN]; the agent typed [SSN] so the bureau check failed.',
    ],
    [
      'PPS number 8123456C keeps failing, I also tried 8123456 C with the space.',
      'PPS number [SSN] keeps failing, I also tried [SSN] with the space.',
    ],
    // Not in another paragraph, nor with three characters changed.
    [
      'My SIN is 046 454 286.\n\nUnrelated: part 046 454 268 is back in stock.',
      'My SIN is [SSN].\n\nUnrelated: part 046 454 268 is back in stock.',
    ],
    [
      'My PPS number is 8123456C. Invoice 8123999C is paid.',
      'My PPS number is [SSN]. Invoice 8123999C is paid.',
    ],
  ],
  [],
);

table(
  'a date of birth written again with day and month swapped or a slip, where the text corrects it',
  [
    [
      'Date of birth on the booking says 03/11/2016 but it should be 11/03/2016, please fix.',
      'Date of birth on the booking says [DOB] but it should be [DOB], please fix.',
    ],
    [
      'DOB: 07.05.1984 is wrong, the correct one is 07.05.1948.',
      'DOB: [DOB] is wrong, the correct one is [DOB].',
    ],
    // Not without a word of correction: other dates of the same year.
    [
      'DOB 11/03/2016. Booked on 12/03/2016 for travel on 11/04/2016.',
      'DOB [DOB]. Booked on 12/03/2016 for travel on 11/04/2016.',
    ],
    [
      'Born 07.05.1984; the contract started 07.05.2014 and ends 07.05.2024.',
      'Born [DOB]; the contract started 07.05.2014 and ends 07.05.2024.',
    ],
  ],
  [],
);

table(
  'a US SSN read out in words after its word',
  [
    [
      'Caller said the social is four zero one, seven two, five five three eight and asked for a callback.',
      'Caller said the social is [SSN] and asked for a callback.',
    ],
    [
      'SYSTEM: Please say your Social Security number.\nCALLER: five three six, two two, seven one zero four\nSYSTEM: Thank you.',
      'SYSTEM: Please say your Social Security number.\nCALLER: [SSN]\nSYSTEM: Thank you.',
    ],
    [
      'SSN on file is fine. Call me on five five five, one two three, four five six seven.',
      'SSN on file is fine. Call me on [PHONE].',
    ],
  ],
  ['My social worker gave me the case number four zero one, seven two, five five three eight.'],
);

table(
  'a speaker named by a label on three lines or more, where the agent is named before "(Agent)"',
  [
    [
      'Ebere: my transfer failed but I was debited\nChinwe (Agent): Sorry about that, the reference please?\nEbere: REF-88120\nChinwe (Agent): Thank you.\nEbere: ok',
      '[NAME]: my transfer failed but I was debited\n[NAME] (Agent): Sorry about that, the reference please?\n[NAME]: REF-88120\n[NAME] (Agent): Thank you.\n[NAME]: ok',
    ],
  ],
  [
    'Status: open\nOwner (Agent): queue\nStatus: pending\nOwner (Agent): queue\nStatus: closed',
    'Update: v2.1 shipped\nRelease (Agent): none\nUpdate: v2.2 shipped\nUpdate: v2.3 shipped',
  ],
);

table(
  'a name after a long dash ending the message: above a note the desk added, or before a town',
  [
    [
      'Please reset it, back on the 28th.\n— Odile Brannigan\n\n[Agent note] Password force-reset, user reminded.',
      'Please reset it, back on the 28th.\n— [NAME]\n\n[Agent note] Password force-reset, user reminded.',
    ],
    [
      'Anything you can see from your side? — Obinze, Port Harcourt',
      'Anything you can see from your side? — [NAME], Port Harcourt',
    ],
  ],
  [
    'Then save. — Settings, Privacy',
    'Report attached.\n— Payments Team\n\n[Agent note] Closed.',
    'Queue was drained by the job. — Kafka, Frankfurt',
  ],
);

table(
  'given names of Southern Africa and Nigeria in the lexicon',
  [
    ['Regards,\nNaledi Mthembu', 'Regards,\n[NAME]'],
    ['Spoke with Lindiwe about the refund.', 'Spoke with [NAME] about the refund.'],
    ['Thanks, Tolu', 'Thanks, [NAME]'],
  ],
  ['My seller account (store: Tolu Naturals) was suspended.'],
);

table(
  "a Japanese signature after the department, and a name in brackets after a contact's number",
  [
    ['経理部 鈴木 一郎\n携帯：090-4321-8765', '経理部 [NAME]\n携帯：[PHONE]'],
    ['連絡先：080-1111-2222（高橋 美咲）', '連絡先：[PHONE]（[NAME]）'],
  ],
  ['人事部 御中\n\nお疲れ様です。', '（東京都の件）'],
);

table(
  'a table of people headed by who they are, beside their birth dates or numbers',
  [
    [
      '| member | DOB | SSN |\n|---|---|---|\n| Marisol Vega | 1979-03-02 | 219-09-9999 |',
      '| member | DOB | SSN |\n|---|---|---|\n| [NAME] | [DOB] | [SSN] |',
    ],
    ['passenger,dob\nKeanu Ortiz,2011-05-14', 'passenger,dob\n[NAME],[DOB]'],
  ],
  ['| member | plan | seats |\n|---|---|---|\n| Gold Tier | annual | 4 |', 'guest,room,nights\nVIP,412,3'],
);

table(
  'a Singapore mobile in two fours, in a text that names Singapore or holds an NRIC',
  [
    ['NRIC S8734521A, my hp 9555 0193 if easier', 'NRIC [SSN], my hp [PHONE] if easier'],
    ['Grace Lim\n9155 0148\nSingapore 460412', '[NAME]\n[PHONE]\nSingapore 460412'],
  ],
  [
    'Order 9123 4571 shipped to our Singapore office.',
    'Refund of SGD 45.00 under ref 9123 4571 was sent.',
    'Singapore hub: tracking 9123 4571 and invoice 8123 4096 are both open.',
  ],
);

table(
  "a one-time-password seed as a key's value, and the answers to quoted security questions in a verification log",
  [
    ['APP_TOTP_SEED=KRSXG5CTMVRXEZLU\nAPP_REGION=eu-west-1', 'APP_TOTP_SEED=[SECRET]\nAPP_REGION=eu-west-1'],
    [
      'Verification answered:\nQ1 "name of first school" answered: Hillcrest — MATCH\nQ2 "street you grew up on" answered: Mercer — NO MATCH (on file: Alder)',
      'Verification answered:\nQ1 "name of first school" answered: [SECRET] — MATCH\nQ2 "street you grew up on" answered: [SECRET] — NO MATCH (on file: [SECRET])',
    ],
  ],
  [
    'RANDOM_SEED=42 and TOTP_WINDOW=30',
    'Survey answered:\n{"name": "Onboarding", "status": "Closed"}',
    'The ticket "order status page" answered: Shipped, per the bot.',
  ],
);

table(
  "health and identity numbers by their own names: Germany's KVNR, BC's PHN, Northern Ireland's H&C number, a South African ID later in its clause or as a JSON key",
  [
    [
      'Versichertennummer: T552018438\nGeburtsdatum: 04.11.1962',
      'Versichertennummer: [SSN]\nGeburtsdatum: [DOB]',
    ],
    ['Claim denied: "PHN 9698 658 215 not eligible".', 'Claim denied: "PHN [SSN] not eligible".'],
    [
      'My Health and Care number is 320 665 2138, please update.',
      'My Health and Care number is [SSN], please update.',
    ],
    [
      'The ID number on the fine is 8001015009087, which is mine.',
      'The ID number on the fine is [SSN], which is mine.',
    ],
    ['{"idNumber": "8001015009087", "plan": "basic"}', '{"idNumber": "[SSN]", "plan": "basic"}'],
  ],
  [
    'Versichertennummer A123456789 (Beispiel aus dem Formular).',
    'The ID number on the ticket is 8001015009088, per the log.',
    '{"orderNumber": "8001015009087"}',
    'Our PHN clinic code is 1234 567 890.',
  ],
);

table(
  'a birthday without its year right after born or birthday; a date of birth said after an answering system asks for it; the day before the month where it cannot be one',
  [
    ['Our son was born on the third of May, if that helps.', 'Our son was born on [DOB], if that helps.'],
    ['Her birthday is 14 March and the card never came.', 'Her birthday is [DOB] and the card never came.'],
    [
      'SYSTEM: Please say your date of birth.\nCALLER: March fifth nineteen eighty-one\nSYSTEM: Thank you.',
      'SYSTEM: Please say your date of birth.\nCALLER: [DOB]\nSYSTEM: Thank you.',
    ],
    ['{"dob": "1985-23-07", "plan": "family"}', '{"dob": "[DOB]", "plan": "family"}'],
  ],
  [
    'DOB on file is fine. Renewal is due 5 July.',
    'My DOB is correct. Please assist.\nSubmitted: 2024-06-18 09:14:22 SAST',
    'Born in May. The order from 2024-23-07 is odd.',
  ],
);

table(
  "addresses: a Tokyo neighbourhood of two words, a Dutch street named after someone, Bengaluru's crosses, a Nigerian plot",
  [
    [
      'Send the cheque to 2-8-1 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013 please.',
      'Send the cheque to [ADDRESS] please.',
    ],
    ['Nieuw adres: Van Woustraat 120-2, 1073 LX Amsterdam.', 'Nieuw adres: [ADDRESS].'],
    [
      'Rent for the flat at 27/1 5th Cross, Malleshwaram, Bengaluru 560003 is paid.',
      'Rent for the flat at [ADDRESS] is paid.',
    ],
    ['Office: Plot 77, Sector C4, Wuse, Abuja 900288.', 'Office: [ADDRESS].'],
  ],
  [
    'Versions 3-14-2 and 3-15-0 crash on Tokyo devices, ticket 160-0023.',
    'Version 14/2 Beta, Release Notes, Build 560038 is out.',
    'Our order 3344 left the Van Woustraat depot 12 minutes ago.',
  ],
);

table(
  'cards after "card number" or listed "in order", not an ID card\'s; national numbers given in a chat reply or a few words after "ID"; a date read out with "the"',
  [
    [
      'He pasted his full card number into the chat despite the warning: 4111 1111 1111 1111 - please scrub.',
      'He pasted his full card number into the chat despite the warning: [CARD] - please scrub.',
    ],
    [
      'Cards tried, in order: 4000 0566 5566 5556, 5454 5454 5454 5454.',
      'Cards tried, in order: [CARD], [CARD].',
    ],
    ['Please share the NIN here.\nCustomer: 34718290563', 'Please share the NIN here.\nCustomer: [SSN]'],
    [
      'Bot: Please share your PAN.\nUser: AKLPR4821M, uploaded twice',
      'Bot: Please share your PAN.\nUser: [SSN], uploaded twice',
    ],
    [
      'They want a certified copy of my ID; the number is 9107230145082, fine?',
      'They want a certified copy of my ID; the number is [SSN], fine?',
    ],
    ['DOB given as "the ninth of November, nineteen ninety-five".', 'DOB given as "[DOB]".'],
  ],
  [
    'Gift card order ID 4539 1488 0343 6467 shipped.',
    'Loyalty card number 4111 1111 1111 1111 in order 5521.',
    'Order ID 9107230145082 shipped.',
  ],
);

table(
  'addresses: a postcode before a bracket or after a barangay, Indian house numbers, a UK street of common words where an address is announced, a postcode given in a reply',
  [
    [
      'I own 3/22 Ponsonby Road, Ponsonby, Auckland 1011 (managed by you).',
      'I own [ADDRESS] (managed by you).',
    ],
    [
      'Send it to 88 Rizal Ave, Barangay 412, Sampaloc, Manila 1008\n\nSalamat!',
      'Send it to [ADDRESS]\n\nSalamat!',
    ],
    [
      'Address as per Aadhaar: 9/2, 4th Cross, Jayanagar, Bengaluru 560011.',
      'Address as per Aadhaar: [ADDRESS].',
    ],
    [
      'Permanent address: House No. 58, Sector 21-C, Chandigarh 160022, India.',
      'Permanent address: [ADDRESS].',
    ],
    [
      'Customer is updating address to 4 Willow Bank, Taunton TA1 3QP.',
      'Customer is updating address to [ADDRESS].',
    ],
    [
      'Agent: And the postcode?\nCustomer: LS17 8QT\nAgent: Thanks.',
      'Agent: And the postcode?\nCustomer: [ADDRESS]\nAgent: Thanks.',
    ],
  ],
  [
    'We ordered 3 Offices, London, Leeds LS1 4AP.',
    'Release 2, Build 2024 (beta) is out.',
    'Version 14/2, Release Notes, Build 560038 are attached.',
  ],
);

table(
  'secrets: a memorable word that "should be" one, an authenticator key a sentence on, a device\'s default account and its password',
  [
    [
      'The memorable word should be marmalade, and the PIN too.',
      'The memorable word should be [SECRET], and the PIN too.',
    ],
    [
      'Can I give you my authenticator key so you can move it? It is KRSXG5CTMVRXEZLU.',
      'Can I give you my authenticator key so you can move it? It is [SECRET].',
    ],
    ['The camera is at 10.0.0.8 (admin / Harbour!Cam88).', 'The camera is at [IP] (admin / [SECRET]).'],
  ],
  [
    'The memorable word should be changed soon.',
    'Role: admin/v2.3.1-beta, see /admin/settings2.',
    'Please add her as admin: payroll team.',
  ],
);

table(
  'an IBAN a group too long or short for its country that passes mod 97; national numbers read out with their letters; a Swedish personal number in English; "nací"',
  [
    ['Beneficiary IBAN: DE64 5001 0517 5403 2418 9376', 'Beneficiary IBAN: [IBAN]'],
    [
      "It asks for my tax file number but won't take it. It's four five nine, eight seven two, one three four. Ring me.",
      "It asks for my tax file number but won't take it. It's [SSN]. Ring me.",
    ],
    [
      "ye asked for my PPS number, it's six eight one three four nine two K. Em, thanks",
      "ye asked for my PPS number, it's [SSN]. Em, thanks",
    ],
    [
      'My national insurance is S K seven three zero six nine two A. Thanks',
      'My national insurance is [SSN]. Thanks',
    ],
    [
      'It asks for a Swedish personal number. Mine is 850314-2385 but it fails.',
      'It asks for a Swedish personal number. Mine is [SSN] but it fails.',
    ],
    ['Mi nombre es Lucía y nací el 12 de marzo de 1985.', 'Mi nombre es [NAME] y nací el [DOB].'],
  ],
  [
    'Ref DE12 3456 7890 1234 on the statement.',
    'My order id is four four one two, please check.',
    'Personal best: run 850314-2386 is logged.',
  ],
);

table(
  "a second national number of the kind later in the sentence of one found; Italy's codice fiscale by its shape and check letter",
  [
    [
      "They need ID numbers. Mine is 8804126970083 and my wife's is 9309270659085.",
      "They need ID numbers. Mine is [SSN] and my wife's is [SSN].",
    ],
    ['Intestatario:\nC.F. BNCGLI90E52F205V', 'Intestatario:\nC.F. [SSN]'],
    // Not one that fails the kind's check.
    [
      'They need ID numbers. Mine is 8804126970083 and the batch was 1234567890123.',
      'They need ID numbers. Mine is [SSN] and the batch was 1234567890123.',
    ],
  ],
  ['Part ABCDEF12A34B567C is out of stock.'],
);

table(
  'secrets: a security question asked in quotes and answered on the next line; a card code "on the back" in brackets or after a comma; the latest OTP; a verbal password set in quotes',
  [
    [
      'Bot: Answer your security question: "Name of your first pet?"\nCustomer: Captain Fluff\nBot: Thanks.',
      'Bot: Answer your security question: "Name of your first pet?"\nCustomer: [SECRET]\nBot: Thanks.',
    ],
    [
      "I still have the card. He asked for the 3 digits on the back (it's 902), is that safe?",
      "I still have the card. He asked for the 3 digits on the back (it's [SECRET]), is that safe?",
    ],
    [
      'I read him the card and the three digits on the back, 417.',
      'I read him the card and the three digits on the back, [SECRET].',
    ],
    [
      "I keep getting SMS OTPs I didn't request, the latest one was 583920 at 06:41.",
      "I keep getting SMS OTPs I didn't request, the latest one was [SECRET] at 06:41.",
    ],
    [
      'Also change the verbal password to "Marmalade Sky" please.',
      'Also change the verbal password to "[SECRET]" please.',
    ],
  ],
  [
    'The card has 3 digits on the back, printed in black.',
    'We sent 4 OTPs today; the latest one was at 06:41.',
    'The phone password was changed yesterday.',
  ],
);
