// The cues that announce a name, for names.ts: greeting, sign-off, introduction, conversation, hand-off,
// relation, role, form-field and honorific patterns, each a sticky regex over the lower-cased text that starts
// at a keyword word, and the table from each such word to the cues that can start there.
// With the titles of French, Spanish, Italian, Portuguese, Dutch and Polish letters ("Madame Lefèvre",
// "Señora Ortega", "Signora Bianchi", "Mevrouw de Wit", "Pani Nowak").
export const honorific =
  '(?:mr|mrs|ms|miss|mx|dr|prof|herrn|herr|frau|mme|mlle|madame|monsieur|mademoiselle|hr(?=\\.)|sr|sra|srta|señor|señora|' +
  'señorita|senor|senora|signor|signora|signorina|sig|sig\\.ra|dott|dott\\.ssa|ing|dona|mevrouw|meneer|mevr|dhr|pani|mag|dipl|' +
  // Indian titles: "Smt. Kamala Iyer", "Shri Ramesh".
  'smt|shri|shrimati|kumari|' +
  // Philippine and South Asian English: "thank you Ma'am Kristine".
  "ma'am|ma’am|maam|" +
  // Nigerian titles: "Engr. Babatunde Adewale", "Barr. Chioma Eze"; clergy's: "Rev. Nkosinathi Dlamini".
  'engr|barr|rev|revd|pastor|imam|rabbi|alhaji|alhaja|' +
  // Officers' ranks, as a chat labels them: "Officer Lim: May I have your NRIC?".
  'officer|constable|sergeant|inspector)';
const greeting =
  "hi|hello|hey|heya|hiya|dear|g'day|gday|salam|salaam|aloha|kia\\s+ora|namaste|good\\s+(?:morning|afternoon|evening|day)|greetings|howdy|hola|bonjour|hallo|ciao|" +
  'olá|ola|hej|salut|servus|moin|buongiorno|buenos\\s+días|buenos\\s+dias|guten\\s+tag|liebe|lieber|estimado|estimada';
const thanks =
  'thanks|thank\\s+you|thx|ty|cheers|merci|danke|gracias|grazie|obrigado|obrigada|bedankt|tack|diolch|go\\s+raibh\\s+maith\\s+agat';
export const signOff =
  'thanks(?:\\s+(?:again|so\\s+much|very\\s+much|a\\s+lot|a\\s+million|heaps|in\\s+advance|po))?|thank\\s+you(?:\\s+(?:again|so\\s+much|very\\s+much|in\\s+advance|po))?|' +
  // "Thank you and God bless." (Nigerian and Philippine letters).
  '(?:thank\\s+you\\s+and\\s+)?god\\s+bless(?:\\s+you)?|stay\\s+blessed|' +
  'many\\s+thanks|thx|ty|ta|cheers(?:\\s+mate)?|regards|best\\s+regards|kind\\s+regards|kindest\\s+regards|' +
  'warm\\s+regards|warmest\\s+regards|with\\s+regards|best\\s+wishes|best|all\\s+the\\s+best|sincerely|' +
  'yours(?:\\s+(?:truly|sincerely|faithfully))?|respectfully|cordially|take\\s+care|talk\\s+soon|cordialement|' +
  'bien\\s+à\\s+vous|saludos(?:\\s+cordiales)?|un\\s+saludo|atentamente|mit\\s+freundlichen\\s+grüßen|' +
  'freundliche\\s+grüße|viele\\s+grüße|beste\\s+grüße|liebe\\s+grüße|grüße|lg|mfg|vg|groetjes|' +
  'met\\s+vriendelijke\\s+groet(?:en)?|cordiali\\s+saluti|saluti|distinti\\s+saluti|un\\s+saluto|abraços|' +
  'atenciosamente|hälsningar|mvh|med\\s+venlig\\s+hilsen|thanking\\s+you|thanking|rgds|regds|brgds|' +
  // South African "Shot, Riaan" (thanks).
  'shot|' +
  // Swiss German without ß; Czech, Polish, Turkish and Indonesian thanks and closings.
  'freundliche\\s+grüsse|viele\\s+grüsse|beste\\s+grüsse|liebe\\s+grüsse|grüsse|děkuji|dekuji|s\\s+pozdravem|' +
  'dziękuję|dziekuje|pozdrawiam|z\\s+poważaniem|teşekkürler|tesekkurler|terima\\s+kasih|salam|' +
  // Dutch "Groeten", Māori "Ngā mihi", Welsh "Diolch".
  'diolch|groeten|hartelijke\\s+groeten|vriendelijke\\s+groeten|ngā\\s+mihi|nga\\s+mihi';
