// Shapes of support tickets that a labelled holdout showed the detectors missing or over-reading, each as a rule
// with its positives and negatives (different strings from the holdout's).
import { table } from './table.ts';

table(
  'four-part versions after a version cue in other languages, a software name or "running"',
  [
    ['server running on 10.0.0.5', 'server running on [IP]'],
    ['the version of the host 10.1.2.3', 'the version of the host [IP]'],
    ['client 10.2.0.118, server 10.2.0.120', 'client [IP], server [IP]'],
    ['firmware 1.2.3.4, gateway 10.0.0.1', 'firmware 1.2.3.4, gateway [IP]'],
    ['running 10.0.0.3 as the gateway', 'running [IP] as the gateway'],
    ['Versión 3.1.0.2, servidor 10.9.0.1', 'Versión 3.1.0.2, servidor [IP]'],
  ],
  [
    'Running collector 7.3.0.11 on the edge nodes.',
    'po aktualizacji do wersji 5.2.0.17 nie działa',
    'Versão do aplicativo 8.1.0.44 instalada ontem.',
    'Versione del client 12.4.1.9, server 12.4.1.12.',
    'sürüm 3.2.1.0 yüklü',
    'versie 2.14.0.3 van de app',
  ],
);

table(
  'passwords named in other languages',
  [
    [
      'Identifiant : X-1, mot de passe : Lune?Bordeaux77. Merci',
      'Identifiant : X-1, mot de passe : [SECRET]. Merci',
    ],
    [
      'cambié la contraseña del router, ahora es Piso_Norte_42.',
      'cambié la contraseña del router, ahora es [SECRET].',
    ],
    ['yeni şifrem Bahar.Uskudar88 oldu', 'yeni şifrem [SECRET] oldu'],
    ['minha senha: Praia#2024x', 'minha senha: [SECRET]'],
    ['mijn wachtwoord is Tulp!2023', 'mijn wachtwoord is [SECRET]'],
    ['hasło: Zima2024!x', 'hasło: [SECRET]'],
  ],
  [
    'la contraseña es incorrecta',
    'mot de passe oublié depuis hier',
    'şifre sıfırlama maili gelmiyor',
    'senha expirada ontem',
    'Le mot de passe est trop court',
    'wachtwoord vergeten, graag een nieuwe link',
  ],
);

table(
  'phone cues: "contacto", "my alternate number"; invoice and carrier words in other languages announce ids',
  [
    ['Contacto: 913 222 415.', 'Contacto: [PHONE].'],
    ['my alternate number is 9845011223 in case.', 'my alternate number is [PHONE] in case.'],
    ['call me on 0041 77 123 45 67', 'call me on [PHONE]'],
  ],
  [
    'Entrega: 21/01/2025, expedición SEUR 0033-5512-8840. Gracias.',
    'o boleto da fatura 0188-2025-04 não foi registrado',
    'Sendungsnummer 0049-3012-7788 seit Tagen in Zustellung',
    'zamówienie 0048-2201-5567 nie dotarło',
  ],
);

table(
  'a Luhn-valid card written in four groups after "card", its prefix in no issuer range',
  [
    ['Kaado 3597 5702 1805 2723 de shiharaimashita.', 'Kaado [CARD] de shiharaimashita.'],
    ['paid with card 3597-5702-1805-2723', 'paid with card [CARD]'],
    ['kartı 3597 5702 1805 2723 ile ödedim', 'kartı [CARD] ile ödedim'],
  ],
  [
    'ref 3597 5702 1805 2723',
    'order 3597 5702 1805 2723',
    'card 3597 5702 1805 2724',
    'card 3597570218052723 expired',
  ],
);

table(
  'titles in other languages, German office-note sign cues, "she\'s …"',
  [
    [
      'Bonjour Madame Marchand-Roux,\n\nMerci de votre aide.',
      'Bonjour Madame [NAME],\n\nMerci de votre aide.',
    ],
    ['Hola Señora Ortega, gracias', 'Hola Señora [NAME], gracias'],
    ['Buongiorno Signora Bianchi,', 'Buongiorno Signora [NAME],'],
    ['Beste Mevrouw de Wit,', 'Beste Mevrouw [NAME],'],
    ['Rückruf erledigt. - gez. T. Albrecht', 'Rückruf erledigt. - gez. [NAME]'],
    ['Vorgang angelegt. - bearb. H. Vogt', 'Vorgang angelegt. - bearb. [NAME]'],
    ["caller said she's anna kowalczyk-reed, wants to close", "caller said she's [NAME], wants to close"],
  ],
  [
    'Monsieur, nous avons bien reçu votre demande.',
    "she's unable to log in",
    "He's Online now",
    'bearb. 12.03.2025',
  ],
);

table(
  'words that are no name after a cue: contractions, adverbs, possessives, team compounds, form labels',
  [['Mit freundlichen Grüßen\nKlaus Berger', 'Mit freundlichen Grüßen\n[NAME]']],
  [
    "Hi, I'm trying to add my son to the plan",
    'please send it to my work email instead: see below',
    'Mit freundlichen Grüßen\nIhr Technik-Team\nTicket #DE-1',
    'Cordialement,\nVotre Service-Client',
    'Thanks,\nKunden-Service',
    'Message: Relocated last month, please update the policy',
    'Email: Forwarded twice already',
  ],
);

