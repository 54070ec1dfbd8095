// Street addresses: a street part (US/UK "221B Baker Street", German/Dutch/Nordic "Goethestraße 12",
// Romance "12 rue de la Paix" / "Via Roma 10", PO boxes), then an optional tail of unit, city, state and
// postcode, taken only as far as it ends in a state or postcode ("…, Springfield, IL 62704").
import { pidValues } from './hl7.ts';
import { isDigit, isWordChar } from './context.ts';
import { commonWordNotName } from './given-names.ts';
import { companyWords } from './name-words.ts';
import { lineStartWithin, nextSpeakerLine } from './lines.ts';
import { bisect } from './sorted.ts';
import { execAt } from './sticky.ts';
import type { Detector, Span } from './types.ts';
import { WordFlag, gate, hasWord } from './words.ts';

const suffixCore =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|ter|parkway|' +
  'pkwy|highway|hwy|circle|cir|square|sq|trail|trl|loop|plaza|plz|alley|aly|crescent|cres|close|grove|gardens|' +
  'gdns|mews|row|hill|heights|hts|expressway|expy|freeway|fwy|turnpike|tpke|pike|route|rte|walk|path|point|pt|' +
  'ridge|crossing|xing|commons|green|park|parade|esplanade|embankment|quay|wharf|rise|vale|chase|wynd|gate|yard|' +
  // Australian abbreviations: "Wickham Tce", "Marine Pde", "Kings Cct".
  'tce|pde|cct|circuit|crt|bvd|promenade|strand|boardwalk';
const suffixMore =
  'Alley|Annex|Arcade|Bend|Bluff|Bluffs|Bottom|Branch|Bridge|Brook|Brooks|Burg|Bypass|Camp|Canyon|Cape|' +
  'Causeway|Center|Centre|Cliff|Cliffs|Club|Common|Corner|Corners|Course|Cove|Coves|Creek|Crest|Crossroad|' +
  'Curve|Dale|Dam|Divide|Estate|Estates|Extension|Fall|Falls|Ferry|Field|Fields|Flat|Flats|Ford|Fords|Forest|' +
  'Forge|Fork|Forks|Fort|Garden|Gateway|Glen|Glens|Greens|Groves|Harbor|Harbour|Harbors|Haven|Hills|Hollow|' +
  'Inlet|Island|Islands|Isle|Junction|Key|Keys|Knoll|Knolls|Lake|Lakes|Landing|Light|Lights|Lock|Locks|Lodge|' +
  'Mall|Manor|Manors|Meadow|Meadows|Mill|Mills|Mission|Motorway|Mount|Mountain|Neck|Orchard|Oval|Overpass|' +
  'Parks|Passage|Pine|Pines|Plain|Plains|Port|Ports|Prairie|Ramp|Ranch|Rapid|Rapids|Rest|Ridges|River|' +
  'Concourse|Roads|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Station|Stravenue|Stream|Streets|Summit|' +
  'Throughway|Trace|Track|Trafficway|Tunnel|Underpass|Union|Unions|Valley|Valleys|Viaduct|View|Views|Village|' +
  'Villages|Ville|Vista|Walks|Wall|Ways|Well|Wells';
const direction = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?';
// No "x" after the number: "12x Logitech MX Keys" is a count.
const houseNumber = '\\d{1,6}[A-WYZa-wyz]?(?:[-–/]\\d{1,6}[A-Za-z]?)?';
/** `apt`, `Apt` and `APT`, for regexes that are otherwise case-sensitive. */
const anyCase = (words: string) =>
  words
    .split('|')
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
    .join('|');
// Longer words before their prefixes ("apto" before "apt"): the first alternative that matches is taken.
const unitWord = `(?:${anyCase('apartment|apartamento|appartamento|appartement|apto|appt|apt|app|ap|suite|ste|unit|flat|villa|site|room|rm|floor|fl|level|lvl|bldg|building|depto|dept|dpto|andar|piso|bloco|sala|puerta|planta|scala|interno|int|bâtiment|batiment|bât|bat|escalier|escalera|esc|daire|kat|bureau|boîte|boite|bte|lgh')}|#)`;
// "Flat 2/1" (Glasgow: second floor, first door).
// "#11-2047" (Singapore: floor and unit).
// The unit's number or letter: written against the word only when it starts with a digit ("Unit12"; "into" is no
// unit "int" "o").
const unit = `(?:#[ \\t]*(?=[A-Za-z])|${unitWord}(?:\\.?[ \\t]*#?[ \\t]*(?=\\d)|\\.?[ \\t]+#?[ \\t]*|\\.?#[ \\t]*|\\.[ \\t]*))[A-Za-z0-9][A-Za-z0-9\\-]{0,5}(?:/\\d{1,2}|(?<=#\\d\\d-\\d{0,3})\\d{1,3})?(?![\\p{L}\\p{N}])`;
const capWord = "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|\\d{1,3}(?:st|nd|rd|th)|St\\.)";
// Words that join a sentence, never a street or city name: "2000 contacts failed at row 1337 with E1234" is a
// count and an error, not "… at row" with postcode "1337" and city "with".
const functionWord =
  '(?:a|an|the|and|or|but|nor|at|on|in|of|for|to|from|with|by|via|per|into|onto|than|then|is|are|was|were|' +
  'be|been|has|have|had|do|does|did|will|would|can|could|should|not|no|after|before|since|until|when|while|if)' +
  "(?![\\p{L}\\p{M}'’\\-])";
const lowWord = `(?:(?!${functionWord})\\p{Ll}[\\p{Ll}\\p{M}'’\\-]*|\\d{1,3}(?:st|nd|rd|th))`;
const capSuffix = `(?:${suffixCore.replace(/(^|\|)(\w)/g, (_, bar: string, c: string) => bar + c.toUpperCase())}|${suffixMore}|${suffixCore.toUpperCase()})`;

// Street parts are found from their street word (flagged by the word pass), then the house
// number and name are matched backwards from each hit on a short slice of the same line.
const suffixWords = [
  ...new Set([...suffixCore.split('|'), ...suffixMore.toLowerCase().split('|'), 'broadway']),
];
const suffixSet: ReadonlySet<string> = new Set(suffixWords);
const coreSuffixes = new Set(suffixCore.split('|'));
// Not inside a longer word or number: the "000" of "2,000 contacts" is no house number.
const lead = `(?<![\\p{L}\\p{N}_\\-#/.:@])(?<!\\p{N},)`;
// A unit before the house number ("Apt 4B, 55 Elm St", "Flat 2, 47 Chalmers Road", the Australian
// "Unit 7/23 Beach Rd", the Canadian "2207 - 1850 Comox Street", and the Scottish flat position "2F1, 18 Marchmont
// Road"): matched once, before a street head found, rather than tried at every position of it.
const unitBefore = new RegExp(
  `(?<![\\p{L}\\p{N}_\\-#/.:@])(?:(${unit}|\\d{1,2}F\\d{1,2}|[PG]F\\d?|\\d/\\d(?=,)|(?<=(?:^|[\\n,:]|\\bat|\\bis|\\bto)[ \\t]*)\\d{3,4}(?=[ \\t]+[—–-]))(?:,|[ \\t]+[—–-])?[ \\t]+|${unitWord}\\.?[ \\t]+)$`,
  'u',
);
// … or alone on the line before the street's ("Flat 7, 3rd floor\n41 Leith Walk\nEdinburgh EH6 5HY").
const unitLineBefore = new RegExp(
  `(?:^|\\n)[ \\t]*(${unit}(?:,?[ \\t]+\\d{1,2}(?:st|nd|rd|th)[ \\t]+floor)?),?[ \\t]*\\n[ \\t]*$`,
  'iu',
);
const slashNumber = /^\d{1,4}[A-Za-z]?\//;
/** House number and street name up to the suffix: `221B Baker `, `Apt 4B, 55 Elm `, `350 Fifth `. */
const streetHead = new RegExp(
  `${lead}(${houseNumber}),?[ \\t]+(?:${direction}[ \\t]+)?(?:${capWord}[ \\t]+){0,3}${capWord}[ \\t]+$`,
  'u',
);
const streetHeadLower = new RegExp(
  `${lead}(${houseNumber})[ \\t]+(?:${lowWord}[ \\t]+){0,2}${lowWord}[ \\t]+$`,
  'u',
);
// The name may be capitalised before a street word abbreviated in lower case: "12 Wattle st, Fairfield NSW 2165"
// ("2 Google drive plans" is none).
const headWord = `(?:${lowWord}|\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+)`;
const streetHeadMixed = new RegExp(
  `${lead}(${houseNumber})[ \\t]+(?:${headWord}[ \\t]+){0,2}${headWord}[ \\t]+$`,
  'u',
);
/** Streets named by the street word alone: "14/22 Esplanade", "8 The Strand" reads as "8 … Strand" anyway. */
const standaloneStreets: ReadonlySet<string> = new Set([
  'esplanade',
  'parade',
  'promenade',
  'strand',
  'embankment',
]);
const broadwayHead = new RegExp(`${lead}(${houseNumber}),?[ \\t]+$`, 'u');
const capitalSuffix = new RegExp(`^(?:${capSuffix}|Broadway)$`, 'u');
// "Tampines Street 21, Singapore", "Bedok North Ave 2, #08-117": a street number after the street word, then a
// comma, or the unit ("Bishan Street 23 #08-117").
const suffixTail = new RegExp(
  // A road's number before a comma or the line's end: "4180 County Road 12\nWorthington, MN 56187".
  // A direction in lower case too ("3150 peachtree rd ne apt 912").
  `\\.?(?:[ \\t]+(?:${direction}|ne|nw|se|sw))?(?:[ \\t]+\\d{1,3}(?=,|[ \\t]*\\n|[ \\t]*$|[ \\t]+#\\d))?(?![\\p{L}\\p{N}])`,
  'uy',
);

// An HTTP status and its reason phrase ("502 Bad Gateway", "504 Gateway Timeout") is never a street address.
const httpStatus = new RegExp(
  '[1-5]\\d\\d[ \\t]+(?:' +
    'bad\\s+gateway|gateway\\s+time-?out|service\\s+unavailable|bad\\s+request|not\\s+found|' +
    'internal\\s+server\\s+error|not\\s+implemented|forbidden|unauthorized|method\\s+not\\s+allowed|' +
    'not\\s+acceptable|proxy\\s+authentication\\s+required|request\\s+time-?out|conflict|gone|' +
    'length\\s+required|precondition\\s+failed|payload\\s+too\\s+large|too\\s+many\\s+requests|' +
    'moved\\s+permanently|found|see\\s+other|not\\s+modified|temporary\\s+redirect|permanent\\s+redirect|' +
    'network\\s+authentication\\s+required|unprocessable\\s+(?:entity|content)|misdirected\\s+request|' +
    'http\\s+version\\s+not\\s+supported|insufficient\\s+storage|loop\\s+detected|' +
    'variant\\s+also\\s+negotiates|not\\s+extended|switching\\s+protocols|early\\s+hints|ok|created|' +
    'accepted|no\\s+content|partial\\s+content|multi-status|already\\s+reported)(?![\\p{L}\\p{N}])',
  'iuy',
);

// "P.O. Box 45120-00100, Nairobi": a Kenyan box with its postal code.
// (Swahili "S.L.P. 2210-30100 Eldoret": "sanduku la posta".)
const poBox =
  /(?:p\.?[ \t]?o\.?[ \t]?box|post[ \t]+office[ \t]+box|postfach|s\.l\.p\.)[ \t]+\d{1,6}(?:-\d{5})?(?!\d)/g;
/** The town right after a box and its code, a blank between: "P.O. Box 4471-00100 Nairobi, not …". */
const boxTown = /[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?=[ \t]*(?:[.,;)]|\n|$))/uy;

function boxAddress(text: string, m: RegExpExecArray, out: Span[]): void {
  const end = m.index + m[0].length;
  const town = /-\d{5}$/.test(m[0]) ? execAt(boxTown, text, end) : null;
  push(out, m.index, town ? end + town[0].length : extendTail(text, end, false, false));
}

const euSuffix =
  'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|graben|straat|laan|' +
  'gracht|plein|kade|singel|dijk|steeg|gatan|vägen|gata|gate|veien|vegen|gade|vej|stræde|torv|katu|tie';
// Dutch floors after the house number: "123-II", "45-hs", "8-1".
// … and "212-B".
// "63/2/14" (Vienna: house, stair, door).
const euNumber =
  '\\d{1,4}[a-zA-Z]?(?:[ \\t]?[-/][ \\t]?(?:\\d{1,4}[a-zA-Z]?|I{1,3}|IV|hs|huis|bis|ter|[A-Z](?![\\p{L}])))?(?:/\\d{1,3}){0,2}';
const euEnding = new RegExp(`(?:${euSuffix.replace('str\\.', 'str')})$`);
const euStreetWord = /[\p{L}\p{M}-]/u;
const euTwoWord = /^(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|markt)$/;
const euNumberAt = new RegExp(`[ \\t]+${euNumber}(?![\\p{L}\\p{N}])`, 'uy');
/**
 * Street-type words written before the street's name ("12 rue de la Paix", "Via Roma 10", "Praça da Sé"), also
 * read by name-layouts.ts: a person's name after one is part of a street name.
 */