const introStrong =
  // "My name is registered as …" (before "my name is", which would read "registered" as the name).
  "my\\s+name\\s+is\\s+registered\\s+as|my\\s+name\\s+is|my\\s+name's|my\\s+name\\s+’s|name's|je\\s+m'appelle|je\\s+m’appelle|mi\\s+nombre\\s+es|" +
  'me\\s+llamo|mein\\s+name\\s+ist|ich\\s+heiße|ich\\s+heisse|mi\\s+chiamo|mijn\\s+naam\\s+is|meu\\s+nome\\s+é|' +
  '(?:my|his|her|their|your|our)\\s+(?:(?:full|legal|account|first|real|actual|proper|birth|maiden|married|last|middle|given|preferred|nick)\\s*)?name\\s+(?:is|was)|' +
  // Turkish "adım Mehmet Can Öztürk", "benim adım …", "ismim …" (not "adım adım", step by step); Indonesian
  // and Malay "nama saya …".
  'adım(?<!adım\\s+adım)(?!\\s+adım)|ismim|nama\\s+saya|' +
  // Swahili "Jina langu ni …", Tagalog "Ang pangalan ko ay …"; "my name on the acc is …", "my name on NIMC is …".
  'jina\\s+langu\\s+ni|pangalan\\s+ko\\s+ay|my\\s+names\\s+are|my\\s+names|nazywam\\s+się|my\\s+name\\s+on\\s+(?:the\\s+|my\\s+)?(?:acc|acct|account|card|app|booking|profile|id|passport|form|nimc|nin|aadhaar|pan|ssn|sin|licen[cs]e|record|records|file|bank)(?:\\s+(?:slip|card|record|account))?\\s+(?:is|says|reads)|' +
  // Romanised Japanese: "Namae wa Tanaka Haruto desu"; Tagalog "Ako po si …".
  'namae\\s+wa|ako\\s+po\\s+si|ako\\s+si';
const introWeak =
  "i\\s+am|i'm|i’m|im|this\\s+is|it's|it’s|its|it\\s+is|soy|sono|ich\\s+bin|je\\s+suis|ik\\s+ben|eu\\s+sou|here\\s+is|" +
  "c'est|c’est|hier\\s+ist|aquí|qui\\s+è|she's|she’s|he's|he’s|saya";
// Someone else's name: "Sąsiad nazywa się …", "el vecino se llama …", "il s'appelle …", "jmenuje se …". Products
// are called something too ("El producto se llama Smart Hub"), so a known given name has to lead.
const called = "nazywa\\s+się|se\\s+llama|s'appelle|s’appelle|jmenuje\\s+se|si\\s+chiama";
const conversation =
  '(?:spoke|speaking|spoken|talked|talking|chatted|chatting|met|meeting|dealt|dealing|corresponded|worked|' +
  'working)\\s+(?:with|to|w/)';
