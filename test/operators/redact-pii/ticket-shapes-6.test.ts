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
  ['the password reset or Kiwi!2024 link'],
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