export const streetNameLeads: readonly string[] = (
  'rue avenue boulevard chemin allée impasse quai viale piazza piazzale corso largo vicolo calle avenida paseo ' +
  'camino ronda travesía rua travessa praça praca ulica via place plaza boul'
).split(' ');
const romanceWord =
  "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|[dl]['’]\\p{L}[\\p{L}\\p{M}\\-]*|(?:della|des|dei|del|dos|das|les|de|la|le|du|di|do|da|e|y|an|na)(?![\\p{L}]))";
const romancePrefixes: ReadonlySet<string> = new Set([
  ...streetNameLeads,
  'carrer',
  'aleja',
  // Irish "Sráid an Chaisleáin", "Bóthar na Trá"; Indonesian and Malay "Jalan Kemang Raya No. 18".
  'sráid',
  // Welsh "16 Heol y Coed", "Ffordd Pen Llwyn", "Stryd Fawr".
  'heol',
  'ffordd',
  'stryd',
  'bóthar',
  'ascaill',
  'lána',
  'cearnóg',
  'jalan',
  // Malay "Lorong Kenari 3", "Persiaran Gurney".
  'lorong',
  'persiaran',
  'route',
  'cours',
]);
/** "av.", "ul.", "bd." …: written with a dot ("C/ Mayor 14" is found apart). */
const romanceAbbreviations: ReadonlySet<string> = new Set([
  'av',
  'avda',
  'bd',
  'ul',
  'al',
  'pl',
  'os',
  'jl',
  'jln',
]);
const romanceRest = new RegExp(
  `[ \\t]*(?:${romanceWord})(?:[ \\t]+${romanceWord}){0,5}(?:,?[ \\t]+(${euNumber})(?![\\p{L}\\p{N}]))?`,
  'uy',
);
const romanceRestLower = new RegExp(
  `[ \\t]*\\p{Ll}[\\p{L}\\p{M}'’\\-]*(?:[ \\t]+\\p{Ll}[\\p{L}\\p{M}'’\\-]*){0,5}(?:,?[ \\t]+(${euNumber})(?![\\p{L}\\p{N}]))?`,
  'uy',
);
// The house number before "rue …": not the end of a longer number (`+32 2 555 12 12, Rue Neuve 123`). In the US
// a direction may stand between: "4417 E Calle Redonda, Tucson".
const numberBefore = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{N}[ \\t.,/-])(${euNumber}(?:[ \\t]+(?:bis|ter|quater))?(?:[ \\t]+(?:[NSEW]|[NS][EW])\\.?)?),?[ \\t]+$`,
  'u',
);
/** Street-word endings that also end English words ("Spring 2024", "Navigate 3"): need a postcode. */
const ambiguousSuffix = /^(?:ring|gate|gata|tie|gade|markt|graben|kade|weg|damm)$/;
/** Prefixes that are also ordinary words (English "via", "place", "route"): need a postcode after them. */
const ambiguousPrefix = /^(?:via|place|plaza|route|cours|al\.|pl\.|os\.)$/i;
// "Am Markt 3, 28195 Bremen": any capitalised words and a number, when a postcode and city follow.
const genericScan = /\d[a-zA-Z]?, (?=\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2}|\d{4,5} )/y;
const genericHead = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}\\p{M}\\-]+[ \\t]+){1,3}${euNumber}$`,
  'u',
);

const states =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|' +
  'OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS|ACT|SA';
const postcode =
  '\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|[A-Z]\\d{2}[ \\t]?[A-Z\\d]{4}|\\d{4}(?![\\p{L}])|\\d{6}';
const cityWord = "\\p{Lu}[\\p{L}\\p{M}'’\\-.]*(?:[ \\t]+\\d{1,2}(?![\\p{N}]))?";
const cityLower = `(?!${functionWord})\\p{Ll}[\\p{Ll}\\p{M}'’\\-]*`;
// "34728 Kadıköy/İstanbul": a district, then the province after a slash.
// "60313 Frankfurt am Main", "78000 Boulogne-sur-Mer", "SS0 Southend on Sea": a particle and a capitalised word.
const cityParticle =
  '(?:[ \\t]+(?:am|an|an der|im|ob|bei|sur|sous|en|upon|on)[ \\t]+\\p{Lu}[\\p{L}\\p{M}\\-]*)?';
// "100 00 Praha 10", "1010 Wien 1": a district number after the city.
const district = '(?:[ \\t]+\\d{1,2}(?![\\p{N}.,]\\d))?';
const euPostcodeCity = (city: string) =>
  `(?:\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{5}-\\d{3}|\\d{3}[ \\t]\\d{2}|\\d{4}[ \\t]?[A-Z]{2}|\\d{4,5})[ \\t]+${city}[\\p{L}\\p{M}\\-]*(?:[ \\t]+${city}[\\p{L}\\p{M}\\-]*)?${city === '\\p{Lu}' ? cityParticle : ''}${district}(?:/\\p{Lu}[\\p{L}\\p{M}\\-]*)?`;