// Written without optional suffixes (`called|call`, not `call(?:ed)?`): each alternative's first word is looked
// up as a whole word.
const handoff =
  "call|called|rang|email|emailed|contact|contacted|ask\\s+for|asked\\s+for|reach\\s+out\\s+to|reached\\s+out\\s+to|cc|cc'd|" +
  'assigned\\s+to|escalated\\s+to|forwarded\\s+to|transferred\\s+to|handed\\s+(?:over\\s+)?to|on\\s+behalf\\s+of|' +
  'according\\s+to|attn\\.?:?|attention:?|care\\s+of|signed,?|told\\s+by|(?:requested|reported|submitted|opened|' +
  'raised|approved|created|written|sent|handled|resolved|reviewed|checked|verified|entered|updated|logged|noted|' +
  'completed|closed|prepared|escalated|confirmed|processed|actioned)\\s+by|named|refund|notify|inform|tell|ask|' +
  'remind|thank|invite|message|ping|text|phone|meet|welcome|introduce|introducing|' +
  // "As discussed with Rebecca", "agreed with Tom": a past exchange with a person; capitalised names only.
  '(?:discussed|discussing|agreed|arranged|consulted|liaised|liaising)\\s+with|' +
  // German office notes: "gez. M. Krüger" (signed), "bearb. M. Krüger" (handled by).
  'gez\\.|bearb\\.|bearbeitet\\s+von|' +
  // A nickname: "(goes by Trish)", "nicknamed Bex" (not "known as": "known as Build 7").
  'goes\\s+by|nicknamed|(?:everyone|everybody|people|friends|they)\\s+calls?\\s+me|' +
  // "(née O'Brien)", "geb. Schulz": the family name before marriage; capitalised ("née le 3 mai" is a birth).
  'née|nee|geb\\.|geborene|z\\s+domu';
const relation =
  // "my elderly father Harold Finch": one word about the person between.
  '(?:my|our|his|her|their|your)\\s+(?:(?:elderly|late|older|younger|little|baby|big|dear|ex|ex-|new|disabled|' +
  'sick|poor|lovely)\\s*)?(?:wife|husband|partner|son|daughter|father|dad|mother|mom|mum|brother|' +
  'sister|colleague|coworker|co-worker|boss|manager|assistant|friend|teammate|team\\s+lead|supervisor|' +
  'accountant|lawyer|tenant|landlord|neighbou?r|client|customer|contact|agent|rep|ceo|cto|cfo|coo|cio|founder|' +
  'co-founder|director|president|owner|admin|administrator|aunt|auntie|uncle|cousin|niece|nephew|grandma|grandpa|' +
  'grandmother|grandfather|granddaughter|grandson|nan|nana|fiancé|fiancée|fiance|fiancee|girlfriend|' +
  'boyfriend|stepson|stepdaughter|stepmother|stepfather|(?:mother|father|sister|brother|son|daughter)-in-law|' +
  'broker|solicitor|youngest|eldest|oldest|caseworker|carer|caregiver)|' +
  // "mom of destiny reyes", "madre de Santiago Gutiérrez", "père de Lucas".
  '(?:mom|mum|mother|dad|father|parent|guardian|madre|padre|mamá|papá|mère|père|mutter|vater|mãe|pai)\\s+(?:of|de|von|do|da)';
const role =
  // Plurals first ("one of your agents, Brandon, on the phone"): the first alternative that matches is taken.
  '(?:agents|reps|representatives|technicians|engineers|' +
  'agent|rep|representative|technician|tech|engineer|consultant|specialist|advisor|adviser|driver|courier|' +
  // "Account exec is Hannah Brooks".
  'account\\s+exec|account\\s+executive|' +
  // "pt Marcus J. Bell, dob …": agents' shorthand for the patient.
  'customer|cust|client|user|pt|cardholder|card\\s+holder|account\\s+holder|account\\s+owner|acct\\s+holder|' +
  'acct\\s+owner|holder|contact\\s+person|' +
  // The account holder in other languages: "titular", "Kontoinhaber", "hesap sahibi".
  'titular|titulaire|intestatario|kontoinhaber|rekeninghouder|hesap\\s+sahibi|' +
  'requester|member|employee|patient|student|applicant|caller|passenger|guest|doctor|nurse|recipient|' +
  'addressee|sender|buyer|seller|subscriber|homeowner|beneficiary|name|parent|guardian|spouse|wife|husband|' +
  'owner|assignee|reporter|approver|reviewer|trainer|instructor|handler|' +
  // "DPO: Naledi Khumalo", "Child: Luna Castillo", "Participant Norm Barnes".
  'bride|groom|dpo|child|son|daughter|dependant|dependent|participant|insured|policyholder|enrollee|enrolee|' +
  // "with caseworker Janelle Brooks", "Colleague Ade has the recording".
  'caseworker|colleague|' +
  // "the driver Mark" (not "rider": Italian writes "un rider Movra Eats").
  'driver|' +
  'nominee|candidate)';
