// Names found by their layout and the forms people write them in, through the same scan the step runs: whole
// values of name-only form fields, surname first or in capitals, chat speakers, @mentions, quoted-reply headers,
// initials, family names written first with a romanised given name, airline passenger names, the parts of an
// address's local part; and streets named after people, which stay out of NAME. Positives come out exactly as
// written; negatives unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { run, table } from './table.ts';

table(
  'name-only form fields',
  [
    ['Surname: Van der Merwe-Botha\nEmail: x', 'Surname: [NAME]\nEmail: x'],
    ['Apellidos: García de los Ríos\nCiudad: Lima', 'Apellidos: [NAME]\nCiudad: Lima'],
    ['Cognome: DI STEFANO\nNome: Marco', 'Cognome: [NAME]\nNome: [NAME]'],
    ['Nom : LEROY-FONTAINE\nPrénom : Aurélie', 'Nom : [NAME]\nPrénom : [NAME]'],
    ['Nachname: Schäfer\nVorname: Jörg', 'Nachname: [NAME]\nVorname: [NAME]'],
    ['Achternaam: de Boer\nVoornaam: Femke', 'Achternaam: [NAME]\nVoornaam: [NAME]'],
    ['GUEST NAME: ABERNATHY, CORDELIA J.\nROOM: 1204', 'GUEST NAME: [NAME]\nROOM: 1204'],
    ['The card is fine. Name: Whitfield, Oscar P. Phone: none', 'The card is fine. Name: [NAME] Phone: none'],
    ['성명/Name: PARK Seo-yeon\nCity: Busan', '성명/Name: [NAME]\nCity: Busan'],
  ],
  [
    'Name: Test Account\nPlan: pro',
    'Last name: N/A\nFirst name: N/A',
    'Name: SERVER-01\nRegion: eu-west-1',
    'Status: Resolved\nPriority: High',
  ],
);

table(
  'chat speakers',
  [
    ['[10:02] Olumide (Billing): Thanks for waiting.', '[10:02] [NAME] (Billing): Thanks for waiting.'],
    ['[4:15 PM] Xu Ming (agent): done', '[4:15 PM] [NAME] (agent): done'],
    [
      'Priyanka (Support): How can I help?\nCustomer: my bill',
      '[NAME] (Support): How can I help?\nCustomer: my bill',
    ],
    [
      'Customer: my order is late\nAgent: checking\nSvetlana: found it, later Svetlana will call',
      'Customer: my order is late\nAgent: checking\n[NAME]: found it, later [NAME] will call',
    ],
  ],
  [
    '[10:02] Bot: Can I have your order number?',
    '[10:03] System (auto): session closed',
    'Error (500): upstream timeout',
    'Jordan: IBAN is the same as before.',
    'Note (internal): customer was refunded.',
  ],
);

table(
  '@mentions, quoted-reply headers, initials, joined full names',
  [
    ['@Tobias Lindqvist can you take this one?', '@[NAME] can you take this one?'],
    ['ping @Annika please', 'ping @[NAME] please'],
    [
      'On Mon, 4 Nov 2024 at 09:12, Rhiannon at Parcelco wrote:\n> ok',
      'On Mon, 4 Nov 2024 at 09:12, [NAME] at Parcelco wrote:\n> ok',
    ],
    [
      'Am 03.10.2024 um 11:00 schrieb Uwe Brandt:\n> hallo',
      'Am 03.10.2024 um 11:00 schrieb [NAME]:\n> hallo',
    ],
    ['Please call my mother Mrs. K. Raghunathan today.', 'Please call my mother Mrs. [NAME] today.'],
    ['Regards,\nA.-M. Rousseau', 'Regards,\n[NAME]'],
    ['Booked for Tessa Gould and Callum Banks tonight.', 'Booked for [NAME] and [NAME] tonight.'],
    ['hesap sahibi Ayşe Nur Demir, teşekkürler', 'hesap sahibi [NAME], teşekkürler'],
    ['Thanks for the logs. — Dariusz (L2)', 'Thanks for the logs. — [NAME] (L2)'],
    ['Any update?\n— Khalid bin-Rashid, Platform, Dunecloud', 'Any update?\n— [NAME], Platform, Dunecloud'],
    ['Zugewiesen an: Friederike', 'Zugewiesen an: [NAME]'],
    ['spoke w/ nadia haddad re: refund', 'spoke w/ [NAME] re: refund'],
    ['Per Svetlana (finance), the credit is approved.', 'Per [NAME] (finance), the credit is approved.'],
  ],
  [
    'Tag @Oncall or @Platform Team in Slack.',
    'On Monday the team wrote: nothing to report',
    'Per Month billing applies from B. Then we stop.',
    'Fix the A. Smith-style typo in v2.',
    'Plan: Enterprise',
    'Spoke to cust about the bill.',
  ],
);

table(
  'family names first, airline names, names from an address',
  [
    ['Passenger Zhou Xiaoming missed the flight.', 'Passenger [NAME] missed the flight.'],
    ['Please refund CHOI Ji-woo for order 7781.', 'Please refund [NAME] for order 7781.'],
    ['My boarding pass says OYELARAN/FUNMILAYO MS.', 'My boarding pass says [NAME] MS.'],
    ["Booking shows 'HALVORSEN/INGRID'.", "Booking shows '[NAME]'."],
    ['This is Tanaka Yui. TANAKA Yui on the invoice.', 'This is [NAME]. [NAME] on the invoice.'],
    [
      'Both Grace and Hope will join. Invites: grace.mbeki@example.org, hope.adeyemi@example.org',
      'Both [NAME] and [NAME] will join. Invites: [EMAIL], [EMAIL]',
    ],
    // A given name that is a word is not taken from an address at the start of a sentence.
    ['Mark the ticket as done, mark.oduya@example.org.', 'Mark the ticket as done, [EMAIL].'],
  ],
  [
    'Route traffic via TCP/IP and AND/OR rules.',
    'Circuit ids: FRA/AMS/ETH-0042, AMS/LON.',
    'Song Title here is wrong in the metadata.',
  ],
);

// The address detector may or may not take the whole address; the street's person name is never a NAME.
describe('streets named after people are no names', () => {
  for (const text of [
    'Shipping to Corso Vittorio Emanuele 45, Milano.',
    'Livraison: 12 rue Victor Hugo, 75016 Paris.',
    'Calle Federico García Lorca 3, Granada',
    'Địa chỉ: 40 Trần Hưng Đạo, Quận Hoàn Kiếm, Hà Nội',
  ]) {
    it(`no NAME in ${JSON.stringify(text)}`, () => assert.doesNotMatch(run(text), /\[NAME\]/));
  }
});