const separator = /^(?:,[ \t]*|[ \t]+|[ \t]*\n[ \t]*)/u;
/** "Av. Paulista, 1578 – 12º andar": a dash, only before a unit or floor. */
const dashSeparator = /^[ \t]+[-–][ \t]+/u;
// … or on the next line: "Bellville, Cape Town\n7530".
// Or no year before a word that goes on the sentence: "…, Lower Hutt 5011 on 30/09" ("2500 orders" is a count).
// … or before a dash or "if" ("Christchurch 8011 if you need it", "Auckland 1010 - loading dock …").
// (… or before a bracket: "…, Auckland 1011 (managed under PMA-AKL-1120)".)
const cityPostcode =
  /^,?(?:[ \t]+|[ \t]*\n[ \t]*)(?:\d{4}(?=[.,;:)?!"”。，]|[ \t]*$|[ \t]*[\n|])|(?!19\d\d|20\d\d)\d{4}(?=[ \t]+\()|(?!19\d\d|20\d\d)\d{4}(?=[ \t]+(?:on|from|to|and|in|at|by|until|since|before|after|but|or|for|if|as|not|please|pls|instead|rather|asap|this|today|tonight|yesterday|last|so|has|have|had|&|[-—–]|is|was|(?!used|based|listed)[a-z]{3,}ed)[ \t]))/u;
// Not a year: "…, Springfield, 2019 was the year".
// Not a year or a count: "…, Springfield, 2019 was the year", "…, Wellington, 2500 orders"; "…, Pretoria, 0081 but".
const commaPostcode =
  /^,[ \t]*(?:0\d{3}(?![\p{L}\p{N}])|(?!19\d\d|20\d\d)\d{4}(?=[.,;)?!"”。，]|[ \t]*$|[ \t]*\n|[ \t]+(?:on|from|to|and|in|at|by|until|since|before|after|but|or|for|if|not|please|pls|instead|rather|asap|this|today|tonight|yesterday|last|so|has|have|had|&|[-—–])[ \t]))/u;
const cityAfterPostcode =
  /^\p{Lu}[\p{L}\p{M}'’\-.]*(?:[ \t]+(?:(?:de|del|la|di|da|do)[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-.]*){0,2}(?:\/\p{Lu}[\p{L}\p{M}-]*)?(?![\p{L}\p{N}])/u;
// Spanish and Portuguese floors and doors: "4º B", "2.º Esq.", "3ª dcha" (NFKC has made "º" an "o").
const floorUnit =
  // German and French floors first ("3. OG links" is no Spanish "3º" and door "G"): "3. OG", "EG", "2. Stock",
  // "2e étage", "1er étage", with the side of the landing.
  `(?:(?:\\d{1,2}\\.[ \\t]?(?:OG|Obergeschoss|Stock|Etage|DG|UG)|EG|DG)(?:[ \\t]+(?:links|rechts|li\\.|re\\.|mitte))?|\\d{1,2}(?:e|er|ère|ème|eme)[ \\t]+étage` +
  `|\\d{1,2}\\.?[ \\t]?(?:[ºª°]|[oa](?=[A-Z]?(?![\\p{L}\\p{N}])))(?:[ \\t]*(?:andar|piso|planta|esq|dto|dta|dir|izq|izda|izqda|dcha|drcha|frente|centro|[A-Z])\\.?)?` +
  // Danish floor and side: "3. tv", "2. th.", "st. mf", "1 tv".
  `|(?:\\d{1,2}\\.?|st\\.)[ \\t]?(?:tv|th|mf)\\.?` +
  // An English floor after the street: "42 Residency Road, 3rd Floor, Bengaluru 560025".
  `|\\d{1,2}(?:st|nd|rd|th)[ \\t]+[Ff]loor)(?![\\p{L}\\p{N}])`;
// Polish flats: "84/92 m. 15", "lok. 4".
const polishFlat = '(?:m\\.|lok\\.|lokal)[ \\t]*\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}])';
// Indonesia's neighbourhood and hamlet numbers count as a unit: "Jl. Kemang Raya No. 45, RT 03/RW 02, …".
const rtRw = 'RT\\.?[ \\t]*\\d{1,3}[ \\t]*/[ \\t]*RW\\.?[ \\t]*\\d{1,3}';
// A Philippine barangay by its number: "1124 Mabini St, Barangay 659, Ermita, Manila 1000".
const barangay = '(?:Barangay|Brgy\\.?)[ \\t]*\\d{1,4}(?![\\p{L}\\p{N}])';
const tailUnit = new RegExp(`^(?:${unit}|${floorUnit}|${polishFlat}|${rtRw}|${barangay})`, 'iu');
/** The same, with the case as written: under `i`, "2 of 3 checks" reads as a Spanish floor "2º F". */
const unitAsWritten = new RegExp(`^(?:${unit}|${floorUnit}|${polishFlat})`, 'u');
const tailEu = new RegExp(`^${euPostcodeCity('\\p{Lu}')}(?![\\p{L}\\p{N}])`, 'u');
const tailEuLower = new RegExp(`^${euPostcodeCity(`(?!${functionWord})\\p{Ll}`)}(?![\\p{L}\\p{N}])`, 'u');
// A postcode on its own: formats that do not look like other numbers; bare 4- and 6-digit codes only count
// after a state or city ("VIC 3000", "Shanghai 200120").
const strongPostcode =
  '\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|[A-Z]\\d{2}[ \\t]?[A-Z\\d]{4}';
// A city, then a state (and any postcode), or a postcode that is not just a number: a bare 4-digit number
// after a word is more often a year ("July 2003") than a postcode.
// A state abbreviation followed by a postcode ends the city ("Melbourne VIC 3000", not a city "Melbourne VIC").
const notState = `(?!(?:${states})[ \\t,]+\\d)`;
/** "Montréal (Québec) H3G 1J1": the province in parentheses after the city. */
const province = "(?:[ \\t]+\\(\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’\\-]*)?\\))?";
/** "Bridge of Allan", "Newcastle upon Tyne", "Saint-Pierre la Cour": a particle inside a town's name. */
const townParticle = '(?:(?:of|upon|under|le|la|de|sur|en)[ \\t]+(?=\\p{Lu}))?';
const tailCityThen = (lower: boolean) =>
  new RegExp(
    `^(?:${lower ? cityLower : cityWord})(?:[ \\t]+${lower ? '' : townParticle}${notState}(?:${lower ? cityLower : cityWord})){0,2}${province}(?:,?[ \\t]+(${states})(?:,?[ \\t]+(${postcode}))?|(?:,?[ \\t]+|[ \\t]+[-–][ \\t]+)(${strongPostcode}|\\d{6}))?(?![\\p{L}\\p{N}])`,
    lower ? 'iu' : 'u',
  );
const tailCity = tailCityThen(false);
const tailCityLower = tailCityThen(true);
// … and an Irish Eircode ("P51 W2K7") ending a tail.
const tailStateZip = new RegExp(
  `^(?:(?:${states})[ \\t]+(?:${postcode})|${strongPostcode}|(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)[ \\t]?[AC-FHKNPRTV-Y\\d]{4})(?![\\p{L}\\p{N}])`,
  'u',
);
const stateAfterCity =
  /^\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?(?:(?<=^\p{Lu}\p{Ll}{1,3})\.)?(?=[ \t]*(?:\n|$|[.;)]|[ \t]\p{Lu}))/u;
const countryName = new RegExp(
  '^(?:USA|U\\.S\\.A\\.|United States|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|Northern Ireland|Ireland|' +
    'Canada|Australia|New Zealand|Jamaica|Trinidad and Tobago|Barbados|Bahamas|Nigeria|Ghana|Kenya|Uganda|' +
    'Tanzania|Rwanda|Zambia|Zimbabwe|Botswana|South Africa|Egypt|Morocco|India|Pakistan|Bangladesh|Sri Lanka|' +
    'Nepal|Philippines|Malaysia|Singapore|Indonesia|Thailand|Vietnam|Hong Kong|Taiwan|Japan|South Korea|China|' +
    'UAE|United Arab Emirates|Saudi Arabia|Qatar|Israel|Turkey|Türkiye|Greece|Germany|Deutschland|Austria|' +
    'Österreich|Switzerland|Schweiz|Suisse|France|Belgium|Belgique|Netherlands|Nederland|Luxembourg|Spain|España|' +
    'Portugal|Italy|Italia|Poland|Polska|Czech Republic|Czechia|Slovakia|Hungary|Romania|Sweden|Sverige|Norway|' +
    'Norge|Denmark|Danmark|Finland|Suomi|Iceland|Mexico|México|Brazil|Brasil|Argentina|Chile|Colombia|Peru|Perú)' +
    // "Singapore 460412" is a city and its postcode.
    '(?![\\p{L}\\p{N}]|[ \\t]+\\d)',
  'u',
);
/** Words that end an address tail rather than name a city. */
const notCityWords =
  '(?:USA|US|UK|United|Germany|France|Spain|Italy|Netherlands|Canada|Australia|Ireland|Please|Thanks|Thank|Phone|Tel|Email|Order|Tracking|The|And|Or|But|Not|Call|Contact|Invoice|Account|Ticket|Build|Release|Version|Tier|Level|Case|Ref|Job|Batch|Line|Policy|Claim|Serial|Firmware)\\b';
/** Months and weekdays, which a date and not a city puts before four digits ("March 2025"). */
const calendarNames =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// … but "The Junction NSW 2291", "The Rocks NSW 2000": a suburb of that name before its state and postcode.
const notCity = new RegExp(
  `^(?!The[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?,?[ \\t]+(?:${states})[ \\t,]+\\d)${notCityWords}`,
  'u',
);

// Brazil: "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200": district and city after dashes or
// commas, then the two-letter state and the CEP (00000-000). Taken only whole, state and CEP included.
const brPlace = "\\p{Lu}[\\p{L}\\p{M}'’.]*(?:[ \\t]+(?:d[aeo]s?[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}'’.]*){0,3}";
const brStates = 'AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO';
const tailBrazil = new RegExp(
  `^(?:[ \\t]*[-–,][ \\t]*${brPlace}){1,3}[ \\t]*[-–/,][ \\t]*(?:${brStates})(?:[ \\t]*[-–,][ \\t]*|[ \\t]+)(?:CEP:?[ \\t]*)?\\d{5}-?\\d{3}(?![\\p{L}\\p{N}])`,
  'u',
);

// "Flat 402, Sai Krupa Apartments, 14th Cross, Indiranagar 2nd Stage, Bengaluru, Karnataka 560038", "Unit 4,
// Kestrel Court, 18 Harbour Road, Bristol BS1 5TY": a unit, then comma-separated parts of capitalised words
// and numbers (building, street, locality, city), ending in a postcode that is not just any number.
// "F-8/3": an Islamabad sector.
const segmentWord = `(?:\\p{Lu}-\\d{1,3}(?:/\\d{1,3})?|\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\d{1,4}(?:st|nd|rd|th)|\\d{1,5}[A-Za-z]?(?:/\\d{1,5})?)(?![\\p{L}\\p{N}])`;
/** Words that lead a landmark the way passes: "off Ring Road", "beside First Bank". */
const landmarkLead = 'off|near|beside|opposite|behind';
// (A landmark the way leads past is one: "Plot 22, Milimani Estate, off Ring Road, Kisumu".)
const segment = `(?:(?:${landmarkLead})[ \\t]+)?${segmentWord}(?:[ \\t]+${segmentWord}){0,5}`;
/** Large cities whose addresses are written without a postcode (East and West Africa, the Gulf). */
const postcodelessCities =
  'Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Kampala|Kigali|Dar es Salaam|Dodoma|Arusha|Lagos|Abuja|Ibadan|Kano|' +
  'Port Harcourt|Enugu|Accra|Kumasi|Lusaka|Harare|Bulawayo|Addis Ababa|Dubai|Abu Dhabi|Doha';
// The end of a unit-led or number-led address: a state and ZIP, a UK or Canadian postcode, a six-digit PIN, a
// postcode and city, or an Eircode.
const ledEnding =
  `(?:,?[ \\t]+(?:(?:${states})[ \\t]+\\d{4,5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d)` +
  `|(?:,?[ \\t]+|[ \\t]*[-–][ \\t]*)\\d{6}|,[ \\t]*\\d{4,5}[ \\t]+\\p{Lu}[\\p{L}\\p{M}\\-]*` +
  // A Philippine city and its four-digit postcode: "…, Makati City 1227", "…, Taguig 1634".
  `|(?<=\\p{L}[ \\t]City)[ \\t]+\\d{4}|,[ \\t]*(?!${notCityWords}|${calendarNames}\\b)\\p{Lu}[\\p{L}\\p{M}\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}\\-]*)?[ \\t]+(?!(?:19|20)\\d\\d(?!\\d))\\d{4}` +
  // An Irish Eircode: "Apartment 12, Block C, Riverside Court, Dublin 8, D08 X2Y4".
  `|,?[ \\t]+(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)[ \\t]?(?=[\\d]{0,3}[AC-FHKNPRTV-Y])[AC-FHKNPRTV-Y\\d]{4}` +
  // A city that uses no postcodes in addresses: "Apt B3, Riverside Gardens, Riverside Drive, Westlands, Nairobi".
  `|,[ \\t]*(?:${postcodelessCities}))(?![\\p{L}\\p{N}])`;
// India: "No. 47, 2nd Cross, 5th Main, HSR Layout Sector 3, Bengaluru 560102", "Door No. 12-4-88/B, 3rd Floor, …,
// Bengaluru - 560011": a house number after "No.", then the same parts and a PIN code (the "Door" before it is
// taken by the numbered leads below).
// … or, after "House 12", a city and a five- or six-digit code ("…, F-8/3, Islamabad 44000").
const numberLed = new RegExp(
  // ("house no C14, Kilimani Court, …": the number after "no", a letter before it.)
  `(?:[Nn]o|NO|Nr|[Hh]ouse|Plot)\\.?[ \\t]*(?:(?<=(?:no|[Hh]ouse)\\.?[ \\t]*)[A-Z])?\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,5}[A-Za-z]?)*(?:/[A-Z])?(?:,[ \\t]*(?!${notCityWords})${segment}){1,7}?` +
    `(?:,[ \\t]*(?!${notCityWords})\\p{Lu}[\\p{L}\\p{M}\\-]*[ \\t]+\\d{5,6}(?![\\p{L}\\p{N}])|${ledEnding})`,
  'uy',
);
// The Philippines: a block's and a lot's number, then a subdivision, a barangay, the city and the province before
// a four-digit postcode: "Blk 12 Lot 8, Phase 2, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102".
const blockAndLot = String.raw`(?:Blk|Block|BLK)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?:Lot|LOT)\.?[ \t]*\d{1,4}[A-Za-z]?|(?:Lot|LOT)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?:Blk|Block|BLK)\.?[ \t]*\d{1,4}[A-Za-z]?`;
const blockAndLotLed = new RegExp(
  `(?:${blockAndLot})(?:[ \\t]+(?!${notCityWords})${segment})?(?:,[ \\t]*(?!${notCityWords})${segment}){1,7}?` +
    `,[ \\t]*(?!${notCityWords})\\p{Lu}[\\p{L}\\p{M}\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}\\-]*)?[ \\t]+\\d{4}(?![\\p{L}\\p{N}])`,
  'uy',
);
/** A floor's name or number before "Floor" ("Ground Floor", "5th Floor"). */
const floorNames = '(?:Ground|Upper|Lower|Basement|First|Second|Third|Top|\\d{1,2}(?:st|nd|rd|th))';
/** A tower's or block's number after a unit: "Unit 12B Tower 2". */
const unitTower = '(?:[ \\t]+(?:Tower|Block|Blk|Wing)[ \\t]+[A-Z0-9]{1,3})?';
// A named floor stands without a number: "Shop 4, Ground Floor, Laxmi Niwas, 18 Gokhale Road, …".
const unitLed = new RegExp(
  `(?:${unit}${unitTower}|(?<=${floorNames}[ \\t]+)Floor)(?:,[ \\t]*(?!${notCityWords})${segment}){1,6}?${ledEnding}`,
  'uy',
);
// … and an Indian flat's address in lower case, its parts after commas or blanks, a locality's word among them
// and the PIN code ending it: "flat 302 sai krupa apts, 5th cross, indiranagar bangalore 560038".
const lowerIndianLed =
  /flat[ \t]+(?:no\.?[ \t]*)?\d{1,4}[a-z]?(?:[-/]\d{1,4}[a-z]?)?,?(?:[ \t]*,?[ \t]+[a-z0-9][a-z0-9.'-]*){2,14}?[ \t]*,?[ \t]+(?:-[ \t]*)?\d{6}(?![\p{L}\p{N}])/uy;
// ("5th cross", "3rd main": Bengaluru's numbered roads, with their ordinal.)
const indianLocality =
  /(?<![a-z])(?:\d{1,2}(?:st|nd|rd|th)[ \t]+(?:cross|main)|layout|nagar|colony|society|apts|apartments|residency|sector|stage|phase|enclave|marg)(?![a-z])/;

function lowerIndianAddress(text: string, lower: string, at: number): RegExpExecArray | null {
  const m = execAt(lowerIndianLed, lower, at);
  // In lower case as written, and no sentence's end inside.
  if (!m || text.slice(at, at + m[0].length) !== m[0] || /[.!?][ \t]/.test(m[0])) return null;
  return indianLocality.test(m[0]) ? m : null;
}

/** Unit words that can start such an address. */
const unitLedWords: ReadonlySet<string> = new Set([
  'flat',
  // "Villa 14, Street 22, Al Barsha 2, Dubai"; rural Canada's "Site 12, Comp 9, RR 3, Lacombe, AB T4L 2N3".
  'villa',
  'site',
  'unit',
  'apt',
  'apartment',
  'suite',
  'level',
  'floor',
]);

// Turkish: "Bağdat Caddesi No: 215 Daire: 8, 34728 Kadıköy/İstanbul", "Atatürk Cad. No:12/3 Kat 2": the
// street word, then "No" and the number, then any flat (Daire, D) and floor (Kat, K).
const turkishStreetWords: ReadonlySet<string> = new Set([
  'caddesi',
  'cad',
  'cd',
  'sokak',
  'sokağı',
  'sok',
  'sk',
  'bulvarı',
  'blv',
]);
const turkishNumber = new RegExp(
  `\\.?,?[ \\t]+(?:No|NO|no|Nº|N)[ \\t]*[:.]?[ \\t]*\\d{1,5}[A-Za-z]?(?:[ \\t]*/[ \\t]*\\d{1,4}[A-Za-z]?)?` +
    `(?:,?[ \\t]+(?:Daire|D|Kat|K)[ \\t]*[:.]?[ \\t]*\\d{1,4})*(?![\\p{L}\\p{N}])`,
  'uy',
);
const turkishName = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{M}]*\.?[ \t]+){1,4}$/u;

function turkishStreet(text: string, word: string, at: number, out: Span[]): void {
  const m = execAt(turkishNumber, text, at + word.length);
  if (!m) return;
  const head = text.slice(lineStartWithin(text, at, 60), at);
  const h = turkishName.exec(head);
  if (!h || !capitalised.test(text[at]!)) return;
  push(out, at - h[0].length, extendTail(text, at + word.length + m[0].length, false, false));
}

// Vietnamese: "25 Lý Thường Kiệt, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội": house number and street, then
// ward, district and city parts, found from the ward or district word.
const vietnameseAreaWords: ReadonlySet<string> = new Set(['phường', 'quận', 'huyện', 'xã']);
const vietnameseStreet =
  /(?<![\p{L}\p{N}/])\d{1,5}[A-Za-z]?(?:\/\d{1,5}[A-Za-z]?)*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,5},[ \t]*$/u;
const vietnameseWord = '\\p{Lu}[\\p{L}\\p{M}]*';
const vietnameseArea = new RegExp(
  `(?:Phường|Quận|Huyện|Xã|Thị xã|Thành phố|Tỉnh|TP\\.?|P\\.|Q\\.)[ \\t]+(?:${vietnameseWord}|\\d{1,2})(?:[ \\t]+${vietnameseWord}){0,3}` +
    `(?:,[ \\t]*(?:(?:Phường|Quận|Huyện|Xã|Thị xã|Thành phố|Tỉnh|TP\\.?|P\\.|Q\\.)[ \\t]+)?(?:${vietnameseWord}|\\d{1,2})(?:[ \\t]+${vietnameseWord}){0,3}){0,3}(?![\\p{L}\\p{N}])`,
  'uy',
);

function vietnameseAddress(text: string, at: number, out: Span[]): void {
  const h = vietnameseStreet.exec(text.slice(lineStartWithin(text, at, 60), at));
  if (!h) return;
  const m = execAt(vietnameseArea, text, at);
  if (m) push(out, at - h[0].length, at + m[0].length);
}

// Japanese addresses in Latin letters: "3-14-2 Ebisu, Shibuya-ku, Tokyo 150-0013": block numbers and a
// neighbourhood, then the ward or city word ("-ku", "-shi"), the prefecture or city, and the postcode.
const japaneseWardWords: ReadonlySet<string> = new Set(['ku', 'shi']);
// ("3-14-2 Nishi-Shinjuku, Shinjuku-ku": a neighbourhood of two words joined by a hyphen.)
const japaneseHead =
  /(?<![\p{L}\p{N}-])\d{1,4}-\d{1,3}(?:-\d{1,4})?,?[ \t]+\p{Lu}\p{Ll}+(?:[ \t-]\p{Lu}\p{Ll}+)?,[ \t]*\p{Lu}\p{Ll}+-$/u;
const japaneseTail =
  /(?:,?[ \t]*\p{Lu}\p{Ll}+(?:-(?:to|fu|ken|shi))?)?(?:,?[ \t]*〒?\d{3}-\d{4}(?![\d-]))?/uy;

// … and in Japanese script: "〒150-0002 東京都渋谷区渋谷3-14-8 コーポ桜 203": the postcode, the prefecture, the city or
// ward and the district, the block numbers, and a building and its room.
const japaneseScriptAddress =
  /(?:〒?[ \t\u3000]?\d{3}[-－]\d{4}[ \t\u3000]*)?(?:東京都|北海道|京都府|大阪府|\p{sc=Han}{2,3}県)[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,20}?\d{1,4}(?:(?:[-−－の]|丁目|番地?)\d{1,4}){1,3}(?:号)?(?:[ \u3000]?[\p{sc=Han}\p{sc=Katakana}ー]{1,14}(?:\d{1,2}(?=[ \u3000]\d))?)?(?:[ \u3000]?\d{1,4}(?:号室|号|階|F)?)?(?![\d-])/gu;

function japaneseAddress(text: string, at: number, word: string, out: Span[]): void {
  const h = japaneseHead.exec(text.slice(lineStartWithin(text, at, 60), at));
  if (!h) return;
  const t = execAt(japaneseTail, text, at + word.length);
  push(out, at - h[0].length, at + word.length + (t ? t[0].length : 0));
}

const fieldLabelLine = /^\p{L}[\p{L} ]{0,24}:/u;
const landmark = new RegExp(
  `^(?:${landmarkLead}|opp\\.|next[ \\t]+to)[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,3}(?=[ \\t]*,)`,
  'u',
);

/** The end of the address that starts with a street part ending at `end`. */
const phoneLine =
  /^(?:mobile|mob|tel|telephone|phone|ph|cell|fax|whatsapp)\b[ \t:.#-]*(?:no\.?|number)?[ \t:.#-]*[+(]?\d/i;

// The town after "in", then a postcode that is not just a number: "31 Mossley Lane in Ashton, OL6 9RN".
const inTownPostcode = new RegExp(
  `[ \\t]+in[ \\t]+${cityWord}(?:[ \\t]+${cityWord})?,?[ \\t]+(?:${strongPostcode})(?![\\p{L}\\p{N}])`,
  'uy',
);

function extendTail(text: string, end: number, lower: boolean, needPostcode: boolean): number | undefined {
  const c = text.charCodeAt(end);
  if (c === 32 && !lower) {
    const town = execAt(inTownPostcode, text, end);
    if (town) return end + town[0].length;
  }
  if (c === 32 || c === 44 || c === 45) {
    const br = tailBrazil.exec(text.slice(end, end + 120));
    if (br) return end + br[0].length;
  }
  let confirmed = end;
  let at = end;
  let hasPostcode = false;
  // Cities or localities after commas and nothing else, unconfirmed: "…Road, Kilimani, Nairobi." (see below).
  let commaCities = 0;
  // Where a unit after the street ends ("…Avenue, unit 2"), when one does.
  let unitEnd = -1;
  for (let k = 0; k < 4; k++) {
    let sep = separator.exec(text.slice(at, at + 8));
    if (!sep || sep[0].trim() === '') {
      const d = dashSeparator.exec(text.slice(at, at + 8));
      if (d && tailUnit.test(text.slice(at + d[0].length, at + d[0].length + 40))) {
        sep = d;
      }
    }
    if (!sep) break;
    // A blank line ends the address, and so does a line of a phone number ("Mobile 07700 900955").
    if ((sep[0].match(/\n/g)?.length ?? 0) > 1) break;
    const from = at + sep[0].length;
    const rest = text.slice(from, from + 80);
    if (sep[0].includes('\n') && phoneLine.test(rest)) break;
    let m: RegExpExecArray | null;
    if ((m = tailUnit.exec(rest))) {
      at = from + m[0].length;
      if (!hasPostcode) confirmed = unitEnd = at;
      // "Rua Augusta, 1500, apto 72 - Consolação, São Paulo - SP, 01304-001": the Brazilian tail after a unit.
      const br = tailBrazil.exec(text.slice(at, at + 120));
      if (br) return at + br[0].length;
      continue;
    }
    // One postcode: a number on the line after it is a phone's ("…Manchester M1 3WD\n07700 900 218").
    if ((m = (lower ? tailEuLower : tailEu).exec(rest)) || (!hasPostcode && (m = tailStateZip.exec(rest)))) {
      at = from + m[0].length;
      confirmed = at;
      hasPostcode = true;
      continue;
    }
    // An Irish county ends the address as a postcode would: "Rose Cottage, Ballyhoura Road, Kilfinane, Co. Limerick".
    if ((m = irishCounty.exec(rest))) {
      at = from + m[0].length;
      const eircode = execAt(eircodeAfterCounty, text, at);
      if (eircode) at += eircode[0].length;
      confirmed = at;
      hasPostcode = true;
      break;
    }
    // A country after a comma belongs to the address: "…, Springfield, IL 62704, USA", "22 Hope Road, Kingston 10,
    // Jamaica", "…, #08-117, Singapore 460412".
    if (sep[0].startsWith(',') && (confirmed === at || commaCities >= 1) && (m = countryName.exec(rest))) {
      at = from + m[0].length;
      confirmed = at;
      // One country ends the address: "…, Leith, Scotland, Portugal and Spain are next" lists countries.
      break;
    }
    // A landmark the way leads past: "House 14, Nyali Road, off Links Road, Mombasa", "… beside First Bank, GRA, Enugu".
    if (sep[0].startsWith(',') && (m = landmark.exec(rest))) {
      at = from + m[0].length;
      continue;
    }
    if (notCity.test(rest)) break;
    // A form's next field on the next line ends the address: "Property: 12 Glover Road, Ikoyi, Lagos\nCategory: …";
    // so does a line break after a full stop ("…, Zamalek, Cairo.\nYours faithfully").
    if (sep[0].includes('\n') && (fieldLabelLine.test(rest) || text.charCodeAt(at - 1) === 46)) break;
    // A state or province after the postcode and city ends the address: "14000 Bukit Mertajam, Pulau Pinang",
    // "45040 Guadalajara, Jal.".
    if (hasPostcode && confirmed === at && sep[0].startsWith(',') && (m = stateAfterCity.exec(rest))) {
      at = from + m[0].length;
      confirmed = at;
      break;
    }
    // "34740 Kadıköy/İstanbul", "03940 Ciudad de México": the city right after a postcode.
    if (hasPostcode && confirmed === at && /^[ \t]+$/.test(sep[0]) && (m = cityAfterPostcode.exec(rest))) {
      at = from + m[0].length;
      confirmed = at;
      continue;
    }
    if ((m = (lower ? tailCityLower : tailCity).exec(rest))) {
      if (sep[0].startsWith(',')) commaCities++;
      else commaCities = -9;
      at = from + m[0].length;
      if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) {
        confirmed = at;
        hasPostcode = hasPostcode || m[2] !== undefined || m[3] !== undefined;
      } else if (k === 0 || confirmed === at - m[0].length - sep[0].length || !hasPostcode) {
        // "14 Harbour Street, Wellington 6011.": a four-digit postcode right after the first city, on the same
        // line and ending the address (a year after a word is written differently: "July 2003 was…").
        // "…, Menlo Park, Pretoria, 0081 but …": after a comma, whatever follows.
        const four =
          cityPostcode.exec(text.slice(at, at + 16)) ?? commaPostcode.exec(text.slice(at, at + 16));
        if (four && (sep[0].startsWith(',') || sep[0].includes('\n'))) {
          at += four[0].length;
          confirmed = at;
          hasPostcode = true;
        }
      }
      continue;
    }
    break;
  }
  if (needPostcode && !hasPostcode) return undefined;
  // "Hse No. 12, Argwings Kodhek Road, Kilimani, Nairobi. The rider …": one or two places after commas, capitalised
  // (and no weekday or month), ending the sentence or the line, belong to the address without a postcode.
  if (
    !hasPostcode &&
    !lower &&
    (confirmed === end || confirmed === unitEnd) &&
    commaCities >= 1 &&
    commaCities <= 3
  ) {
    // The places end at the first full stop after a word of three letters or more ("Nairobi. The rider" was read
    // as one place; "St. Kilda" is one).
    const base = confirmed;
    let stop = at;
    const places = text.slice(base, at);
    for (let d = places.indexOf('.'); d >= 0; d = places.indexOf('.', d + 1)) {
      if (/[\p{L}]{3}$/u.test(places.slice(0, d)) && /^(?:\s|$)/.test(places.slice(d + 1, d + 2))) {
        stop = base + d;
        break;
      }
    }
    // … or before a clause after a comma: "…, unit 2, Toronto, it's been out since Sunday"; or without one: "…, Ikeja,
    // Lagos and I notice …", "…, Lagos has been received".
    const next = text.slice(stop, stop + 16);
    if (
      (sentenceEnds(text, stop) || clauseAfterComma.test(next) || clauseAfterPlace.test(next)) &&
      !calendarWord.test(text.slice(base, stop))
    )
      confirmed = stop;
  }
  return confirmed;
}

const clauseAfterComma =
  /^,[ \t]+(?:it|it's|it’s|and|but|which|where|since|so|we|i|i'm|i’m|my|our|the|they|he|she|please|can|could)(?![\p{L}])/u;
// … or a day after "on": "re: fire incident at 9 Ogui Road, Enugu on 21st July".
const clauseAfterPlace =
  /^[ \t]+(?:(?:and|but|has|have|had|is|was|were|which|since|so|because)[ \t]+(?:i|we|my|our|it|been|not|no|they|he|she|is|was)|on[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\p{N}])/iu;
const calendarWord = new RegExp(`(?<![\\p{L}])(?:${calendarNames}|Today|Tomorrow)(?![\\p{L}])`, 'u');
/** A full stop, `)`, `;`, a newline or the end of the text after `i` (blanks allowed). */
function sentenceEnds(text: string, i: number): boolean {
  let j = i;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  if (c === 10 || c === 41 || c === 59 || c === 33 || c === 63) return true;
  return c === 46 && !/\p{L}/u.test(text[j + 1] ?? '');
}

/**
 * Whether "No." at `at` can start an address: at the start of a line, after a label's colon or a comma, or after
 * the word of a house or plot ("Door No. 12-4-88/B"); not after an identifier's word ("Invoice No. 20931").
 */
function leadsAddress(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c === 10 || c === 58 || c === 44 || c === 40) return true;
  let j = i;
  while (j > 0 && /[A-Za-z.]/.test(text[j - 1]!)) j--;
  // … or after "is", "at" or "to": "Our house is House 12, Road 27, Dhanmondi, Dhaka 1209".
  return /^(?:Door|House|Hse|Plot|Flat|Shop|H|is|at|to)\.?$/i.test(text.slice(j, i));
}

/** English "address" only after nothing, or after a word that says whose or which address it is. */
const addressKinds: ReadonlySet<string> = new Set(
  (
    'home billing shipping delivery mailing postal new old current my our your his her their street ' +
    'correspondence registered permanent residential business office full return pickup collection work and correct updated right proper forwarding installation service site'
  ).split(' '),
);
function labelOfAddress(label: string, before: string): boolean {
  if (label !== 'address' && label !== 'addr') return !otherAddressKinds.has(before);
  return before === '' || addressKinds.has(before);
}

const addressCue =
  /(?:address|addr|ship(?:ping)? to|deliver(?:y)? to|send (?:it )?to|mail (?:it )?to|lives? at|living at|located at|moved to)[ \t:]*\n?[ \t]*$/;

const capitalised = /^\p{Lu}/u;
const anyCapital = /\p{Lu}/u;

function push(out: Span[], start: number, end: number | undefined): void {
  if (end !== undefined) out.push({ start, end, type: 'address' });
}

const numberLabel = /(?<![\p{L}\p{N}])(?:(?:Hse|House|Plot)\.?[ \t]+)?(?:No|Nr|Nº)\.?[ \t]*$/u;
// Before a street found: "No. 23, Jalan SS 2/24" (Malaysia), "Hse No. 12, Argwings Kodhek Road" (Kenya), "Blk 12
// Lot 5, Mabini St.", "Lot 7 Blk 12 Sampaguita St." (Philippines), "Blk 412 Bedok North Ave" (Singapore), "Plot
// 14, Admiralty Way" (Nigeria), "Apartment 12, Block C, Riverside Court" (Ireland): numbered (or lettered) houses,
// plots, blocks or lots, then a comma or a space; the last one's
// number may be where the street found starts.
const leadItem =
  '(?:Blk|Block|Lot|Plot|Hse|[Hh]ouse|Door|Unit|Shop|Suite|Flat|Apartment|Apt|Office|No|Nr|Nº)\\.?(?:[ \\t]*(?:[Nn]o|Nr)\\.?)?';
/** "Shop 4, Ground Floor, …": the floor's name before an address that starts at "Floor". */
const floorName = new RegExp(`(?<![\\p{L}\\p{N}])${floorNames}[ \\t]+$`, 'u');
const numberedLead = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${leadItem}[ \\t]*(?:\\d{1,5}[A-Za-z]?|[A-Z]),?[ \\t]+){0,2}(?:${leadItem}[ \\t]*)?$`,
  'u',
);

/**
 * Where the earliest of the `words` blank-separated tokens before `at` on its line that holds a house number
 * starts (a digit at its start, or after punctuation in it: "address=2207"), or -1; the tokens after it up to
 * `at` must start with a capital (`capitals`) or a lower-case letter, or a digit (an ordinal), as the street
 * heads' words do. Checked by hand before those heads' regexes, which V8 tries from every offset of the text
 * they are given: most street words in a ticket are ordinary words ("the same way", "at this point"), and the
 * heads are given the line from a little before that token only.
 */
function houseNumberWithin(text: string, at: number, words: number, capitals: boolean): number {
  let i = at;
  let found = -1;
  for (let w = 0; w < words; w++) {
    let j = i;
    while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
    if (j === i || j === 0) break;
    let k = j;
    while (k > 0 && text.charCodeAt(k - 1) > 32) k--;
    let number = false;
    for (let d = k; d < j; d++) {
      const c = text.charCodeAt(d);
      if (c >= 48 && c <= 57 && (d === k || !isWordChar(text.charCodeAt(d - 1)))) {
        number = true;
        break;
      }
    }
    if (number) found = k;
    else {
      const c = text.charCodeAt(k);
      // Before a street word in lower case, either case ("12 Wattle st").
      if (!(c >= 0xc0 || (c >= 65 && c <= 90) || (!capitals && c >= 97 && c <= 122))) break;
    }
    if (k === 0 || text.charCodeAt(k - 1) === 10) break;
    i = k;
  }
  return found;
}

const carBefore = /(?<![\p{L}])car[ \t]+$/iu;

/** "221B Baker Street, London NW1 6XE": from the street word `word` at `at`, back to the house number. */
function usStreet(text: string, word: string, at: number, out: Span[]): void {
  const suffix = text.slice(at, at + word.length);
  const lowerCase = !capitalised.test(suffix);
  // Only core street words head a street in lower case ("on port 5432" is none), and a capitalised one must be
  // written as a street word is.
  if (lowerCase ? !coreSuffixes.has(word) : word !== 'broadway' && !capitalSuffix.test(suffix)) return;
  // The number, up to four capitalised words and a direction before the street word (three lower-case words);
  // before it, a unit ("Apartment #12B, ") and the characters the heads look behind at.
  const number = houseNumberWithin(text, at, lowerCase ? 4 : 6, !lowerCase);
  if (number < 0) {
    if (!lowerCase) buildingStreet(text, word, at, out);
    return;
  }
  const from = lineStartWithin(text, at, Math.min(90, at - number + 40));
  const head = text.slice(from, at);
  if (!/\d/.test(head)) return;
  // "Bay 14, Car Park P3": a car park is no street.
  if (word === 'park' && carBefore.test(head)) return;
  let h: RegExpExecArray | null;
  let standalone = false;
  if (word === 'broadway') h = lowerCase ? null : broadwayHead.exec(head);
  else if (!lowerCase && capitalSuffix.test(suffix)) {
    h = streetHead.exec(head);
    if (!h && standaloneStreets.has(word)) {
      h = broadwayHead.exec(head);
      standalone = true;
    }
  } else if (lowerCase && coreSuffixes.has(word))
    h = streetHeadLower.exec(head) ?? (word.length <= 4 ? streetHeadMixed.exec(head) : null);
  else h = null;
  if (!h) {
    if (!lowerCase) buildingStreet(text, word, at, out);
    return;
  }
  let start = from + h.index;
  const u = unitBefore.exec(head.slice(0, h.index));
  if (u && (u[1] !== undefined || slashNumber.test(head.slice(h.index)))) start -= u[0].length;
  else if (text.charCodeAt(start - 1) === 10 || /\n[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) {
    const line = unitLineBefore.exec(text.slice(Math.max(0, start - 48), start));
    if (line) start -= line[0].length - line[0].indexOf(line[1]!);
  }
  httpStatus.lastIndex = from + h.index;
  if (httpStatus.test(text)) return;
  // "No. 12, 2nd Main Road" (India), "Nr. 5": the number's own word belongs to the address.
  const numberWord = numberLabel.exec(text.slice(Math.max(0, start - 12), start));
  if (numberWord) start -= numberWord[0].length;
  const tail = execAt(suffixTail, text, at + word.length);
  if (!tail) return;
  // "Ship it to 62 Mill Place." — the dot after a full word ends the sentence, not an abbreviation.
  const dot = tail[0].startsWith('.') && word.length >= 5 && tail[0].length === 1 ? 1 : 0;
  const end = at + word.length + tail[0].length - dot;
  // Lowercase street names are common words too ("3 more days"): take them only with a city or postcode,
  // or after words that announce an address ("billing address: 3242 meadow rd").
  const tailEnd = extendTail(text, end, lowerCase, false);
  // So is a street word alone after the number ("3 Parade awards").
  if (
    (lowerCase || standalone) &&
    tailEnd === end &&
    !addressCue.test(text.slice(Math.max(0, start - 40), start).toLowerCase())
  )
    return;
  push(out, start, tailEnd);
}

// A named building before a street without a number: "9 Marlowe House, Chapel Street, Salford M3 5JZ", "Old Mill
// Farm, Hollow Lane, Little Haddon, Shropshire SY7 0QT", "Glenview House\nKnockanore Road\nBallyduff\nCo. Waterford\n
// P51 W2K7". The building (numbered, or not when it fills its own line or follows a comma) ends in a building
// word; the street's name follows after a comma or on the next line; a postcode must end the tail.
const streetNameHead = /(?:^|,[ \t]*)((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,3})$/u;
const buildingWord =
  '(?:House|Farm|Cottage|Cottages|Lodge|Hall|Barn|Manor|Court|Mill|Grange|Villa|Chambers|Mansions|Tower|Towers|' +
  'Apartments|Building|Buildings|Forge|Rectory|Vicarage|Croft|Stables|Bungalow|Chapel|Mews)';
// A unit on its own line above a street, or with the building's name after it: "Apt 4C", "Flat 4C, Sonar Tori
// Apartments".
const unitLine = new RegExp(
  `^([ \\t]*)(?:${unit})(?:,[ \\t]*(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t]+){0,3}${buildingWord})?[ \\t,]*$`,
  'iu',
);
const buildingInLine = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,4}[A-Za-z]?[ \\t]+)?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t]+){0,3}${buildingWord}$`,
  'u',
);
const buildingLine = new RegExp(
  `^[ \\t]*((?:\\d{1,4}[A-Za-z]?[ \\t]+)?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t]+){0,3}${buildingWord})[ \\t,]*$`,
  'u',
);

