// Table-driven tests of the redact.pii detectors, through the same scan the step runs (all types enabled,
// default phone regions): each positive must come out exactly as written, each negative must come out
// unchanged. Negatives cover every identifier kind the step promises to keep.
import { table } from './table.ts';

table(
  'email',
  [
    ['mail me at jane.doe@example.com.', 'mail me at [EMAIL].'],
    ['<ANNA.Kowalska@Gmail.com>', '<[EMAIL]>'],
    ['(emily.davis+shop@example.co.uk)', '([EMAIL])'],
    ['"LiAm.O\'Neil@example.ie" wrote', '"[EMAIL]" wrote'],
    ['**jose.martinez@correo.example.es**', '**[EMAIL]**'],
    ['[mail](mailto:ops@acme.example)', '[mail](mailto:[EMAIL])'],
    ['john.smith [at] example [dot] com', '[EMAIL]'],
    ['user(at)example(dot)org please', '[EMAIL] please'],
    // " dot " found from the word pass's list of keywords, not by searching the text again.
    ['write to jane at example dot com.', 'write to [EMAIL].'],
    ['Ticket #1. Reply: mark at acme dot io', 'Ticket #1. Reply: [EMAIL]'],
  ],
  [
    'package @acme/sdk@3.2.1 not found',
    'release web@4.18.0 is live',
    'ping @devops in #support',
    'noah@@typo',
  ],
);

table(
  'phone',
  [
    ['Call (415) 555-0132 today', 'Call [PHONE] today'],
    ['cell: 415-555-0198.', 'cell: [PHONE].'],
    ['tel 212.555.0178', 'tel [PHONE]'],
    ['+1 (646) 555-0101 x1234 asap', '[PHONE] asap'],
    ['(617-555-0187 ext. 204)', '([PHONE])'],
    ['+44 20 7946 0958', '[PHONE]'],
    ['UK office 020 7946 0958', 'UK office [PHONE]'],
    ['mobile 07911 654321', 'mobile [PHONE]'],
    ['Tel. 030 901820', 'Tel. [PHONE]'],
    ['+49 (0)30 2345678', '[PHONE]'],
    ['0049 176 12345678', '[PHONE]'],
    ['mon numéro: 06 12 34 56 78', 'mon numéro: [PHONE]'],
    ['+33 1 23 45 67 89', '[PHONE]'],
    ['+81 90-1234-5678', '[PHONE]'],
    ['my number is 98765 43210', 'my number is [PHONE]'],
    ['call 1-800-555-0199', 'call [PHONE]'],
    ['fictional 555-123-4567', 'fictional [PHONE]'],
  ],
  [
    'order ORD-2024-118833 and #48213',
    'Amazon order 112-3456789-1234567',
    'ticket TCK-99812 for invoice 100045',
    'on 2024-03-05 at 10:22:31',
    'timestamp 2024-03-05T10:22:31Z',
    'dated 05/03/2024 and 3/1/24',
    'price $1,299.00 or €49,90',
    'build 10.0.19045 and 22631.3296',
    'Chrome 122.0.6261.112',
    'epoch 1709634151',
    'Merchant ID 4445551230',
    'the PO number is 4500123456',
    'Ref 5550123456',
    'FedEx 7489 2345 6789',
    'USPS 9205590164917312751089',
    'ISBN 978-3-16-148410-0',
    'id 9007199254740991',
    'listening on :8080 and port 5432',
  ],
);

table(
  'card',
  [
    ['Visa 4111 1111 1111 1111 declined', 'Visa [CARD] declined'],
    ['card 4242-4242-4242-4242 exp 12/27', 'card [CARD] exp 12/27'],
    ['Amex 3782 822463 10005', 'Amex [CARD]'],
    ['JCB 3530111333300000.', 'JCB [CARD].'],
    ['Diners 3056 9309 0259 04', 'Diners [CARD]'],
    ['Mastercard 2223 0031 2200 3222', 'Mastercard [CARD]'],
    ['mistyped after a cue: Visa 4916 3389 1023 4564', 'mistyped after a cue: Visa [CARD]'],
    // A run of digits too short for a card comes first on the line; the card after it is still found.
    [
      'ref 20240305, 1Z999AA10123456784, card 4111111111111111',
      'ref 20240305, 1Z999AA10123456784, card [CARD]',
    ],
  ],
  [
    'not Luhn, no cue: 4111 1111 1111 1112',
    'trace id 4000123412341234',
    'UPC 036000291452, EAN 4006381333931',
    'tracking 1Z999AA10123456784',
    'card ending 4242',
  ],
);

