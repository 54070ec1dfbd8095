// Shapes a sixteenth round of labelled tickets (holdout-254 to -261, scored blind first) showed the detectors
// missing, each as a general rule with its positives and negatives (different strings from the labelled sets').
import { table } from './table.ts';

table(
  "national numbers: named in a markdown table's field, Ghana's NHIS number, Scotland's CHI number with its check, a civil ID, Uganda's NIN, Mexico's RFC",
  [
    ['| Customer | Aisyah |\n| MyKad | 900212-10-5522 |', '| Customer | [NAME] |\n| MyKad | [SSN] |'],
    ['Her NHIS number is 0733918842, please review.', 'Her NHIS number is [SSN], please review.'],
    ['CHI number 1502864479 if that helps.', 'CHI number [SSN] if that helps.'],
    ['Civil ID: 28801123', 'Civil ID: [SSN]'],
    ['"msisdn":"x","nin":"CF88011204KQZA","channel":"USSD"', '"msisdn":"x","nin":"[SSN]","channel":"USSD"'],
    ['Para la nómina: RFC LOPM790824AB3, gracias.', 'Para la nómina: RFC [SSN], gracias.'],
  ],
  [
    '| Order | 900212-10-5522 |\n| Status | shipped |',
    'Civil ID cards are issued in 10 days; queue 28801123.',
    'CHI number 1502864472 fails its check digit.',
    'RFC 7231 defines HTTP semantics; RFC ABCD123456XYZ is not a thing.',
  ],
);

table(
  "codes: a French key box's or alarm's code, a combination of dashed digits",
  [
    [
      "Le code du boîtier à clés est 5120 et le code de l'alarme est 8834.",
      "Le code du boîtier à clés est [SECRET] et le code de l'alarme est [SECRET].",
    ],
    ['Chiavi nella cassetta, combinazione 7-2-0-5.', 'Chiavi nella cassetta, combinazione [SECRET].'],
  ],
  ['Le code de la porte 12 est cassé depuis 2019.', 'Combinaison de couleurs 3-2-1 pour la façade.'],
);

table(
  'addresses: a P.O. box and its town (also Swahili "S.L.P."), a postcode before a colon, a landmark after the road',
  [
    ['Send it to P.O. Box 30112-00100 Nairobi, thanks.', 'Send it to [ADDRESS], thanks.'],
    [
      'Send it to P.O. Box 30112-00100. Nairobi office is open.',
      'Send it to [ADDRESS]. Nairobi office is open.',
    ],
    ['au tumeni kwenye S.L.P. 1420-80100 Mombasa. Asante.', 'au tumeni kwenye [ADDRESS]. Asante.'],
    [
      'Removal at 4 Kauri Place, Remuera, Auckland 1050: gate code later.',
      'Removal at [ADDRESS]: gate code later.',
    ],
    ['Deliver to 3 Moi Avenue, opposite Tuskys, Nakuru.', 'Deliver to [ADDRESS].'],
  ],
  ['Released build 4.2 for Auckland 1050 users: Monday.', 'Deliver opposite the depot, 3 bays.'],
);

table(
  'more addresses and phones: a line break after a full stop ends the places; a landmark segment; a rural site; a Philippine "loc." extension',
  [
    [
      'The address is 21 Hassan Sabry St, Zamalek, Cairo.\nYours faithfully,',
      'The address is [ADDRESS].\nYours faithfully,',
    ],
    [
      'Her details: Plot 9, Riat Estate, off Kakamega Road, Kisumu, tel later.',
      'Her details: [ADDRESS], tel later.',
    ],
    [
      'Rural address: Site 4, Comp 11, RR 2, Ponoka, AB T4J 1R2. Thanks.',
      'Rural address: [ADDRESS]. Thanks.',
    ],
    ['Call the office, (02) 8123 4567 loc. 204, for billing.', 'Call the office, [PHONE], for billing.'],
  ],
  ['The site 12 of 40 is offline.', 'cp file.txt backup; loc. 315 is the shelf.'],
);