table(
  'transcript labels: roles in other languages, a role then the name, a month-named speaker',
  [
    [
      '[09:12] Klant: Goedemorgen.\n[09:13] Medewerker Joris: Hallo, waarmee kan ik helpen?',
      '[09:12] Klant: Goedemorgen.\n[09:13] Medewerker [NAME]: Hallo, waarmee kan ik helpen?',
    ],
    [
      'Chat log\nApril Donnelly: hi, my invoice is wrong\nAgent Tomasz: Hi April! Checking.\nApril Donnelly: thanks',
      'Chat log\n[NAME]: hi, my invoice is wrong\nAgent [NAME]: Hi [NAME]! Checking.\n[NAME]: thanks',
    ],
  ],
  [
    '[10:02] Kunde: Hallo, mein Paket fehlt.\n[10:03] Mitarbeiterin: Einen Moment bitte.',
    '[14:00] Müşteri: Merhaba\n[14:01] Temsilci: Merhaba, nasıl yardımcı olabilirim?',
    '[08:00] Cliente: Olá\n[08:01] Atendente: Bom dia',
    'Timeline\nJune Release: shipped\nMay Update: delayed\nApril Sprint: done',
  ],
);

table(
  'a dotted quad after a version of the same release stays an address when a network word stands between',
  [['firmware 10.4.2.1, the IP 10.4.2.9 is down', 'firmware 10.4.2.1, the IP [IP] is down']],
  ['firmware 10.4.2.1, bootloader 10.4.0.7'],
);

table(
  'company names made of person-shaped words',
  [
    ['Hi Tom & Anna, thanks', 'Hi [NAME] & [NAME], thanks'],
    ['Spoke with Daniel Banks today', 'Spoke with [NAME] today'],
    ['Customer (Orla Fenwick) reports an outage', 'Customer ([NAME]) reports an outage'],
  ],
  [
    'Customer (Brennan Logistics) reports webhook failures',
    '> Le 8 janv. 2025 à 10:41, Service client Maison Dufresne a écrit :\n> Bonjour',
    "Goldman Sachs's compliance team needs the report",
    'P1 for Ashby & Crane (enterprise)',
    '• Procter & Gamble pilot: usage down',
    '• Johnson & Johnson renewal due',
  ],
);

table(
  'addresses: Polish flats, Dutch floor suffixes, Indian "No." and PIN after a dash, city particles, a postcode field',
  [
    ['Adres: ul. Piękna 24/26 m. 7, 00-549 Warszawa\nTel', 'Adres: [ADDRESS]\nTel'],
    ['Adres: Prinsengracht 263-III, 1016 GV Amsterdam\nTel', 'Adres: [ADDRESS]\nTel'],
    [
      'my address is No. 45, 3rd Cross Road, Jayanagar, Bengaluru - 560011. Thanks',
      'my address is [ADDRESS]. Thanks',
    ],
    ['Lieferung an Mainzer Straße 8, 60311 Frankfurt am Main. Danke', 'Lieferung an [ADDRESS]. Danke'],
    ['Form 12\nPostcode: EC1A 1BB\nQuery: billing', 'Form 12\nPostcode: [ADDRESS]\nQuery: billing'],
  ],
  [
    'Postcode: required field\nQuery: billing',
    'the table is 100 m. 15 cm wide',
    'Zip: see attached',
    'release No. 12, 2nd build of the week',
  ],
);

table(
  'CSV and TSV exports: the cells of name columns',
  [
    [
      "first_name,last_name,country\nKwame,Mensah-Boateng,GH\nnora,o'reilly,IE",
      'first_name,last_name,country\n[NAME],[NAME],GH\n[NAME],[NAME],IE',
    ],
    ['id\tname\temail\nu_1\tÁine Ní Bhriain\tx@y.example', 'id\tname\temail\nu_1\t[NAME]\t[EMAIL]'],
  ],
  [
    'sku,name,price\nA-1,Widget Pro,9.99\nA-2,Gadget,5.00',
    'host_name,ip_status,region\nedge-one,ok,eu',
    'name,value\nretries,3',
  ],
);

table(
  'several initials before a surname, "Thanking you," and a patronymic after the second word',
  [
    ['Kindly do the needful.\nThanking you,\nS. K. Rao', 'Kindly do the needful.\nThanking you,\n[NAME]'],
    ['Please add:\n- Nurul Aisyah binti Hassan\n- done', 'Please add:\n- [NAME]\n- done'],
  ],
  [
    'see section B. C. Then',
    'Thanking you,\nthe support desk',
    'Put the old router in the bin Outside the office',
  ],
);

table(
  'the people of a household field, each with a note in parentheses',
  [
    [
      'Dependents: Tariq (SSN 318-90-1111), Leilani (age 9)\nFiling: joint',
      'Dependents: [NAME] (SSN [SSN]), [NAME] (age 9)\nFiling: joint',
    ],
    ['Children: Mateo, Lucía\nPets: 2', 'Children: [NAME], [NAME]\nPets: 2'],
  ],
  ['Children: none\nPets: 2', 'Dependents: 2 (both under 17)\nFiling: joint'],
);