table(
  'iban',
  [
    ['IBAN DE89 3704 0044 0532 0130 00.', 'IBAN [IBAN].'],
    ['GB29NWBK60161331926819', '[IBAN]'],
    ['to FR14 2004 1010 0505 0001 3M02 606 please', 'to [IBAN] please'],
    ['NO93 8601 1117 947', '[IBAN]'],
  ],
  ['bad checksum DE88 3704 0044 0532 0130 00', 'VAT DE123456789', 'BIC NWBKGB2L', 'KB5034441'],
);

table(
  'ssn',
  [
    ['SSN 123-45-6789', 'SSN [SSN]'],
    ['ss# 457-55-5462;', 'ss# [SSN];'],
    // "ss#" is the only cue: the spaced form needs it found.
    ['SS# 457 55 5462', 'SS# [SSN]'],
    ['the class# ss# 457.55.5462', 'the class# ss# [SSN]'],
    ['my ssn is 321 54 9876', 'my ssn is [SSN]'],
    ['social security number 123456789', 'social security number [SSN]'],
  ],
  [
    'SSN 000-12-3456 is not issued',
    'order 123 45 6789',
    'ORD-123-45-6789',
    'case 123456789',
    'area 666-12-3456 is never issued',
    'class# 457 55 5462',
  ],
);

table(
  'ip',
  [
    ['from 203.0.113.42 at noon', 'from [IP] at noon'],
    ['upstream=10.12.0.7:8443', 'upstream=[IP]:8443'],
    ['allow 203.0.113.0/24', 'allow [IP]'],
    ['client 2001:db8:85a3::8a2e:370:7334 blocked', 'client [IP] blocked'],
    ['fe80::1ff:fe23:4567:890a%eth0', '[IP]%eth0'],
    ['loopback ::1.', 'loopback [IP].'],
    // A word that names a host is no version cue.
    ['The cluster node 172.16.4.21 went down', 'The cluster node [IP] went down'],
    ['worker node: 10.0.3.17 rejoined', 'worker node: [IP] rejoined'],
    ['Node 192.168.1.20 is unreachable', 'Node [IP] is unreachable'],
  ],
  [
    'version 10.0.19045',
    'firmware 1.2.3.4',
    'upgraded to node v20.11.1',
    'python 3.12.1.0 wheel',
    'at 10:22:31',
    'MAC 00:1A:2B:3C:4D:5E',
    'NET::ERR_CERT_DATE_INVALID',
    'std::vector<int>',
    'dotted 1.2.3.4.5',
    '999.1.1.1 is no address',
  ],
);

