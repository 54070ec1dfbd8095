// Names found through the given-name lexicon, through the same scan the step runs: a known given name with a
// surname-shaped word anywhere, a lone given name where a cue points at a person, and the guards for given
// names that are common words, products and places. Positives come out exactly as written; negatives unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givenNameClass } from '../../../operators/redact-pii/given-names.ts';
import { table } from './table.ts';

describe('given-name lexicon', () => {
  it('knows given names of many languages, and which are also words', () => {
    for (const name of ['Priyanka', 'Siobhan', 'Dmitri', 'Beatriz', 'Daan', 'Ngozi', 'Mary-Kate', 'Hiroshi'])
      assert.equal(givenNameClass(name), 2, name);
    for (const name of ['Will', 'Grant', 'Rose', 'Hope', 'Mark']) assert.equal(givenNameClass(name), 1, name);
    for (const word of ['Credentials', 'Analytics', 'Invoice', 'Kubernetes', 'Redis'])
      assert.equal(givenNameClass(word), 0, word);
  });
});

table(
  'given name and surname, anywhere',
  [
    ['Reassigned by Grant Okonjo (Tier 3) to billing.', 'Reassigned by [NAME] (Tier 3) to billing.'],
    ['Nos escribe Rodrigo Gutiérrez de Banco Sol.', 'Nos escribe [NAME] de Banco Sol.'],
    ['Mi madre Renata Oliveira Costa no puede entrar.', 'Mi madre [NAME] no puede entrar.'],
    ['Yusuf Demir from logistics says hi.', '[NAME] from logistics says hi.'],
    ['Please invite Aoife Brennan-Walsh and Tomasz Kowalczyk.', 'Please invite [NAME] and [NAME].'],
    ['Liu Yang (finance) approved it.', '[NAME] (finance) approved it.'],
    ['Forwarded to Ingrid van Houten yesterday.', 'Forwarded to [NAME] yesterday.'],
    ['Kontoinhaberin: Sabine Hartmann', 'Kontoinhaberin: [NAME]'],
    // A given name that is a word, with a surname that is none, or with a known surname that is a word.
    ['Approved by Bill Kowalski on Friday.', 'Approved by [NAME] on Friday.'],
    ['Frank Miller and Peter Hill were both billed.', '[NAME] and [NAME] were both billed.'],
    // Surnames that only look like inflected words ("nun" + es, "say" + ed) and Arabic prefixes.
    ['Sou a Renata Nunes, cliente.', 'Sou a [NAME], cliente.'],
    ['Ahmed Al-Sayed requested a refund.', '[NAME] requested a refund.'],
    // Two given names joined, neither a word.
    ['Olivia and Noah both lost access.', '[NAME] and [NAME] both lost access.'],
    // A place name as a given name, with a known surname.
    ['Victoria Smith called about the refund.', '[NAME] called about the refund.'],
    // After typographic quotes and guillemets, as after straight ones.
    ['He said “Will Brennan” approved it.', 'He said “[NAME]” approved it.'],
    ['«Carlos Méndez» llamó ayer.', '«[NAME]» llamó ayer.'],
  ],
  [
    'Grant Type must be client_credentials for this endpoint.',
    'Mark Complete does nothing in Chrome 131.',
    'The Julia Package Manager fails on v1.10.',
    'Victoria Station office is closed until 2025-12-01.',
    'Aurora Serverless v2 scaling fails at 64 ACUs.',
    'Will Support respond today?',
    'Hope Springs Cafe ordered 3 items, order 4471.',
    'Max Retries exceeded for job 4471.',
    'Summer Sale banner shows the wrong price ($19.99).',
    'Please add Redis Cache to workspace ws_12.',
    'Chase Bank declined the card.',
    'Rio de Janeiro region is slow since 10:40.',
    'Oscar Health portal returns 502.',
    'Sent from Outlook for Android',
    'Java and Python are installed on the runner.',
    'Chrome and Firefox both fail on 131.0.',
    'Grant and Revoke buttons are greyed out.',
    'The Santa Clara office and the San Jose datacenter are down.',
    'Nova Scotia branch, ticket 5512.',
  ],
);

table(
  'a lone given name where a cue points at a person',
  [
    ['hey, this is amara from ops', 'hey, this is [NAME] from ops'],
    ['customer: hi! my coworker tobias saw it too', 'customer: hi! my coworker [NAME] saw it too'],
    ['Note: customer giulio marchetti phoned about INV-2231', 'Note: customer [NAME] phoned about INV-2231'],
    ['Agent (Rui): Hello Ines! Any error?', 'Agent ([NAME]): Hello [NAME]! Any error?'],
    ['Card got declined. Thanks — Ilse', 'Card got declined. Thanks — [NAME]'],
    ['order 4471 still missing. cheers - Kofi', 'order 4471 still missing. cheers - [NAME]'],
    ['Export fails since v3.2. - Mateus', 'Export fails since v3.2. - [NAME]'],
    ['Please look at T-5512.\n\nRegards,\nGrant', 'Please look at T-5512.\n\nRegards,\n[NAME]'],
    ['Can you give Hope admin rights on ws_12?', 'Can you give [NAME] admin rights on ws_12?'],
    ['NAME: KATARZYNA NOWAK\nCARD ENDING 4417', 'NAME: [NAME]\nCARD ENDING 4417'],
  ],
  [
    'Can you grant Read access to dashboard DB-17?',
    'Please add Webhooks to the plan.',
    'Client Credentials grant returns invalid_client.',
    'User: Analytics\nBot: Any error code?',
    'Customer: Enterprise tier, 40 seats.',
    'Je suis sa fille, order CL-5581.',
    'The build will fail - mark it as flaky.',
    'thanks - will check again tomorrow',
    'Export fails since v3.2. - Chrome',
  ],
);

table(
  'particles are not repeated as names',
  [
    [
      'Groet,\nSanne van der Berg\nBetaling van NL91 ABNA 0417 1643 00',
      'Groet,\n[NAME]\nBetaling van [IBAN]',
    ],
  ],
  [],
);
