// Words that follow a name cue without being a name ("Hi team,", "Thanks again", "This is Urgent",
// "Dear Customer") and company suffixes. Compared in lower case.

const words = `
a about above after again against all also am an and any anyone anything are as asap at away back be because
been before being below between both but by can cannot could did do does doing done down during each either
else even ever every everyone everybody everything few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just last least less let like many may me
might mine more most much must my myself need neither never next no nobody none nor not nothing now of off on
once one only or other our ours ourselves out over own per please rather really same she should since so some
someone something soon still such than that the their theirs them themselves then there these they this those
though through to today tomorrow tonight too toward under until up upon us very via was we well were what when
where whether which while who whom whose why will with within without would yes yet yesterday you your yours
yourself yourselves

hi hello hey dear greetings thanks thank thx cheers regards best sincerely yours kind warm respectfully welcome
morning afternoon evening night day week weekend month year team teams all everyone folks guys people there
support helpdesk help desk service services customer customers client clients user users admin administrator
sir madam madame sirs gentlemen ladies colleague colleagues friend friends partner partners sales billing
finance accounting accounts legal ops devops security engineering product marketing management manager
managers operations it tech technical department staff crew tier level agent agents representative rep owner
holder member members contact contacts person care success experience happiness relations someone anybody unknown n/a na tbd none null undefined
customer's user's
cust custs acct accts buenas buenos

sorry afraid unable writing having getting trying looking following reaching contacting emailing calling
printed spelled spelt misspelled misspelt wrong incorrect showing displayed listed lost
library libraries enrolments enrollments admissions advice line helpline hotline
rider riders player players passenger passengers toyota prius corolla camry hyundai volkswagen
viele grüße grüsse gruesse liebe freundliche freundlichen herzliche beste groet groeten vriendelijke hartelijke
sure glad happy excited confused frustrated disappointed annoyed concerned worried waiting still new old
urgent important critical ridiculous unacceptable frustrating annoying broken weird strange odd great awesome
good bad fine okay ok done ready available interested aware able going coming here there back currently
experiencing seeing noticing facing unclear stuck locked blocked charged billed logged signed subscribed
delhivery form forms reception firefox safari cliente agente usuario usuaria kunde kundin wifi wi-fi platinum titanium g'day gday deaf blind disabled diabetic pregnant autistic dyslexic epileptic elderly vulnerable housebound
american canadian australian british mexican brazilian argentinian chilean colombian peruvian chinese japanese
korean vietnamese filipino indonesian malaysian pakistani bangladeshi nigerian kenyan ghanaian african
european asian spanish italian portuguese swedish norwegian finnish polish russian ukrainian romanian
turkish egyptian emirati israeli
regarding re fw fwd subject attached below above update updated note notes ps p.s question issue problem
error bug request ticket case order invoice account payment refund card password login email phone number
address date time today urgent priority status details info information summary description steps

said says told tells ask asked asks want wants wanted need needs needed call calls called place places placed
order ordered orders buy bought pay paid pays try tried tries make made makes send sent sends get got gets give
gave gives take took takes go went goes come came comes leave left leaves find found finds think thought know
knew see saw seen use used uses work worked works reply replied replies check checked checks confirm confirmed
confirms mention mentioned mentions suggest suggested suggests promise promised promises wrote write writes
forward forwarded approve approved reject rejected cancel cancelled canceled update updated explain explained
already always never ever often sometimes kindly immediately directly first next once later earlier soon
dob ssn iban email phone mobile tel fax address card account
ip ips id ids url urls api app apps os vpn dns ssl tls cpu gpu ram db sql pc mac iphone ipad android windows linux
server servers browser device devices portal dashboard login logins data file files system systems version
update bug bugs error errors side number name names admin admins root guest test demo prod staging

monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december

street st road rd avenue ave lane ln drive dr blvd court ct place pl way suite apt unit floor

mr mrs ms miss mx dr prof herr frau mme mlle sr sra srta monsieur mademoiselle señor señora signora mevrouw meneer

i'm i’m i've i’ve i'd i’d i'll i’ll we're we’re we've you're you’re it's it’s that's that’s there's let's
instead anyway anyhow meanwhile maybe perhaps otherwise twice thus hence

ihr ihre ihren ihrem euer eure unser unsere dein deine votre vos notre nos vuestro vuestra nuestro nuestra
mein meine meinen meiner meinem mon mes mis meu minha meus minhas mijn miei
uw onze jullie

sent from my iphone android mobile device outlook gmail

po opo kak kakak adım zusammen allerseits

mate mates buddy bro pal dude maam ma'am oncall on-call channel y'all yall ya'll
mom mum dad mother father wife husband son daughter brother sister parent guardian diolch ta obrigado obrigada gracias merci danke grazie bedankt tack takk kiitos
dziękuję dziekuje děkuji teşekkürler salamat

the team support team customer support
`;