const fieldName =
  'full\\s+name|first\\s+name|last\\s+name|surname|name|customer\\s+name|contact\\s+name|contact|cardholder' +
  '(?:\\s+name)?|card\\s+holder|account\\s+holder|holder|requester|requested\\s+by|customer|client|patient|' +
  'employee|from|attn|signed|nombre|nom|nome|naam|vorname|nachname|agent|assignee|assigned|reporter|recipient|cx|' +
  '(?:reported|created|submitted|opened|raised|requested)\\s+by|owner|author|' +
  'name\\s+(?:on|of)\\s+(?:the\\s+)?(?:card|account|file|record|policy|booking|reservation|ticket)|' +
  'account\\s+(?:holder\\s+)?name|beneficiary|sender|caller|applicant|co-applicant|co-signer|cosigner|' +
  'guarantor|borrower|policyholder|policy\\s+holder|insured|traveller|traveler|passenger|guest|' +
  'consignee|signatory|spouse|witness|next\\s+of\\s+kin|emergency\\s+contact|' +
  'nominee|authori[sz]ed\\s+(?:user|signer|person)';

// Fields that hold nothing but a person's name, read as a whole value: upper case, surname first with a comma,
// particles and initials ("Apellidos: Fernández de la Torre", "PATIENT NAME: OKONKWO, ADAEZE N.").
const nameOnlyFieldName =
  // "Previous surname:", "Maiden name:".
  '(?:previous|former|maiden|birth)\\s+(?:sur)?name|' +
  // "Surname, First name: OKONKWO-BRIGGS, Adaeze".
  '(?:surname|last\\s+name|family\\s+name)\\s*[,/]\\s*(?:first|given)\\s+names?|' +
  // "Name as per PAN:", "Name on passport:", "Name as on card:".
  'name\\s+(?:as\\s+)?(?:per|on|in)\\s+(?:the\\s+)?[a-z]+(?:\\s+[a-z]+)?|name|full\\s+names?|first\\s+names?|last\\s+name|given\\s+names?|family\\s+name|surname|' +
  '(?:patient|applicant|passenger|guest|student|employee|customer|contact|cardholder|account\\s+holder)\\s+name|' +
  'nombre(?:\\s+completo)?|apellidos?|nom(?:\\s+complet|\\s+de\\s+famille)?|prénom|prenom|nome(?:\\s+completo)?|cognome|' +
  'sobrenome|vorname|nachname|familienname|achternaam|voornaam|soyad[ıi]?|ad\\s+soyad[ıi]?';

// Fields that hold a list of people: "cc: Liam Walsh, Grace Kim".
// … and the people of a household on an intake form: "Dependents: Jaylen (SSN …), Amari (SSN …)".
const listFieldName =
  'to|cc|bcc|attendees|participants|recipients|invitees|dependents|dependants|children|kids|' +
  // The people of an application, a policy or a booking: "Applicants: Harjit Singh Dhillon and Mary-Kate …".
  'applicants|co-applicants|borrowers|guarantors|signatories|signers|policyholders|insureds|' +
  'passengers|travellers|travelers|guests|beneficiaries|members|' +
  // "Names as per passport: Karthik Krishnamurthy and Shalini Srinivasan."
  'names\\s+(?:as\\s+)?(?:per|on|in)\\s+(?:the\\s+)?[a-z]+';

export type Kind =
  | 'list'
  | 'signoff'
  | 'signline'
  | 'greet'
  | 'thanks'
  | 'thanksEnd'
  | 'intro'
  | 'weak'
  | 'called'
  | 'its'
  | 'talk'
  | 'handoff'
  | 'relation'
  | 'inlinefield'
  | 'role'
  | 'field'
  | 'namefield'
  | 'honor'
  | 'person';

/** Where a cue must stand: at the start of a line, of a sentence, of a form field, or anywhere. */
export type Place = 'line' | 'sentence' | 'field' | 'any';

export interface CueSpec {
  kind: Kind;
  place: Place;
  /** Sticky, matched against the lower-cased text at a keyword hit; its end is where the name starts. */
  re: RegExp;
}