/**
 * Where the street's name (one to three capitalised words) before the street word at `at` starts, when a comma
 * or the start of a line comes before it; -1 otherwise. Read by hand: this is asked for most capitalised street
 * words of a text.
 */
function streetNameStart(text: string, at: number): number {
  let i = at;
  for (let w = 0; w < 3; w++) {
    let j = i;
    while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
    if (j === i || j === 0) return -1;
    let k = j;
    while (k > 0 && text.charCodeAt(k - 1) > 32 && text.charCodeAt(k - 1) !== 44) k--;
    const c = text.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || c >= 0xc0)) return -1;
    let b = k;
    while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    if (b === 0 || text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 44) return k;
    i = k;
  }
  return -1;
}

function buildingStreet(text: string, word: string, at: number, out: Span[]): void {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90 || !capitalSuffix.test(text.slice(at, at + word.length))) return;
  const nameStart = streetNameStart(text, at);
  if (nameStart < 0) return;
  const lineStart = lineStartWithin(text, at, 80);
  const head = text.slice(lineStart, at);
  const m = streetNameHead.exec(head);
  if (!m) return;
  let start: number;
  if (m.index > 0) {
    // The building on the same line, before the comma.
    const b = buildingInLine.exec(head.slice(0, m.index));
    if (!b) return;
    start = lineStart + b.index;
  } else {
    // The building on the line above.
    if (lineStart < 2) return;
    const above = lineStartWithin(text, lineStart - 1, 60);
    const b = buildingLine.exec(text.slice(above, lineStart - 1));
    if (!b) return;
    start = above + b[0].indexOf(b[1]!);
  }
  const tail = execAt(suffixTail, text, at + word.length);
  if (!tail) return;
  push(out, start, extendTail(text, at + word.length + tail[0].length, false, true));
}