table(
  'secret',
  [
    ['key sk_live_liJ43HSztQZWOaUK34ONFp5o leaked', 'key [SECRET] leaked'],
    ['rk_live_GMo7EoSMUj3ury8w9jXrQcsr', '[SECRET]'],
    ['AKIAIOSFODNN7EXAMPLE', '[SECRET]'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = [SECRET]'],
    ['ghp_misriYnuXFDLamEqIpJ1HulTikv453uVbn7V', '[SECRET]'],
    [
      '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',
      '[SECRET]',
    ],
    ['eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoiYWRtaW4ifQ.kJ3jXk2nQ9pLmR7sT1uV5wX8yZ0aB4cD6eF2gH', '[SECRET]'],
    ['Authorization: Bearer 8c1f6a2b9d3e4f507182', 'Authorization: Bearer [SECRET]'],
    ['DB_PASSWORD=hunter2!Secret', 'DB_PASSWORD=[SECRET]'],
    ['api_key: 9f8e7d6c5b4a39281716', 'api_key: [SECRET]'],
    ['"apiKey": "jqQENTTyNPUoZ8s1DqO2"', '"apiKey": "[SECRET]"'],
    ['the temp pass is "Gr33n!Apple#42"', 'the temp pass is "[SECRET]"'],
    ['postgres://app:S3cr3tPa55@db.example.com:5432/x', 'postgres://app:[SECRET]@db.example.com:5432/x'],
    ['login?token=a8F3kLq9ZxP2mN7v', 'login?token=[SECRET]'],
    ['secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE2 in CI', 'secret [SECRET] in CI'],
    // Prefixes the word pass lists inside a word: after a non-ASCII letter or an apostrophe.
    ['ésk_live_liJ43HSztQZWOaUK34ONFp5o', 'é[SECRET]'],
    ['日本sk_live_liJ43HSztQZWOaUK34ONFp5o', '日本[SECRET]'],
    ["l'sk_live_liJ43HSztQZWOaUK34ONFp5o", "l'[SECRET]"],
    ['l’ghp_misriYnuXFDLamEqIpJ1HulTikv453uVbn7V', 'l’[SECRET]'],
    ['key:-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----', 'key:[SECRET]'],
    ['SG.aBcDeFgHiJkLmNoPqR.sTuVwXyZaBcDeFgHiJkL', '[SECRET]'],
    ['slack xoxb-1234567890-abcdefghij', 'slack [SECRET]'],
    ['AIzaSyA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1v', '[SECRET]'],
  ],
  [
    'request_id=req_8f3a2b1c9d',
    'txn_3OaZ9b2eZvKYlo2C0x1ab',
    'the password is incorrect',
    'password: ********',
    'token_type=bearer',
    'the token expired yesterday',
    'the secret sauce is patience',
    'trace_id=4bf92f3577b34da6a3ce929d0e0e4736',
    'commit a1b2c3d',
    // A prefix glued to a longer token is not one.
    'prexsk_live_liJ43HSztQZWOaUK34ONFp5o',
  ],
);

table(
  'name',
  [
    ['Hi Maria,\nthanks', 'Hi [NAME],\nthanks'],
    ['hi jessica,\nsee below', 'hi [NAME],\nsee below'],
    ['Dear Mr. Okafor,', 'Dear Mr. [NAME],'],
    ['Thanks,\nJohn Smith\nAcme Corp', 'Thanks,\n[NAME]\nAcme Corp'],
    ['Best regards,\nMaría José Pérez', 'Best regards,\n[NAME]'],
    ['my name is Jonas Becker and', 'my name is [NAME] and'],
    ['This is Carlos from Northwind.', 'This is [NAME] from Northwind.'],
    ['I spoke with Priya Raman today', 'I spoke with [NAME] today'],
    ['Regards, Liu Yang (x)', 'Regards, [NAME] (x)'],
    ['From: Laura Chen <x>', 'From: [NAME] <x>'],
    ['**Name:** Olivia Brown', '**Name:** [NAME]'],
    ['Hi Tom and Jerry,', 'Hi [NAME] and [NAME],'],
    ["Hi Maria, is Maria's order ok?", "Hi [NAME], is [NAME]'s order ok?"],
    ['Hello Linda van der Berg,', 'Hello [NAME],'],
    ['Cheers,\n\nBen', 'Cheers,\n\n[NAME]'],
    // "<name> here" is found from the word "here" in the word pass's list.
    ['Rob here. The export is stuck again.', '[NAME] here. The export is stuck again.'],
    ['Hmm, it is there. Alexandra Ivanova here — any news?', 'Hmm, it is there. [NAME] here — any news?'],
  ],
  [
    'Hi team,\nthe export fails.',
    'Dear Customer,',
    'Kind regards\nThe Contoso Support Team',
    'Hello Support, this is urgent.',
    'Customer IBAN rejected',
    'I am unable to log in',
    'Sent from my iPhone',
    'Client WireGuard 1.0.20220627 drops the tunnel',
  ],
);

// A past exchange with a person ("as discussed with …") announces a capitalised name, not a team or pronoun.
table(
  'name after a discussion verb',
  [
    [
      'As discussed with Rebecca from your billing team, please apply the credit.',
      'As discussed with [NAME] from your billing team, please apply the credit.',
    ],
    ['as agreed with Tom Baker yesterday', 'as agreed with [NAME] yesterday'],
    ['I consulted with Dr. Anika Rao on this', 'I consulted with Dr. [NAME] on this'],
    ['We liaised with Jeroen de Vries last week.', 'We liaised with [NAME] last week.'],
  ],
  [
    'As discussed with your billing team, please apply the credit.',
    'as agreed with the vendor',
    'We discussed with them on Monday',
    'as discussed with support earlier',
  ],
);

// A "name on <record>" label announces a name mid-sentence, particles ("de", "van der") included.
table(
  'name after a name-on label',
  [
    [
      'Refund IBAN rejected. Name on account: Jeroen de Vries.',
      'Refund IBAN rejected. Name on account: [NAME].',
    ],
    ['Booking ref 77AB. Name on booking: Ana da Silva', 'Booking ref 77AB. Name on booking: [NAME]'],
    ['Name on file: Linda van der Berg', 'Name on file: [NAME]'],
    ['Account holder name: Paolo di Stefano', 'Account holder name: [NAME]'],
    ['name on card: Chloé du Pont, exp 09/27', 'name on card: [NAME], exp 09/27'],
  ],
  ['Name on account: not set', 'the name on the account was changed last week', 'Name on file: see attached'],
);

// A to/cc field lists people: every name of the list, not only the first.
table(
  'names in a to/cc list',
  [
    ['cc: Liam Walsh, Grace Kim\nRe: outage', 'cc: [NAME], [NAME]\nRe: outage'],
    ['To: Ana Souza; Paolo di Stefano; Mei Lin', 'To: [NAME]; [NAME]; [NAME]'],
    ['**Cc:** Omar Haddad and Ines Duarte', '**Cc:** [NAME] and [NAME]'],
    ['bcc: tom, priya', 'bcc: [NAME], [NAME]'],
    ['Attendees: Jonas Becker, Sara Lund (ops)', 'Attendees: [NAME], [NAME] (ops)'],
  ],
  ['cc: support team, billing', 'To: Support, Billing', 'To: the platform team'],
);

// A dash sign-off ends the text, on its own line or after the last sentence of the same line.
table(
  'name in a dash sign-off',
  [
    [
      'Our store is losing orders — please escalate. Call me at 415-555-0132. — Maria Gonzalez',
      'Our store is losing orders — please escalate. Call me at [PHONE]. — [NAME]',
    ],
    ['Call me at 415-555-0132. -- Maria Gonzalez', 'Call me at [PHONE]. -- [NAME]'],
    ['It still fails. – Maria', 'It still fails. – [NAME]'],
    ['Update failed (again). — Kenji Watanabe', 'Update failed (again). — [NAME]'],
    ['Please fix it! — Sofia Russo.', 'Please fix it! — [NAME].'],
    ['Call me at 415-555-0132.\n— Maria Gonzalez', 'Call me at [PHONE].\n— [NAME]'],
    ['Thanks for the quick fix.\n-- Maria\n', 'Thanks for the quick fix.\n-- [NAME]\n'],
    ['works again. — carla', 'works again. — [NAME]'],
  ],
  [
    'Our store is losing orders — please escalate.',
    'Checkout is broken — Stripe returns 502',
    'Checkout is broken — Stripe',
    'It crashed at 10:00. — v2.14.3',
    'Fixed, thanks! -- Support Team',
    'See step 2. — Open Settings and retry.',
    'Step 1. - Open Settings',
    'Resolved. — Acme Corp',
    'Moved to prod. — The Platform Team',
  ],
);

// A dashed name line after a blank line opens a signature block that may go on with title and phone.
table(
  'name on a dashed line opening a signature block',
  [
    [
      'Thanks for the quick help!\n\n— Aisha Bello\nOperations Lead, Greenfield Logistics',
      'Thanks for the quick help!\n\n— [NAME]\nOperations Lead, Greenfield Logistics',
    ],
    ['It works now.\n\n-- Tomás Ortega\nIT, Contoso\n', 'It works now.\n\n-- [NAME]\nIT, Contoso\n'],
    ['Please advise.\n\n– Mei\nSent from my phone', 'Please advise.\n\n– [NAME]\nSent from my phone'],
  ],
  [
    'Steps so far:\n\n— Restarted Router\n— Cleared Cache\nstill failing',
    'Done.\n\n— Acme Corp\nSupport',
    'Done.\n\n- Updated Billing\nnext: invoices',
    'Fixed.\n— Release Notes\nsee below',
  ],
);

// "contact <role words> <Name> at <email/phone>": the name counts only with a contact right after it.
table(
  'name after a role phrase before a contact',
  [
    ['Contact ops lead Jan de Vries at jan.devries@example.com.', 'Contact ops lead [NAME] at [EMAIL].'],
    [
      'Please contact our account manager, Anna van Dijk, at anna.vandijk@example.com.',
      'Please contact our account manager, [NAME], at [EMAIL].',
    ],
    [
      'call our account manager Pieter van den Berg on +31 20 555 0123',
      'call our account manager [NAME] on [PHONE]',
    ],
    [
      'Email the billing admin Sofia von Berg via sofia@example.org',
      'Email the billing admin [NAME] via [EMAIL]',
    ],
    ['Ask for support lead Tom Baker (415-555-0132).', 'Ask for support lead [NAME] ([PHONE]).'],
    [
      'contact our IT lead Marco van der Linden at m.linden@example.nl',
      'contact our IT lead [NAME] at [EMAIL]',
    ],
    ['Contact AWS at aws@example.com', 'Contact AWS at [EMAIL]'],
    [
      'escalated to night shift Luca da Silva at luca@example.com',
      'escalated to night shift [NAME] at [EMAIL]',
    ],
    // Only the contact: what stands before it is a team, an office, a product or a company.
    ['contact the Kafka team at kafka@example.com', 'contact the Kafka team at [EMAIL]'],
    ['Call the Berlin office at +49 30 901820', 'Call the Berlin office at [PHONE]'],
    ['Please contact our Azure admin at 415-555-0132', 'Please contact our Azure admin at [PHONE]'],
    [
      'contact our vendor Globex Systems at ops@globex.example',
      'contact our vendor Globex Systems at [EMAIL]',
    ],
    ['contact our vendor Acme Corp at billing@acme.example', 'contact our vendor Acme Corp at [EMAIL]'],
    [
      'contact support at help@example.com or call 415-555-0132',
      'contact support at [EMAIL] or call [PHONE]',
    ],
  ],
  [
    'Contact ops lead Grafana Cloud tomorrow about it.',
    'ping ops lead Grafana alerts for details',
    'contact the release manager Kubernetes 1.29 upgrade',
  ],
);

// A count with a thousands separator, or words joined by "at"/"with", is no house number and street.
table(
  'counts and row numbers next to street words',
  [
    ['ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500', 'ship to [ADDRESS]'],
    ['billing address: 3242 meadow rd', 'billing address: [ADDRESS]'],
    ['61 rue des lilas, 67084 lyon', '[ADDRESS]'],
  ],
  [
    'Bulk import of 2,000 contacts failed at row 1337 with E1234.',
    'Bulk import of 2000 contacts failed at row 1337 with E1234.',
    'Import of 12 contacts failed at row 1337 with E1234.',
    '1,500 users',
    '3,000 rows failed at step 12',
    'Sync of 12,000 users failed at row 88 with code 500',
    'we had 2,500 orders on route 66 last week',
    'Deleted 4,096 rows in lane 2 at 10:00 with E9',
    'Imported 1,250 contacts from Main Street Bakery at row 7.',
    'the 1,600 Pennsylvania Avenue listings',
    'exported 9,999 leads to row 20000 in sheet 2',
  ],
);

// An HTTP status and its reason phrase is no house number and street, whatever street word it contains.
table(
  'HTTP status phrases next to street words',
  [
    ['the gateway at 12 Bad Gateway Road, Springfield, IL 62704', 'the gateway at [ADDRESS]'],
    ['ship to 502 Market Street, San Francisco, CA 94105', 'ship to [ADDRESS]'],
  ],
  [
    'The API returned 502 Bad Gateway at 2024-06-11T03:14:07Z',
    'got a 502 bad gateway again',
    'then 504 Gateway Timeout from the proxy',
    'upstream answered 503 Service Unavailable, Retry-After 30',
    'GET /v1/orders -> 404 Not Found; POST -> 201 Created',
    'HTTP/1.1 301 Moved Permanently Location: /new',
  ],
);

// Brazilian addresses: street and number, district and city after dashes or commas, state, CEP 00000-000.
table(
  'Brazilian address with district, city, state and CEP',
  [
    [
      'send it to Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200. Pedido 99812.',
      'send it to [ADDRESS]. Pedido 99812.',
    ],
    ['Rua Augusta, 1500 - Consolação, São Paulo - SP, 01305-100', '[ADDRESS]'],
    ['Rua das Flores 45, Centro, Curitiba - PR, CEP 80020-090', '[ADDRESS]'],
    ['Avenida Atlântica 1702 - Copacabana, Rio de Janeiro/RJ 22021-001', '[ADDRESS]'],
  ],
  [
    'Build 1578 - Bela Vista, Sprint - SP, job 01310-200',
    'Release plan - Phase Two, São Paulo - SP',
    'error at Main Street - Build Failed - SP 12',
  ],
);

table(
  'address',
  [
    ['ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043.', 'ship to [ADDRESS].'],
    ['Apt 4B, 55 Elm St., Brooklyn, NY 11201', '[ADDRESS]'],
    // The country after the postcode is part of the address.
    ['221B Baker Street, London NW1 6XE, UK', '[ADDRESS]'],
    ['350 Fifth Avenue, Suite 4200, New York, NY 10118', '[ADDRESS]'],
    ['Goethestraße 12, 80331 München', '[ADDRESS]'],
    ['12 rue de la Paix, 75002 Paris', '[ADDRESS]'],
    ['Via Roma 10, 00184 Roma', '[ADDRESS]'],
    ['Keizersgracht 123, 1015 CJ Amsterdam', '[ADDRESS]'],
    ['20 ingram street, queens ny 11375', '[ADDRESS]'],
    ['Ship it to 62 Mill Place.\nBirthday 13 July 2003', 'Ship it to [ADDRESS].\nBirthday [DOB]'],
    ['12 Collins Street, Melbourne VIC 3000', '[ADDRESS]'],
    ['Unit 5, 14 Harbour Street, Wellington 6011.', '[ADDRESS].'],
  ],
  [
    'shipped via FedEx 7489 2345 6789',
    'We tried 3 different ways to fix it',
    'Spring 2024 release',
    'Please place Order 12345 again',
    'Windows 11 23H2 build 22631',
  ],
);

table(
  'dob',
  [
    ['DOB 03/14/1985, order 2024-02-11', 'DOB [DOB], order 2024-02-11'],
    ['date of birth: 14.03.1985', 'date of birth: [DOB]'],
    ['born on 5th May 1990', 'born on [DOB]'],
    ['my birthday is 31 December 1999', 'my birthday is [DOB]'],
    ['Geb. 23.09.1965 in Hamburg', 'Geb. [DOB] in Hamburg'],
    ['D.O.B. 1960-02-14', 'D.O.B. [DOB]'],
    ['Patient d.o.b: 02/14/1960, seen twice', 'Patient d.o.b: [DOB], seen twice'],
    ['D.O.B 1960-02-14 and D.O.B 1961-03-15', 'D.O.B [DOB] and D.O.B [DOB]'],
    ['birth date is March 3rd, 1961', 'birth date is [DOB]'],
    ['her DOB is 1/2/1983 and his is 12/11/1979', 'her DOB is [DOB] and his is [DOB]'],
    ['confirm the DOB? The form says 4/3/1991.', 'confirm the DOB? The form says [DOB].'],
  ],
  [
    'delivered March 12, 2024',
    'invoice dated 2024-01-15',
    'renewed 01/09/2020',
    'Adobe 2024 license from 2024-03-01',
    'born in Ohio. Order placed 2024-01-02',
    'DOB on file. Firmware 5.9.7.45 shipped 2024-01-02',
  ],
);

table(
  'Spanish and Portuguese units inside an address',
  [
    ['Envío a Calle Mayor 14, 3º A, 28013 Madrid.', 'Envío a [ADDRESS].'],
    ['Morada: Rua do Ouro 88, 1.º Dto., 1100-060 Lisboa.', 'Morada: [ADDRESS].'],
    [
      'Endereço: Rua Oscar Freire, 900, apto 41 - Jardins, São Paulo - SP, 01426-001.',
      'Endereço: [ADDRESS].',
    ],
  ],
  ['Build 45, 2.3 failed on 2025-11-20.', 'Seats 12, 4º row, order 1100-414.'],
);

table(
  'nine digits on the line after a tax-id field',
  [['Field: tax_id\nValue: 412683057\nError: FORMAT', 'Field: tax_id\nValue: [SSN]\nError: FORMAT']],
  ['Order 412683057 for tax id lookup', 'Invoice tax 19% on 412683057', 'Field: order_id\nValue: 412683057'],
);

table(
  'a password named a few words before "is"/"was"',
  [
    ['the password i set was Lisboa#2025! and it fails', 'the password i set was [SECRET] and it fails'],
    ['the password for the admin account is Tr0ub4dor&3', 'the password for the admin account is [SECRET]'],
  ],
  [
    'the password change was Monday',
    'the password policy update was v2.3',
    'the password rotation was 2025-11-20',
    'the password reset email was sent at 10:42',
  ],
);