const sticky = (source: string) => new RegExp(source, 'y');
/** A form field `<names>:` at the start of a line or cell, markdown emphasis allowed. */
const field = (kind: Kind, names: string): CueSpec => ({
  kind,
  place: 'field',
  // … or a printed form's dot leaders: "First name ........ Siobhán".
  // … or a note in brackets before the colon: "Name (as shown on your income tax return): Marcus A. Bell" (a note,
  // not a name: "Agent (Marco): …" is a speaker named in brackets).
  re: sticky(
    `(?:${names})(?:[ \\t]*\\((?:as|if|optional|required|exactly|please|in|on|per|for|shown|used|legal|full)\\b[^()\\n]{0,48}\\))?(?:\\*\\*|__)?[ \\t]*(?:[:：|]|\\.{3,})[ \\t]*(?:\\*\\*|__)?[ \\t]*`,
  ),
});
const specs: readonly CueSpec[] = [
  // In a quoted reply the name line starts with "> " too.
  { kind: 'signoff', place: 'line', re: sticky(`(?:${signOff})[ \\t]*[,.!:]?[ \\t]*(?:\\n[ \\t>]*)+`) },
  { kind: 'signline', place: 'sentence', re: sticky(`(?:${signOff})[ \\t]*[,:][ \\t]+`) },
  { kind: 'greet', place: 'sentence', re: sticky(`(?:${greeting})\\b[ \\t,]*`) },
  // "Thanks — Wojciech Zieliński, integrations lead".
  { kind: 'thanks', place: 'any', re: sticky(`(?:${thanks})(?:[ \\t]*[—–][ \\t]*|[ \\t,]+)`) },
  // "Thanks! Jo" at the very end.
  { kind: 'thanksEnd', place: 'any', re: sticky(`(?:${thanks})[!.][ \\t]+`) },
  { kind: 'intro', place: 'any', re: sticky(`(?:${introStrong})[ \\t:]+`) },
  { kind: 'weak', place: 'any', re: sticky(`(?:${introWeak})[ \\t]+`) },
  { kind: 'called', place: 'any', re: sticky(`(?:${called})[ \\t]+`) },
  // "its dave in 14B", typed for "it's": mostly the possessive ("its hostname"), so a known given name only.
  { kind: 'its', place: 'any', re: sticky('its[ \\t]+') },
  { kind: 'talk', place: 'any', re: sticky(`${conversation}[ \\t]+`) },
  // Before the hand-off cue "cc", which reads one name only.
  field('list', listFieldName),
  { kind: 'handoff', place: 'any', re: sticky(`(?:${handoff})[ \\t]*:?[ \\t]+`) },
  // A delivery's signature: "signed for by 'R. Patel' on 18 Feb".
  { kind: 'handoff', place: 'any', re: sticky(`signed[ \\t]+for[ \\t]+by[ \\t]+['"‘“]?`) },
  // "my broker is Nomsa Khumalo": the relation, then "is" before the name too.
  { kind: 'relation', place: 'any', re: sticky(`(?:${relation})[ \\t]*,?[ \\t]+(?:(?:is|was)[ \\t]+)?`) },
  // "Name on card/account/file: …" mid-sentence; capitalised names only.
  {
    kind: 'inlinefield',
    place: 'any',
    re: sticky(
      // "name on ID is 'Terry Washington'".
      // "in the name of "J Sterling"", "… in the name of Nomvula Dube".
      `name[ \\t]+of(?<=in[ \\t]+the[ \\t]+name[ \\t]+of)[ \\t]+['"‘“]?|` +
        `name\\s+(?:on|of)\\s+(?:(?:the|my|your|his|her|our|their)\\s+)?(?:card|account|file|record|policy|booking|reservation|ticket|id|passport|app|profile|listing|` +
        `licen[cs]e|document|certificate|invoice|receipt|statement|profile)` +
        `(?:[ \\t]+(?:is|was|reads|says|shows)[ \\t]*['"‘“]?|[ \\t]*:?[ \\t]*['"‘“(]?)`,
    ),
  },
  // "the app has me as Shaniqua Price", "you have me down as …": capitalised, as above.
  {
    kind: 'inlinefield',
    place: 'any',
    re: sticky(
      `(?:has|have|had|lists|listed|shows|showing|registered)[ \\t]+me[ \\t]+(?:down[ \\t]+)?as[ \\t]+['"‘“]?`,
    ),
  },
  field('namefield', nameOnlyFieldName),
  // A form dump's key: "name_on_card: ELENA V. ROSSI", "cardholder_name: …".
  {
    kind: 'namefield',
    place: 'line',
    re: sticky(
      '(?:name_on_card|cardholder_?name|card_?holder_?name|full_?name|customer_?name|contact_?name)[ \\t]*:[ \\t]*',
    ),
  },
  // "… is wrong. Name: Delacroix, Marcus T. Address: …" mid-line, after a finished sentence.
  { ...field('namefield', nameOnlyFieldName), place: 'sentence' },
  field('field', fieldName),
  // Key-value lines of a form dump or a log: `full_name=Ramona E. Castillo`.
  {
    kind: 'namefield',
    place: 'field',
    re: sticky(
      `(?:full_?name|first_?name|last_?name|customer_?name|contact_?name|display_?name|holder_?name|name_on_card|cardholder_?name|name)[ \\t]*=[ \\t]*`,
    ),
  },
  // JSON, query strings and config: `"name": "…"`, `customer_name=…`.
  {
    kind: 'field',
    place: 'any',
    re: sticky(
      // camelCase keys are one word to the word pass: listed whole ("lastName" is "lastname").
      `(?:fullname|firstname|lastname|givenname|familyname|full_?name|first_?name|last_?name|customer_?name|contact_?name|display_?name|holder_?name|name)["']?[ \\t]*[:=][ \\t]*["']`,
    ),
  },
  // "the buyer is Kayla Brooks": "is" may stand between.
  // "Agent involved: A. Brightwell", "engineer on call: …".
  {
    kind: 'role',
    place: 'any',
    re: sticky(
      `${role}(?:[ \\t]+(?:involved|assigned|responsible|on[ \\t]+(?:call|duty)))?(?:[ \\t]+(?:is|was))?[ \\t]*[:,]?[ \\t]*\\(?`,
    ),
  },
  { kind: 'honor', place: 'any', re: sticky(`${honorific}\\.?[ \\t]+`) },
  // "grant Rose read-only access", "please add Priya to the workspace": only a known given name counts here.
  {
    kind: 'person',
    place: 'any',
    re: sticky(
      '(?:grant|give|add|remove|invite|let|allow|onboard|offboard|promote|demote|unlock|reactivate|deactivate|' +
        // "per Gabriela (billing)", "Per Mark we roll it": on someone's word; "loop in Dmitri", "our IT guy Tomás",
        // "the rider Ramesh" (not "Looping in Okta Support", "the cable guy Comcast").
        'per|loop\\s+in|looping\\s+in|looped\\s+in|guy|lady|rider)[ \\t]+',
    ),
  },
];

/** The literal first words of a regex alternation (`(?:spoke|talked)\\s+with|hi` → spoke, talked, hi). */
function firstWords(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives.flatMap((alt) => {
    if (alt.startsWith('(?:')) {
      let d = 0;
      for (let i = 0; i < alt.length; i++) {
        if (alt[i] === '\\') i++;
        else if (alt[i] === '(') d++;
        else if (alt[i] === ')' && --d === 0) return firstWords(alt.slice(3, i));
      }
    }
    const word = /^[\p{L}'’]+/u.exec(alt)?.[0];
    return word ? [word] : [];
  });
}

// The cues that can start at each word; a word of the text is checked only against those.
export const cuesByWord = new Map<string, CueSpec[]>();
/** The words a name cue starts with. */
export const nameCueWords: ReadonlySet<string> = new Set<string>();
for (const spec of specs) {
  for (const word of firstWords(spec.re.source)) {
    const list = cuesByWord.get(word) ?? [];
    if (!list.includes(spec)) list.push(spec);
    cuesByWord.set(word, list);
    (nameCueWords as Set<string>).add(word);
  }
}