/**
 * The lower-case particles of a name ("van der Berg", "de la Torre", "bin Rashid"): each name reader takes
 * these and adds its own ("y", "las", …).
 */
export const nameParticles: readonly string[] =
  'van von der den de da del della dela di du la le bin ibn al el dos das ter ten zu af ap ó ní uí nic mhic'.split(
    ' ',
  );

export const stopWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));

/** Legal forms, which may follow a company's name after a comma: "Acme, Inc.", "Halden Systems, LLC". */
export const legalForms: ReadonlySet<string> = new Set(
  'inc ltd llc llp lp pllc gmbh ag sa sas sarl bv nv plc co corp corporation company limited kg ug oy ab as spa srl pty'.split(
    ' ',
  ),
);

export const companyWords: ReadonlySet<string> = new Set(
  (
    [...legalForms].join(' ') +
    ' group ' +
    // Words of a trade that end a company's name: "Fenwick Logistics", "Halden Systems", "Ashby Holdings".
    'logistics solutions systems technologies technology labs laboratories consulting consultants partners naturals ' +
    'holdings industries software networks media foods traders trading motors airlines airways pharma ' +
    'pharmaceuticals capital ventures studios enterprises associates bakery furniture insurance realty ' +
    'properties telecom analytics healthcare manufacturing freight shipping supplies brewery brewing ' +
    'interiors outfitters electronics textiles plastics chemicals engineering construction ' +
    // "Greenway Mortgage", "Petersen Logistik", "Oduya Dental", "Brandt Spedition".
    'mortgage mortgages lending dental dentistry orthodontics clinic pharmacy veterinary plumbing roofing ' +
    'landscaping solicitors accountants logistik logística logistica spedition transporte transporter ' +
    'immobilien versicherung compañía compania companhia compagnie compagnia winery physio physiotherapy ' +
    'accountancy residences haulers haulage fabrics bygg ' +
    // Utilities, telecoms and banks: "Octant Energy", "Sky Broadband".
    'energy broadband utilities telecoms wireless fibre fiber bank bancorp airline tours hotels ' +
    // "Kestrel Rentals Ireland", "Oakhaus Trade", "Encore Tix", "Fox Theatre", "Harbourline Lagos Events".
    'rentals rental repairs trade events tix tickets theatre theater ballroom council lettings management ' +
    // Payment networks a transfer is sent by: "sent by Interac e-Transfer".
    'interac paypal venmo zelle practice surgery air desk centre center hermanos hnos brothers bros hijos studio kitchenware crafts online cards fulfilment fulfillment payroll hardware cartage pallet'
  ).split(' '),
);

/** Words that open a company's name: "Maison Verdier", "Groupe Lambert", "Banco Ferreira", "Hotel Adlon". */
export const companyLeads: ReadonlySet<string> = new Set(
  (
    'maison groupe société societe banco banque hotel hôtel café cafe atelier boutique clínica clinica ' +
    'farmacia pharmacie librería libreria pizzeria restaurant bäckerei autohaus kabushiki-gaisha firma ' +
    'grupo gruppo studio agencia agence fundación fondation stichting filiale museo musée museum château ' +
    'chateau castillo palacio palazzo ufficio oficina büro kapsalon salon cabinet ferretería ferreteria'
  ).split(' '),
);

/**
 * Companies named after people, as one would find them written in tickets: the pair of words alone would be
 * read as a person's name.
 */
export const eponymousCompanies: ReadonlySet<string> = new Set([
  'morgan stanley',
  'goldman sachs',
  'charles schwab',
  'wells fargo',
  'merrill lynch',
  'lehman brothers',
  'ralph lauren',
  'calvin klein',
  'tommy hilfiger',
  'estée lauder',
  'hugo boss',
  'michael kors',
  'kate spade',
  'louis vuitton',
  'christian dior',
  'giorgio armani',
  'dow jones',
  'harley davidson',
  'harley-davidson',
  'rolls royce',
  'rolls-royce',
  'mercedes benz',
  'mercedes-benz',
  'hewlett packard',
  'grant thornton',
  'booz allen',
  'baker hughes',
  'sherwin williams',
  'sherwin-williams',
  'marsh mclennan',
  'johnson matthey',
]);

/** Months and weekdays, written out or cut short. */
export const calendarWords: ReadonlySet<string> = new Set(
  (
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september ' +
    'october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
