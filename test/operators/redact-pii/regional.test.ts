// redact.pii on regional formats and phrasings: national phone numbers and extensions, dotted versions after
// upgrade verbs, date-of-birth cues in more languages, passwords named in prose, and addresses whose unit,
// floor, district or postcode sit before or after the street.
import { table } from './table.ts';

table(
  'phone: national numbers of other regions, extensions, postcodes',
  [
    [
      'Transaction ref: FT24331XK82Q. My line is 0803 412 7765.',
      'Transaction ref: FT24331XK82Q. My line is [PHONE].',
    ],
    ['Telemóvel 912 734 506.', 'Telemóvel [PHONE].'],
    ['Richiamare al 02 8734 2210 int. 14 entro venerdì.', 'Richiamare al [PHONE] entro venerdì.'],
    ['Chiamare 02 8734 2210 interno 3', 'Chiamare [PHONE]'],
  ],
  [
    'Ref: FT24331XK82Q.',
    'CEP 01310-200',
    'zona 04538-132 centro',
    'invoice INV-2024-11-0932 int. 4',
    'build 10.0.19045 int. 7',
    'paid 1,249.90 on 2024-11-02',
  ],
);

table(
  'ip: dotted versions after upgrade verbs',
  [
    ['blocked requests from 10.4.2.1 after the upgrade', 'blocked requests from [IP] after the upgrade'],
    ['we upgraded the proxy host to 10.20.0.4 yesterday', 'we upgraded the proxy host to [IP] yesterday'],
    [
      'after bumping the agent to 10.4.2.1 the IP 10.4.2.9 failed',
      'after bumping the agent to 10.4.2.1 the IP [IP] failed',
    ],
    ['pointed the agent to 10.4.2.1', 'pointed the agent to [IP]'],
  ],
  [
    'stopped after upgrading the collector to 6.2.1.4.',
    'after bumping the agent to 10.4.2.1 all hosts fail',
    'Rolled back to 10.4.1.9 on 12 hosts.',
    'downgraded to version 2.1.0.4',
    'reverted the firmware to 3.2.0.1',
  ],
);

table(
  'dob: cues in more languages',
  [
    ['jag är född 1979-06-30.', 'jag är född [DOB].'],
    ['Födelsedatum: 1979-06-30', 'Födelsedatum: [DOB]'],
    ['Fødselsdato: 12.01.1980', 'Fødselsdato: [DOB]'],
    ['Data urodzenia: 12.05.1984', 'Data urodzenia: [DOB]'],
    ['Doğum tarihi: 14.03.1990', 'Doğum tarihi: [DOB]'],
    ['Data de nascimento: 21/07/1985', 'Data de nascimento: [DOB]'],
    ['data di nascita 3/4/1950', 'data di nascita [DOB]'],
    ['Syntymäaika 1.2.1970', 'Syntymäaika [DOB]'],
    ['datum narození 3.4.1977', 'datum narození [DOB]'],
    ['né(e) le 01/02/1970', 'né(e) le [DOB]'],
  ],
  [
    'uppdateringen till version 9.2 den 2024-06-30',
    'Leverans 2024-06-30. Född i Malmö.',
    'leveringsdato 12.01.2024',
    'data zamówienia 12.05.2024',
  ],
);

table(
  'secret: a password named in prose, identifiers after "credential"',
  [
    [
      'I set them all to the temporary password Kb!ngsTemp2024 — is that too short?',
      'I set them all to the temporary password [SECRET] — is that too short?',
    ],
    ['Kb!ngsTemp2024 is the temporary password.', '[SECRET] is the temporary password.'],
    ['use Xy7#pqrs9 as the new password', 'use [SECRET] as the new password'],
    ['credential: CRED-2024-ML-55812', 'credential: [SECRET]'],
    ['credential 3f8a9c2e7b1d4f6a8c0e2b4d6f8a1c3e', 'credential [SECRET]'],
  ],
  [
    'Certificate verification fails for credential CRED-2024-ML-55812. Verifier page shows an error.',
    'token KEY-ACME-004417 was revoked',
    'reason=bad_password ts=2024-03-05T10:22:31.123Z',
    'the password reset2024 link expired',
    'password change on 2024-11-02 at 10:22',
    'password policy v2.3.1 applies',
    'OrderRef2024 is the password reset ticket',
  ],
);