// A numbered building and no street: "7 Tollgate Cottages, Much Wenlock TF13 6AN", "2 Rose Villas\nHenley RG9
// 1AA". Taken only with a postcode in the tail.
const buildingOnlyWords: ReadonlySet<string> = new Set(
  // ("14 Gulmohar Society, Andheri East, Mumbai 400069": an Indian housing society.)
  'cottage cottages farm hall barn grange villa villas chambers mansions tower towers apartments buildings croft house society residency enclave'.split(
    ' ',
  ),
);
const numberedBuildingHead =
  /(?<![\p{L}\p{N}.,:/-])\d{1,4}[A-Za-z]?[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,3}$/u;

function numberedBuilding(text: string, word: string, at: number, out: Span[]): void {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90 || isWordChar(text.charCodeAt(at + word.length))) return;
  const head = numberedBuildingHead.exec(text.slice(Math.max(0, at - 48), at));
  if (head) push(out, at - head[0].length, extendTail(text, at + word.length, false, true));
}

/** "Goethestraße 12", "Berliner Straße 45", "Keizersgracht 123": a word ending in a street word, then a number. */
const dutchParticlesBefore = /(?:^|[\s,(:])((?:Van|De|Den|Ter|Te)(?:[ \t]+(?:der|den|de|het))?[ \t]+)$/u;

function euStreet(text: string, word: string, at: number, out: Span[]): void {
  const e = euEnding.exec(word);
  if (!e) return;
  let ending = e[0];
  let endingAt = at + e.index;
  if (ending === 'str') {
    if (text[at + word.length] !== '.') return;
    ending = 'str.';
  }
  let start = endingAt;
  while (start > 0 && euStreetWord.test(text[start - 1]!)) start--;
  let needPostcode = ambiguousSuffix.test(ending);
  if (start === endingAt) {
    // The ending is a word of its own ("Berliner Straße 45"): take the word before it when capitalised.
    if (!euTwoWord.test(ending)) return;
    const before = /(\p{Lu}[\p{L}\p{M}-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (before) start -= before[0].length;
  } else if (!capitalised.test(text[start]!)) {
    // Lowercase ("bahnhofstraße 28") is a street only with a postcode after it; an English verb never is
    // ("expiring 08/28, billing ZIP 29401": a vowel before "ring", where German rings have a consonant).
    if (ending === 'ring' && /[aeiou]$/.test(text.slice(start, endingAt))) return;
    needPostcode = true;
  }
  if (start > 0 && /[\p{N}_]/u.test(text[start - 1]!)) return;
  // A Dutch street named after someone keeps the particles of the name: "Van Baerlestraat 77-H", "Van der
  // Helststraat 3".
  if (start < endingAt) {
    const particles = dutchParticlesBefore.exec(text.slice(Math.max(0, start - 16), start));
    if (particles) start -= particles[1]!.length;
  }
  endingAt += ending.length;
  const n = execAt(euNumberAt, text, endingAt);
  if (!n) return;
  const end = endingAt + n[0].length;
  push(out, start, extendTail(text, end, !anyCapital.test(text.slice(start, end)), needPostcode));
}

/** "12 rue de la Paix", "Via Roma 10", "ul. Marszałkowska 10/12": a street-type word first. */
function romanceStreet(text: string, prefix: string, at: number, out: Span[]): void {
  // An abbreviation's dot: "3450 boul. Industriel".
  const prefixEnd = at + prefix.length + (text[at + prefix.length] === '.' && prefix.length <= 4 ? 1 : 0);
  if (text[prefixEnd] !== ' ' && text[prefixEnd] !== '\t' && !prefix.endsWith('/')) return;
  let rest = execAt(romanceRest, text, prefixEnd);
  // All lowercase ("61 rue des lilas, 67084 lyon"): taken only with a postcode after it.
  let lowerCase = false;
  if (!rest || !anyCapital.test(rest[0])) {
    const r = execAt(romanceRestLower, text, prefixEnd);
    if (r && r[0].length > (rest?.[0].length ?? 0)) {
      rest = r;
      lowerCase = true;
    }
  }
  if (!rest) return;
  const before = numberBefore.exec(text.slice(Math.max(0, at - 14), at));
  if (!before && rest[1] === undefined) return;
  const start = before ? at - before[0].length : at;
  const end = prefixEnd + rest[0].length;
  const needPostcode = lowerCase || ambiguousPrefix.test(prefix);
  push(out, start, extendTail(text, end, !anyCapital.test(text.slice(start, end)), needPostcode));
}

// Russian and Ukrainian: "ул. Тверская, д. 12, кв. 45", "вул. Січових Стрільців, 24, кв. 17, м. Львів, 79000",
// "125009, г. Москва, ул. Тверская, 12". The street word comes first, the house number after the name (with or
// without "д." / "буд."), then building, flat and office parts, the city and the postcode; a postcode and city
// before the street belong to it too.
const cyrillicStreetWords: ReadonlySet<string> = new Set(
  (
    'ул улица вул вулиця пр просп проспект пер переулок пров провулок бул бульвар наб набережная набережна пл ' +
    'площадь площа шоссе шосе мкр мкрн микрорайон'
  ).split(' '),
);
const cyrillicWord = "\\p{Lu}[\\p{Script=Cyrillic}'’-]*";
const cyrillicStreet = new RegExp(
  `\\.?[ \\t]+(?:\\d{1,2}-?(?:го|я|й|ї)?[ \\t]+)?${cyrillicWord}(?:[ \\t]+${cyrillicWord}){0,3},?[ \\t]+` +
    `(?:(?:д|дом|буд|будинок)\\.?[ \\t]*)?\\d{1,4}(?:[а-яіїєa-z]|/\\d{1,4})?(?![\\p{L}\\p{N}])` +
    // "Тариф пер. Минута 5 руб": a price or a count is no house number.
    `(?![ \\t]*(?:руб|грн|коп|раз|шт|мин|сек|лет|год|дн|час|%))` +
    `(?:,?[ \\t]*(?:корп|к|стр|строение|кв|квартира|оф|офис|под|подъезд|эт|этаж|пом|секц)\\.?[ \\t]*\\d{1,4}[а-яa-z]?(?![\\p{L}\\p{N}]))*` +
    `(?:,[ \\t]*(?:(?:г|м|с|смт|пгт)\\.[ \\t]*)?${cyrillicWord}(?:[ \\t]+${cyrillicWord})?(?![\\p{L}\\p{N}]))?` +
    `(?:,?[ \\t]+\\d{5,6}(?![\\p{L}\\p{N}]))?`,
  'uy',
);
const cyrillicBefore = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{5,6},[ \\t]*)?(?:(?:г|м|с|смт|пгт)\\.[ \\t]*${cyrillicWord}(?:[ \\t]+${cyrillicWord})?,[ \\t]*)$`,
  'u',
);

function cyrillicAddress(text: string, word: string, at: number, out: Span[]): void {
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return;
  const m = execAt(cyrillicStreet, text, at + word.length);
  if (!m) return;
  const before = cyrillicBefore.exec(text.slice(Math.max(0, at - 48), at));
  out.push({
    start: before ? at - before[0].length : at,
    end: at + word.length + m[0].length,
    type: 'address',
  });
}

/** Form labels of a postcode field: "Postcode: SW9 8QJ" on a line of its own is part of the address. */
const postcodeLabels: ReadonlySet<string> = new Set([
  'postcode',
  'postal',
  'zip',
  'zipcode',
  'eircode',
  'plz',
]);
const postcodeValue = `(${strongPostcode}|[A-Z]\\d{2}[ \\t]?[A-Z\\d]{4}|\\d{4}[ \\t]?[A-Z]{2})`;
const postcodeField = new RegExp(
  `(?:postcode|postal[ \\t]+code|zip(?:[ \\t]*code)?|zipcode|eircode|plz)[ \\t]*[:：][ \\t]*` +
    `${postcodeValue}[ \\t]*(?=\\n|$)`,
  'iuy',
);
// … or a JSON field with letters in it: `"postcode":"LS6 3DU"` (a ZIP alone in JSON is no address).
// … or asked for and given in the reply: "And the postcode?\n[14:03] Customer: LS17 8QT".
const postcodeReply = new RegExp(
  `(?:postcode|postal[ \\t]+code|zip(?:[ \\t]*code)?|zipcode|eircode)[^\\n?]{0,20}\\?[ \\t]*${nextSpeakerLine}${postcodeValue}[ \\t.]*(?=\\n|$)`,
  'iuy',
);
const postcodeJson = new RegExp(
  `(?:postcode|postal_?code|zip_?code|zip|eircode)"[ \\t]*:[ \\t]*"(?=[^"]*[A-Z])${postcodeValue}"`,
  'iuy',
);

// Ireland: "14 Ard na Gréine, Knocknacarra, Galway H91 K2P4" — many streets have no street word, but the
// Eircode after the county or city is unmistakable. From the county or city word: an Eircode after it, then
// back over comma-separated parts to a house number on the same line.
const irishPlaces: ReadonlySet<string> = new Set(
  (
    'dublin cork galway limerick waterford kerry clare mayo sligo donegal kildare meath wicklow wexford kilkenny ' +
    'tipperary offaly laois westmeath longford roscommon leitrim cavan monaghan louth carlow'
  ).split(' '),
);
/** Dublin's postal districts: 1 to 24 and 6W. */
const dublinDistrict = '(?:[1-9]|1\\d|2[0-4]|6W)';
// … and so does a Dublin postal district: "14 Ashfield Park, Terenure, Dublin 6W, D6W XY82".
const irishCounty = new RegExp(
  `^(?:(?:Co\\.?|County)[ \\t]+(?:${[...irishPlaces].map((p) => p[0]!.toUpperCase() + p.slice(1)).join('|')})|Dublin[ \\t]+${dublinDistrict})(?![\\p{L}\\p{N}])`,
  'u',
);
const eircodeAfterCounty =
  /(?:,?[ \t]+|[ \t]*\n[ \t]*)(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[AC-FHKNPRTV-Y\d]{4}(?![\p{L}\p{N}])/uy;
// (A Dublin postal district may stand between: "…, Dublin 8, D08 X2P4".)
const eircodeAfter = new RegExp(
  `(?:[ \\t]+${dublinDistrict})?,?[ \\t]+(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)[ \\t]?[AC-FHKNPRTV-Y\\d]{4}(?![\\p{L}\\p{N}])`,
  'uy',
);
const irishHead =
  /(?<![\p{L}\p{N}])\d{1,4}[A-Za-z]?,?[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}'’.-]+){0,4}(?:,[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}'’.-]+){0,3}){0,3},[ \t]*(?:Co\.?[ \t]+|County[ \t]+)?$/u;

function irishAddress(text: string, word: string, at: number, out: Span[]): void {
  const e = execAt(eircodeAfter, text, at + word.length);
  if (!e) return;
  const from = lineStartWithin(text, at, 120);
  const h = irishHead.exec(text.slice(from, at));
  if (h) push(out, from + h.index, at + word.length + e[0].length);
}

// A labelled address: "Address: Old Mill Farm, Hollow Lane, Ashby LE65 1AB", "Adresse : …", "पता: मकान नं. 45,
// सेक्टर 21, गुरुग्राम, हरियाणा 122016", "地址：上海市浦东新区世纪大道 88 号 1203 室". The label says what the value is,
// so it is taken without a street word, when it holds a number (a house number or a postcode) and more than one
// word, up to the end of the line or sentence or a contact label.
const addressLabels: ReadonlySet<string> = new Set(
  (
    'address addr adresse anschrift dirección direccion domicilio indirizzo endereço endereco morada adres ' +
    'adresa adresă osoite adress alamat tirahan 주소 पता адрес адреса адресу العنوان διεύθυνση'
  ).split(' '),
);
/** Labels in scripts written without spaces, looked for as they are. */
const scriptAddressLabels = ['地址', '住所', '收货地址', '送付先', 'ที่อยู่'];
/** Words before "address" that make it something else's: "IP address:", "MAC address:", "email address:". */
const otherAddressKinds: ReadonlySet<string> = new Set(
  'ip ipv4 ipv6 mac email e-mail mail wallet web server memory hardware network bitcoin btc eth contract url host physical'.split(
    ' ',
  ),
);
// "Address:", "Address - ", "Address line 2:", "my address is", "Adresse ist"; after "j'habite", "ich wohne in" no
// colon.
/** Abbreviations of three letters and more that end with a dot inside an address ("Col. Crédito Constructor"). */
const abbreviations: ReadonlySet<string> = new Set(
  'col ave apt ste str blvd bldg dept avda calle colonia prov dist mun ctra brgy subd sitio purok'.split(' '),
);
// One or two lower-case words may qualify the label before its colon ("адреса відправника:", "ที่อยู่จัดส่ง:").
const labelColon =
  /[ \t]*(?:line[ \t]*\d[ \t]*|[ \t]*(?:[a-zà-ÿ\u0400-\u04ff\u0e00-\u0e7f]{2,14}[ \t]*){1,3}(?=[:：]))?(?:[:：]|(?<=[ \t])[-–—](?=[ \t])|(?:is|es|ist|é)(?=[ \t]))[ \t]*/iy;
const phraseLead = /[ \t]+(?:(?:in|im|en|na|a|à|at)[ \t]+)?/iy;
/** Words that say where one lives, with no colon after them. */
const livesWords: ReadonlySet<string> = new Set(["j'habite", 'j’habite', 'habito', 'wohne', 'resido']);
// … or a clause after the address: "Taguig 1634 and my contact is 0917 …".
const labelValueStop =
  /[\n。।;；|]|,?[ \t]+(?:and|but|or|so)[ \t]+(?:my|our|his|her|their|the|i|we|you|it|please)(?![\p{L}])|,?[ \t]+(?:tel|tél|phone|ph|mob|mobile|cell|email|e-mail|fax|telefon|teléfono|telefono|handy|whatsapp|тел|телефон|โทร)(?![\p{L}])|[ \t]\/[ \t]|[ \t]*\((?!\p{Lu}[\p{L}\p{M}]*\)|\d{4,6}\))/iu;
// An address value opens with a number or a capital (or a letter of a script without case), and does not point
// elsewhere ("Address: see ticket 4471 above").
const notAnAddress =
  /@|:\/\/|^[\d.:a-f]+$|(?<![\p{L}])(?:see|ticket|order|invoice|attached|above|below|same|previous|unchanged)(?![\p{L}])/iu;

function labelledAddress(
  text: string,
  labelEnd: number,
  out: Span[],
  streets: readonly Span[],
  starts: readonly number[],
  phrase: boolean,
): void {
  let colon = execAt(labelColon, text, labelEnd);
  // "my address is …" reads like "j'habite …".
  if (colon && !/[:：–—-]/.test(colon[0])) phrase = true;
  colon ??= phrase ? execAt(phraseLead, text, labelEnd) : null;
  if (!colon) return;
  const start = labelEnd + colon[0].length;
  // The address a street detector found on the value's line, the one reaching furthest.
  // The newline is looked for in those 100 characters only (a search to the text's end for each label was
  // quadratic). A unit and a building may stand first: "Unit 1203, Tower 2, Avida Towers Asten, 6789 Ayala Avenue".
  const lineEnd = text.slice(start, start + 100).indexOf('\n');
  const limit = lineEnd < 0 ? Math.min(start + 100, text.length) : start + lineEnd;
  const line = text.slice(start, start + 160);
  const stop = labelValueStop.exec(line);
  let value = stop ? line.slice(0, stop.index) : line;
  // … starting inside the value: "New address: 8 Kowhai Road, … (was 55 Rata Street, …)" has one.
  const cap = Math.min(limit, start + value.length);
  let street: Span | undefined;
  for (let k = bisect(starts, start); k < streets.length && streets[k]!.start < cap; k++) {
    if (!street || streets[k]!.end > street.end) street = streets[k];
  }
  // A full stop after a word of three letters or more, or after a number, ends the sentence ("… 50674 Köln.
  // Telefon …"); after "St", "No" or "नं" it abbreviates.
  for (let i = value.indexOf('.'); i >= 0; i = value.indexOf('.', i + 1)) {
    const after = value.charCodeAt(i + 1);
    if (i + 1 < value.length && after !== 32 && after !== 9) continue;
    let j = i;
    while (j > 0 && /[\p{L}]/u.test(value[j - 1]!)) j--;
    if (
      (i - j >= 3 && !abbreviations.has(value.slice(j, i).toLowerCase())) ||
      (i > 0 && /\d/.test(value[i - 1]!))
    ) {
      value = value.slice(0, i);
      break;
    }
  }
  value = value.replace(/[\s,.:;]+$/, '');
  if (value.endsWith(')') && !value.includes('(')) value = value.slice(0, -1).trimEnd();
  const end = start + value.length;
  // Where a street detector found the address, the label only adds the places after it ("…, Selangor").
  // A unit or building before it belongs to the value too ("Flat 4C, Shanti Apartments, 12 Gandhi Nagar …").
  if (street) {
    const before = text.slice(start, street.start);
    const from =
      street.start > start && placesBefore.test(before) && unitOrBuilding.test(before) ? start : street.start;
    const to = end > street.end && placesAfter.test(text.slice(street.end, end)) ? end : street.end;
    if (from < street.start || to > street.end) out.push({ start: from, end: to, type: 'address' });
    return;
  }
  // "Address line 2: Leyton": a form's further address line may hold a place alone.
  if (/line/i.test(colon[0]) && placeOnly.test(value) && !emptyValue.test(value)) {
    out.push({ start, end, type: 'address' });
    return;
  }
  // Chinese and Japanese addresses are written without spaces ("上海市徐汇区漕溪北路88号5楼501室").
  if (value.length < 5 || !/\d/.test(value) || notAnAddress.test(value)) return;
  if (!/[ \t,，]/.test(value) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(value)) return;
  if (/^\p{Ll}/u.test(value)) return;
  // After "j'habite", "ich wohne in", "my address is": parts after commas, each opening with a capital or a
  // number ("J'habite à 20 minutes du dépôt, pouvez-vous …", "My address is 100% correct, the courier …").
  if (phrase && !value.split(/,[ \t]*/).every((p, k, all) => all.length > 1 && /^[\p{Lu}\d]/u.test(p)))
    return;
  // In Latin script, parts after commas, a street word or a unit: "Address: Version 4.2 of the app" is none,
  // "Address line 2: Apt 117" a unit.
  // After a qualified label ("Address update failed: Error 500, retry"), a street word or unit even with commas.
  const qualified = /\p{L}[ \t]*[:：]/u.test(colon[0]);
  if (
    (qualified || !value.includes(',')) &&
    latinOnly.test(value) &&
    !unitAsWritten.test(value) &&
    !value.split(/[ \t]+/).some((w) => suffixSet.has(w.toLowerCase().replace(/\.$/, '')))
  )
    return;
  out.push({ start, end, type: 'address' });
}

const latinOnly = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}]+$/u;
/** Form values that fill a field without a place: "None", "Same As Above", "Please Select", "Test". */
const emptyValue =
  /(?<![\p{L}])(?:none|nil|null|blank|empty|same|unknown|optional|applicable|required|tbc|tbd|n\/a|see|select|choose|test|leave|field|above|below|other|default)(?![\p{L}])/iu;
const placeOnly = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u;
// … places, floors and codes: ", Selangor", ", Piso 4, Col. Crédito Constructor, 03940 Ciudad de México, CDMX".
const placesBefore =
  /^(?:[\p{Lu}\d][\p{L}\p{M}'’.\d-]*(?:[ \t]+[\p{Lu}\d][\p{L}\p{M}'’.\d-]*){0,3},[ \t]*){1,3}$/u;
// What before the street makes it part of the address: a unit first, or a building's name ("Unit 5C, Avida Towers, …",
// "Lakandula Residences, …").
const unitOrBuilding = new RegExp(
  `^(?:${unit}|[^,]*${buildingWord.slice(0, -1)}|Residences?|Condominiums?|Condo|Plaza|Heights|Gardens|Suites)(?![\\p{L}]))`,
  'iu',
);
const placesAfter =
  /^(?:,[ \t]*[\p{Lu}\d][\p{L}\p{M}'’.\d-]*(?:[ \t]+[\p{Lu}\d][\p{L}\p{M}'’.\d-]*){0,3}){1,5}$/u;

// A form's line for the rest of an address: "City/State/ZIP: Austin, TX 78758", "City, State Zip: …".
const cityFieldLabel =
  /city[ \t]*(?:[/,][ \t]*(?:state|province|prov|st)[ \t]*)?[/,]?[ \t]*(?:zip|postcode|postal(?:[ \t]+code)?)(?:[ \t]*code)?[ \t]*:[ \t]*/y;

// In a form with address lines, the town's own line: "Town/city: Reading", "Town / postcode: London E10 6QT".
const townFieldLabel =
  /(?:town|city|suburb)(?:[ \t]*\/[ \t]*(?:city|town|postcode|county|suburb))?[ \t]*:[ \t]*/y;
const townValue = new RegExp(
  `\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}(?:,?[ \\t]+(?:${strongPostcode}))?(?=[ \\t]*(?:\\n|$))`,
  'uy',
);

/** `form`: whether the text has address lines ("Address line 1:"), asked once per text. */
function cityField(text: string, lower: string, at: number, out: Span[], form: () => boolean): void {
  const town = execAt(townFieldLabel, lower, at);
  if (town && form()) {
    const start = at + town[0].length;
    const v = execAt(townValue, text, start);
    if (v && !emptyValue.test(v[0])) out.push({ start, end: start + v[0].length, type: 'address' });
    return;
  }
  const label = execAt(cityFieldLabel, lower, at);
  if (!label) return;
  const start = at + label[0].length;
  const m = tailCity.exec(text.slice(start, start + 80).replace(/,/, ' '));
  // The same length with the first comma read as a blank: "Austin, TX 78758".
  if (m && (m[1] !== undefined || m[3] !== undefined) && (m[2] !== undefined || m[3] !== undefined))
    push(out, start, start + m[0].length);
}

/** The lower-case word before the blanks ending at `i` ("ip" in "ip address"), or ''. */
function previousWordOf(lower: string, i: number): string {
  let b = i;
  while (b > 0 && (lower[b - 1] === ' ' || lower[b - 1] === '\t')) b--;
  let a = b;
  while (a > 0 && b - a < 12 && /[a-z-]/.test(lower[a - 1]!)) a--;
  return lower.slice(a, b);
}

/** The words a street detector starts from. */
export const addressWords: ReadonlySet<string> = new Set([
  ...suffixSet,
  ...romancePrefixes,
  ...romanceAbbreviations,
  ...unitLedWords,
  ...turkishStreetWords,
  ...cyrillicStreetWords,
  ...buildingOnlyWords,
  ...vietnameseAreaWords,
  ...japaneseWardWords,
  'box',
  'postfach',
  ...postcodeLabels,
  ...irishPlaces,
  ...addressLabels,
  ...livesWords,
  'city',
  'town',
  'suburb',
  'no',
  'nr',
  'house',
  'plot',
  'blk',
  'block',
  'lot',
]);

// An address written line by line that ends with a UK postcode or an Eircode alone on its line: "Apt 4, Rosemount
// House\nBallinteer Road\nDublin 16\nD16 X2P7". The lines above belong to it while each holds a number, a street
// or unit word, a building word or a county ("Co. Kerry"), up to four; a line of a name or a label does not.
const postcodeAlone =
  /^[ \t]*(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[AC-FHKNPRTV-Y\d]{4})[ \t]*$/;
const addressLine = new RegExp(
  `\\d|(?<![\\p{L}])(?:${suffixCore}|${suffixMore}|${buildingWord.slice(3, -1)}|Co\\.|County|Apt|Apartment|Flat|Unit|Suite)(?![\\p{L}])`,
  'iu',
);

function postcodeBlocks(text: string, out: Span[]): void {
  for (let next = text.indexOf('\n'); next >= 0;) {
    const lineStart = next + 1;
    next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    if (lineEnd - lineStart > 12) continue;
    const line = text.slice(lineStart, lineEnd);
    if (!postcodeAlone.test(line)) continue;
    let start = lineStart;
    for (let n = 0; n < 4 && start > 1; n++) {
      const above = text.lastIndexOf('\n', start - 2) + 1;
      const prev = text.slice(above, start - 1);
      if (prev.trim() === '' || prev.length > 60 || /:\s*$/.test(prev) || !addressLine.test(prev)) break;
      start = above;
    }
    if (start === lineStart) continue;
    while (text[start] === ' ' || text[start] === '\t') start++;
    out.push({ start, end: lineStart + line.trimEnd().length, type: 'address' });
  }
}

// Continental Europe, line by line: a street's name and number, and on the next line a postcode and its city
// ("Waalhaven Zuidzijde 21\n3089 JH Rotterdam", "Am Sandtorkai 50\n20457 Hamburg"), whatever the street's words.
const postcodeCityLine =
  /^[ \t]*(?:\d{4}[ \t]?[A-Z]{2}|\d{5})[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]+){0,2})[ \t]*$/u;
const streetNumberLine =
  /^[ \t]*\p{Lu}[\p{L}\p{M}'’.-]+(?:[ \t]+[\p{L}\p{M}'’.-]+){0,3}[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*[-/][ \t]*\d{1,4}[a-zA-Z]?)?[ \t]*$/u;

function streetOverPostcode(text: string, out: Span[]): void {
  for (let next = text.indexOf('\n'); next >= 0;) {
    const lineStart = next + 1;
    next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    if (lineEnd - lineStart > 40 || !isDigit(text.charCodeAt(lineStart))) continue;
    const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    const city = postcodeCityLine.exec(line);
    // A city's words are no common words, no company's and not in capitals ("Artifacts Uploaded", "MB RAM").
    if (
      !city ||
      city[1]!
        .split(/[ \t]/)
        .some((w) => commonWordNotName(w) || companyWords.has(w.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(w))
    )
      continue;
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(above, lineStart - 1).replace(/\r$/, '');
    if (prev.length > 50 || !streetNumberLine.test(prev)) continue;
    // Not all the words of the line are common words: "Build 42", "Error count 21".
    if (
      prev
        .trim()
        .split(/[ \t]+/)
        .slice(0, -1)
        .every((w) => commonWordNotName(w))
    )
      continue;
    const start = above + (prev.length - prev.trimStart().length);
    out.push({ start, end: lineStart + line.trimEnd().length, type: 'address' });
  }
}

// … or with a dash (Canada: "1402 - 989 Nelson Street").
const flatFirst = /(?:^|(?<=\n))[ \t]*(?:\d{1,4}[A-Z],[ \t]*|\d{1,5}[A-Z]?[ \t]+-[ \t]+)$/;
// At a line's start, after a comma or after "flat" only: "Delivered on 20/1, 14 Hyndland Road" is a date.
const flatPosition = /(?:^|,[ \t]*|(?:[Ff]lat|to|at)[ \t]+)(\d{1,2}\/[1-3][ \t]+)$/u;
/** "Studio 9, Hope Mill, 113 Pollard Street": a studio's number first on the line ("Visual Studio 2022" is none). */
const studioFirst = /^[ \t]*(Studio[ \t]+)$/;
const numberedRoadGate = gate('county highway hwy route rte farm fm rr');
const numberedRoad =
  /(?<![\p{L}\p{N}])(?:[NSEW]\d{3,5}[ \t]+County[ \t]+(?:Road|Rd\.?|Highway|Hwy\.?)[ \t]+[A-Z]{1,2}(?![\p{L}\p{N}])|(?:County[ \t]+(?:Road|Rd\.?)|(?:State|US|U\.S\.)[ \t]+(?:Route|Highway|Hwy\.?)|Highway|Hwy\.?|Route|Rte\.?|Farm[ \t]+to[ \t]+Market[ \t]+Road|FM|RR|R\.R\.)[ \t]+#?\d{1,4}[A-Z]?)(?:,[ \t]*(?:Site|Comp|Box)[ \t]+\d{1,4}){0,2}(?![\p{L}\p{N}])/gu;
const ghanaPost =
  /(?:GhanaPost(?:[ \t]+GPS)?|GPS[ \t]+address|digital[ \t]+address)[ \t]*:?[ \t]*([A-Z]{2}-\d{3,4}-\d{4})(?![\p{L}\p{N}])/giu;

// "112 Peckham Rye, London SE15 4HA", "27 Clos Tyla Garw, Pontyclun, CF72 9EZ": a house number, capitalised words,
// a comma and the town before a full UK postcode (or a Canadian one), on one line, whatever the street's words.
const ukAddressHead =
  /(?<![\p{L}\p{N}/.,:#-])\d{1,4}[A-Za-z]?[ \t]+(?:\p{Lu}[\p{Ll}'’-]+[ \t]+){0,3}\p{Lu}[\p{Ll}'’-]+,[ \t]*(?:\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}(?:,[ \t]*|[ \t]+)){1,2}(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?[ \t]+)?$/u;

// … or a Canadian one after the province: "3302 Kingsway, Vancouver BC V5R 5K6".
const postcodeAt = /\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d)\b/g;

// India, Singapore and Nigeria: a flat's, block's, plot's or house's number, parts after commas, then the city and
// the six-digit PIN or postal code: "B-1204, Lodha Palava, Dombivli East, Thane 421204", "402 B-Wing, Shanti Kunj,
// Andheri East, Mumbai 400069", "302, Shanti Kunj Apartments, 14 MG Road, Jaipur 302001", "Blk 512 Tampines Central
// 1, #08-214, Singapore 520512", "Plot 1124, Cadastral Zone B6, Mabushi, Abuja 900108".
// (No identifier's word for the city or a part: "Serial No. 4471, Firmware 3, Build 202405".)
const pinAtEnd = new RegExp(
  `,[ \\t]*(?!${notCityWords}|(?:Tag|Receipt|Reference|Booking|Request|Asset)\\b)\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?[ \\t]*(?:-[ \\t]*)?\\d{6}(?![\\p{L}\\p{N}])(?:,[ \\t]*(?:India|Singapore|Nigeria)(?![\\p{L}]))?`,
  'uy',
);
// ("14/2 3rd Cross, Indiranagar, Bengaluru 560038": Bengaluru's numbered cross roads and mains; "Cadastral Zone
// B6": a zone's or sector's code.)
const pinPart =
  "(?:\\d{1,2}(?:st|nd|rd|th)[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}\\p{M}\\d.'’-]*|\\d{1,4}(?:st|nd|rd|th|-?[A-Z](?![\\p{L}]))?))*";
const pinParts = (count: string) =>
  `(?:,[ \\t]*(?:(?:\\d{1,4}[A-Z]?[ \\t]+)?(?!${notCityWords})${pinPart}|#\\d{1,3}-\\d{1,5}))${count}`;
const pinAddressHead = new RegExp(
  `(?<![\\p{L}\\p{N}/.#-])(?:(?:[A-Z]-?\\d{1,4}[A-Z]?|Plot[ \\t]+\\d{1,5}[A-Z]?|(?:House|Flat|H)\\.?[ \\t]*No\\.?[ \\t]*\\d{1,5}[A-Z]?|\\d{1,4}[A-Z]?[ \\t]+[A-Z]-?Wing|(?:Blk|Block)[ \\t]*\\d{1,4}[A-Z]?[ \\t]+${pinPart}(?:[ \\t]+#\\d{1,3}-\\d{1,5})?)${pinParts('*')}` +
    // A house's number (and name) only before two parts or more: "3 Laptops, Asset Tag 100234" is none …
    `|\\d{1,4}[A-Z]?(?:[ \\t]+${pinPart})?${pinParts('{2,}')}` +
    // … or one, after a house's number with its plot's ("14/2 3rd Cross, Indiranagar, Bengaluru 560038").
    `|\\d{1,4}/\\d{1,4}[A-Z]?,?[ \\t]+${pinPart}${pinParts('+')}),$`,
  'u',
);

const pinLead = /(?:^|[\n:;.,(]|(?<![\p{L}])(?:to|at|is|be|flat|home|address|in))[ \t]*$/iu;

function pinAddresses(text: string, out: Span[]): void {
  // Tried at each comma (a search for every comma is cheaper than the pattern run over the whole text).
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const m = execAt(pinAtEnd, text, comma);
    if (!m) continue;
    const lineStart = lineStartWithin(text, m.index, 120);
    const head = pinAddressHead.exec(text.slice(lineStart, m.index + 1));
    // Where an address is given: at a line's or a field's start, or after "to", "at", "is", "flat", "home"
    // ("Build B-12, Release Notes, …, Mumbai 400058" is none).
    if (head && pinLead.test(text.slice(Math.max(0, lineStart + head.index - 16), lineStart + head.index)))
      push(out, lineStart + head.index, m.index + m[0].length);
  }
}

const addressAnnounced =
  /(?<![\p{L}])(?:address|moved|moving|live|lives|living)(?:[ \t]+(?:is|to|at|now))?[ \t:]*$/iu;

function postcodeAddresses(text: string, out: Span[]): void {
  postcodeAt.lastIndex = 0;
  for (let m = postcodeAt.exec(text); m; m = postcodeAt.exec(text)) {
    const lineStart = lineStartWithin(text, m.index, 100);
    const head = ukAddressHead.exec(text.slice(lineStart, m.index));
    if (!head) continue;
    const words = head[0].match(/\p{Lu}[\p{Ll}'’-]+/gu)!;
    // No company's words, and a street's name that is not all common words: "3 Offices, London, Leeds LS1 4AP" is
    // none.
    const street = head[0].slice(0, head[0].indexOf(',')).match(/\p{Lu}[\p{Ll}'’-]+/gu)!;
    // (… unless an address is announced right before: "updating address to 9 Meadow Bank, Taunton TA1 2QP".)
    if (
      (words.some((w) => companyWords.has(w.toLowerCase())) || street.every((w) => commonWordNotName(w))) &&
      !addressAnnounced.test(text.slice(Math.max(0, lineStart + head.index - 24), lineStart + head.index))
    )
      continue;
    push(out, lineStart + head.index, m.index + m[0].length);
  }
}

export const detectAddress: Detector = ({ text, lower, words, out }) => {
  const first = out.length;
  pidValues(text, words, 'address', out);
  postcodeAddresses(text, out);
  pinAddresses(text, out);
  let labelEnds: number[] | undefined;
  let addressLines: boolean | undefined;
  for (let k = 0; k < words.values.length; k++) {
    const flags = words.flags[k]!;
    if (!(flags & (WordFlag.address | WordFlag.beforeNumber))) continue;
    const word = words.values[k]!;
    const at = words.starts[k]!;
    if (flags & WordFlag.beforeNumber && word.length >= 3) euStreet(text, word, at, out);
    if (!(flags & WordFlag.address)) continue;
    if (suffixSet.has(word)) usStreet(text, word, at, out);
    if (turkishStreetWords.has(word)) turkishStreet(text, word, at, out);
    else if (cyrillicStreetWords.has(word)) cyrillicAddress(text, word, at, out);
    else if (vietnameseAreaWords.has(word)) vietnameseAddress(text, at, out);
    else if (japaneseWardWords.has(word)) japaneseAddress(text, at, word, out);
    if (unitLedWords.has(word)) {
      const m = execAt(unitLed, text, at) ?? (word === 'flat' ? lowerIndianAddress(text, lower, at) : null);
      if (m) push(out, at, at + m[0].length);
    } else if (word === 'blk' || word === 'block' || word === 'lot') {
      const m = execAt(blockAndLotLed, text, at);
      if (m) push(out, at, at + m[0].length);
    } else if (
      (word === 'no' || word === 'nr' || word === 'house' || word === 'plot') &&
      leadsAddress(text, at)
    ) {
      const m = execAt(numberLed, text, at);
      if (m) push(out, at, at + m[0].length);
    }
    if (irishPlaces.has(word)) irishAddress(text, word, at, out);
    if (buildingOnlyWords.has(word)) numberedBuilding(text, word, at, out);
    if (addressLabels.has(word) && labelOfAddress(word, previousWordOf(lower, at)))
      (labelEnds ??= []).push(at + word.length);
    if (word === 'city' || word === 'town' || word === 'suburb') {
      cityField(text, lower, at, out, () => (addressLines ??= lower.includes('address line')));
    }
    // A phrase label is marked by a negative end: -(end + 1).
    else if (livesWords.has(word)) (labelEnds ??= []).push(-(at + word.length) - 1);
    if (romancePrefixes.has(word)) romanceStreet(text, word, at, out);
    else if (romanceAbbreviations.has(word) && text[at + word.length] === '.')
      romanceStreet(text, word + '.', at, out);
    if (postcodeLabels.has(word)) {
      const m =
        execAt(postcodeField, text, at) ?? execAt(postcodeJson, text, at) ?? execAt(postcodeReply, text, at);
      const value = m ? at + m[0].lastIndexOf(m[1]!) : -1;
      if (m) push(out, value, value + m[1]!.length);
    }
    if (word === 'box' || word === 'postfach') {
      poBox.lastIndex = Math.max(0, at - 16);
      for (let m = poBox.exec(lower); m && m.index <= at; m = poBox.exec(lower))
        if (m.index + m[0].length > at) boxAddress(text, m, out);
    }
  }
  // ("S.L.P." is three one-letter words, which the word pass does not look up.)
  for (let i = text.indexOf('S.L.P.'); i >= 0; i = text.indexOf('S.L.P.', i + 6)) {
    poBox.lastIndex = i;
    const m = poBox.exec(lower);
    if (m?.index === i) boxAddress(text, m, out);
  }
  if (words.scripts) {
    japaneseScriptAddress.lastIndex = 0;
    for (let m = japaneseScriptAddress.exec(text); m; m = japaneseScriptAddress.exec(text))
      push(out, m.index, m.index + m[0].length);
    for (const label of scriptAddressLabels) {
      for (let i = text.indexOf(label); i >= 0; i = text.indexOf(label, i + label.length))
        (labelEnds ??= []).push(i + label.length);
    }
  }
  // After the street detectors: a labelled value is taken only where they found no address.
  if (labelEnds) {
    // The streets found so far by start, to look up the one after each label by bisection.
    const streets = out.slice(first).sort((a, b) => a.start - b.start);
    const starts = streets.map((s) => s.start);
    for (const end of labelEnds) {
      const phrase = end < 0;
      labelledAddress(text, phrase ? -end - 1 : end, out, streets, starts, phrase);
    }
  }
  if (text.includes('\n')) {
    postcodeBlocks(text, out);
    streetOverPostcode(text, out);
  }
  // Roads known by a number, without a house number: "County Road 14, Dalhart, TX 79022", "RR 3, Site 12, Box 7,
  // Olds AB T4H 1P4"; and county roads known by letters after a rural grid number: "W4521 County Road K,
  // Menomonie, WI 54751". Taken only with a postcode after them.
  // ("R.R." is two one-letter words, which the word pass does not look up.)
  if (hasWord(words, numberedRoadGate) || text.includes('R.R.')) {
    numberedRoad.lastIndex = 0;
    for (let m = numberedRoad.exec(text); m; m = numberedRoad.exec(text))
      if (!m[0].startsWith('Route 53'))
        push(out, m.index, extendTail(text, m.index + m[0].length, false, true));
  }
  // Ghana's digital address: "GhanaPost GPS: GA-145-2930".
  if (text.includes('GPS') || text.includes('GhanaPost')) {
    ghanaPost.lastIndex = 0;
    for (let m = ghanaPost.exec(text); m; m = ghanaPost.exec(text))
      out.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, type: 'address' });
  }
  // Spanish "C/ Mayor 14", "c/Alcalá 20" (a one-letter word, which the word pass does not list).
  // Found from each slash (a one-character search) with a c or C before it.
  for (let slash = text.indexOf('/', 1); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    const i = slash - 1;
    if (lower.charCodeAt(i) !== 99) continue;
    if ((i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!)) && text[i + 2] !== '/')
      romanceStreet(text, 'c/', i, out);
  }
  // A match of `genericScan` ends in a ", ": try it only at the digit (and letter) before each one.
  for (let comma = text.indexOf(', '); comma > 0; comma = text.indexOf(', ', comma + 2)) {
    const c = text.charCodeAt(comma - 1);
    genericScan.lastIndex = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? comma - 2 : comma - 1;
    if (genericScan.lastIndex < 0 || !genericScan.test(text)) continue;
    const numberEnd = comma;
    const from = lineStartWithin(text, numberEnd, 60);
    const h = genericHead.exec(text.slice(from, numberEnd));
    if (h) push(out, from + h.index, extendTail(text, numberEnd, false, true));
  }
  for (let k = first; k < out.length; k++) {
    const s = out[k]!;
    if (s.type !== 'address' || s.start === 0) continue;
    // A unit on the line above the street: "Apt 4C\n2150 Alder Ridge Rd\nBend, OR 97703".
    if (text.charCodeAt(s.start - 1) === 10 && s.start > 1) {
      const above = lineStartWithin(text, s.start - 1, 64);
      const m =
        above === 0 || text.charCodeAt(above - 1) === 10
          ? unitLine.exec(text.slice(above, s.start - 1))
          : null;
      if (m) s.start = above + m[1]!.length;
    }
    // "3B, 1420 Grand Concourse": a flat's number and letter first on the line.
    const flat = flatFirst.exec(text.slice(Math.max(0, s.start - 10), s.start));
    if (flat && (s.start - flat[0].length === 0 || text.charCodeAt(s.start - flat[0].length - 1) === 10))
      s.start -= flat[0].length;
    // Glasgow's flat, its floor and position before the house's number: "3/2 14 Hyndland Road", "0/1, 22 …".
    if (isDigit(text.charCodeAt(s.start))) {
      const line = text.slice(lineStartWithin(text, s.start, 24), s.start);
      const position = flatPosition.exec(line) ?? studioFirst.exec(line);
      if (position) s.start -= position[1]!.length;
    }
    // "H.No. 8-2-293/82/A, Road No. 12, …": the house's letter before its number's word.
    if (text.startsWith('H.', s.start - 2) && !isWordChar(text.charCodeAt(s.start - 3))) s.start -= 2;
    // "1820 Kingsway, Unit 407, Vancouver, BC V5N 2S9": a street without a street word before the unit that leads.
    if (unitAsWritten.test(text.slice(s.start, s.start + 12))) {
      const street = streetBeforeUnit.exec(text.slice(lineStartWithin(text, s.start, 48), s.start));
      if (street) s.start -= street[1]!.length;
    }
    if (text.startsWith('Floor', s.start)) {
      const f = floorName.exec(text.slice(Math.max(0, s.start - 12), s.start));
      if (f) s.start -= f[0].length;
    }
    const c = text.charCodeAt(s.start - 1);
    if (c !== 32 && c !== 9 && c !== 44) continue;
    const m = numberedLead.exec(text.slice(Math.max(0, s.start - 24), s.start));
    if (m?.[0]) s.start -= m[0].length;
    // "Apt 6, The Granary, 41 Watling Street, …": a unit and the building's name before the street.
    else if (isDigit(text.charCodeAt(s.start))) {
      const u = unitAndBuilding.exec(text.slice(Math.max(0, s.start - 64), s.start));
      if (u) s.start -= u[1]!.length;
    }
  }
  if (out.length - first > 1) joinAdjacent(text, out, first);
};

// … or a floor first ("2nd Floor, 31 Jan Smuts Avenue"), and a tower's or block's number after the unit ("Unit 12B
// Tower 2, Avida Towers, 34 Sucat Road").
const floorFirst = '(?:\\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third|Top)[ \\t]+Floor,[ \\t]*';
const streetBeforeUnit =
  /(?:^|[\s:(])(\d{1,5}[A-Za-z]?[ \t]+\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2},[ \t]*)$/u;
const unitAndBuilding = new RegExp(
  `(?:^|[\\s:(])((?:${floorFirst})?${unit}${unitTower},[ \\t]*(?:The[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3},[ \\t]*|${floorFirst})$`,
  'u',
);

/**
 * Addresses found apart but written as one, a comma between: "7B Marlowe Court, 41 Station Road, Reading RG1 1LG"
 * (the building's and the street's), joined into the first.
 */
function joinAdjacent(text: string, out: Span[], first: number): void {
  const spans = out.slice(first).filter((s) => s.type === 'address');
  spans.sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    if (b.start > a.end && b.start - a.end <= 3 && /^,[ \t]*$/.test(text.slice(a.end, b.start))) {
      a.end = Math.max(a.end, b.end);
      b.start = b.end; // emptied: the scan drops empty spans
      spans[k] = a;
    }
  }
}