table(
  'address: floors, units, bis and provinces in the tail',
  [
    ['Lindenstraße 14a, 3. OG\n50674 Köln\nTel. 0221', '[ADDRESS]\nTel. 0221'],
    [
      'Indirizzo: Via Giuseppe Garibaldi 112, scala B, int. 7, 10122 Torino TO\nCellulare',
      'Indirizzo: [ADDRESS]\nCellulare',
    ],
    [
      'Endereço: Av. Paulista, 1578 – 12º andar, Bela Vista, São Paulo – SP, 01310-200. Qualquer dúvida',
      'Endereço: [ADDRESS]. Qualquer dúvida',
    ],
    [
      'livrée au 1350, rue Sherbrooke Ouest, app. 1204, Montréal (Québec) H3G 1J1 et non',
      'livrée au [ADDRESS] et non',
    ],
    ['Adresse : 18 bis, avenue Jean Jaurès, Bât. C, 69007 Lyon\nTél', 'Adresse : [ADDRESS]\nTél'],
    ['Era el piso de C/ Mayor 14, 2ºB, 28013 Madrid', 'Era el piso de [ADDRESS]'],
    ['c/Alcalá 20, 3º izq., 28014 Madrid', '[ADDRESS]'],
    ['Hauptstraße 5, EG, 10115 Berlin', '[ADDRESS]'],
  ],
  [
    'Plan 3 – 12 seats at 10122 EUR',
    'c/o the front desk, order 28013',
    'see item 14, 2a, of the contract',
    'release 12.4 – 3 days late',
    'w/c/ 12 Mayor',
  ],
);

table(
  'address: a unit before the street, building and locality parts',
  [
    [
      'send it to my work: Level 14, 60 Martin Place, Sydney NSW 2000 (attn: front desk)',
      'send it to my work: [ADDRESS] (attn: front desk)',
    ],
    ['Customer: Unit 7/23 Beach Rd, Bondi NSW 2026\nAgent', 'Customer: [ADDRESS]\nAgent'],
    ['Unit 4, Kestrel Court, 18 Harbour Road, Bristol BS1 5TY\nT: 0117', '[ADDRESS]\nT: 0117'],
    [
      'Address: Flat 402, Sai Krupa Apartments, 14th Cross, Indiranagar 2nd Stage, Bengaluru, Karnataka 560038. Contact',
      'Address: [ADDRESS]. Contact',
    ],
    ['Flat 3, Rosebank House, Leith Walk, Edinburgh EH6 8NS', '[ADDRESS]'],
    ['Suite 210, Maple Plaza, Toronto, ON M5V 2T6', '[ADDRESS]'],
  ],
  [
    'Floor 3, Room 12, Ticket 123456',
    'Level 2, Tier 3, Order 10234',
    'Suite 5, Release Notes, Build 12345',
    'unit 4, rows 18 to 2000',
    'Level 14 of the game, World 3, Stage 2',
  ],
);

table(
  'address: Turkish and Vietnamese formats',
  [
    [
      'Adresim: Bağdat Caddesi No: 215 Daire: 8, 34728 Kadıköy/İstanbul. Teşekkürler.',
      'Adresim: [ADDRESS]. Teşekkürler.',
    ],
    ['Atatürk Cad. No:12/3 Kat 2, 06100 Çankaya/Ankara', '[ADDRESS]'],
    [
      'Địa chỉ: 25 Lý Thường Kiệt, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội. Cảm ơn!',
      'Địa chỉ: [ADDRESS]. Cảm ơn!',
    ],
    ['12/4 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh', '[ADDRESS]'],
  ],
  [
    'Ortak Cad. no yok',
    'sk 1 of 3 done',
    'phường 5 có 20 người',
    'Quận 1 mở cửa lúc 9 giờ',
    'đơn #VN240118832 ngày 20/11',
  ],
);
