// Street addresses: a street part (US/UK "221B Baker Street", German/Dutch/Nordic "Goethestraße 12",
// Romance "12 rue de la Paix" / "Via Roma 10", PO boxes), then an optional tail of unit, city, state and
// postcode, taken only as far as it ends in a state or postcode ("…, Springfield, IL 62704").
import type { Detector } from './types.ts';

const suffixCore =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|ter|parkway|' +
  'pkwy|highway|hwy|circle|cir|square|sq|trail|trl|loop|plaza|plz|alley|aly|crescent|cres|close|grove|gardens|' +
  'gdns|mews|row|hill|heights|hts|expressway|expy|freeway|fwy|turnpike|tpke|pike|route|rte|walk|path|point|pt|' +
  'ridge|crossing|xing|commons|green|park|parade|esplanade|embankment|quay|wharf|rise|vale|chase|wynd|gate|yard';
const suffixMore =
  'Alley|Annex|Arcade|Bend|Bluff|Bluffs|Bottom|Branch|Bridge|Brook|Brooks|Burg|Bypass|Camp|Canyon|Cape|' +
  'Causeway|Center|Centre|Cliff|Cliffs|Club|Common|Corner|Corners|Course|Cove|Coves|Creek|Crest|Crossroad|' +
  'Curve|Dale|Dam|Divide|Estate|Estates|Extension|Fall|Falls|Ferry|Field|Fields|Flat|Flats|Ford|Fords|Forest|' +
  'Forge|Fork|Forks|Fort|Garden|Gateway|Glen|Glens|Greens|Groves|Harbor|Harbour|Harbors|Haven|Hills|Hollow|' +
  'Inlet|Island|Islands|Isle|Junction|Key|Keys|Knoll|Knolls|Lake|Lakes|Landing|Light|Lights|Lock|Locks|Lodge|' +
  'Mall|Manor|Manors|Meadow|Meadows|Mill|Mills|Mission|Motorway|Mount|Mountain|Neck|Orchard|Oval|Overpass|' +
  'Parks|Pass|Passage|Pine|Pines|Plain|Plains|Port|Ports|Prairie|Ramp|Ranch|Rapid|Rapids|Rest|Ridges|River|' +
  'Roads|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Station|Stravenue|Stream|Streets|Summit|' +
  'Throughway|Trace|Track|Trafficway|Tunnel|Underpass|Union|Unions|Valley|Valleys|Viaduct|View|Views|Village|' +
  'Villages|Ville|Vista|Walks|Wall|Ways|Well|Wells';
const direction = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?';
const houseNumber = '\\d{1,6}[A-Za-z]?(?:[-–/]\\d{1,6}[A-Za-z]?)?';
/** `apt`, `Apt` and `APT`, for regexes that are otherwise case-sensitive. */
const anyCase = (words: string) =>
  words
    .split('|')
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
    .join('|');
const unitWord = `(?:${anyCase('apt|apartment|suite|ste|unit|flat|room|rm|floor|fl|bldg|building|dept')}|#)`;
const unit = `${unitWord}\\.?[ \\t]*#?[ \\t]*[A-Za-z0-9][A-Za-z0-9\\-]{0,5}(?![\\p{L}\\p{N}])`;
const capWord = "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|\\d{1,3}(?:st|nd|rd|th)|St\\.)";
const lowWord = "(?:\\p{Ll}[\\p{Ll}\\p{M}'’\\-]*|\\d{1,3}(?:st|nd|rd|th))";
const capSuffix = `(?:${suffixCore.replace(/(^|\|)(\w)/g, (_, bar: string, c: string) => bar + c.toUpperCase())}|${suffixMore}|${suffixCore.toUpperCase()})`;

const lead = `(?<![\\p{L}\\p{N}_\\-#/.:@])(?:(${unit}),?[ \\t]+)?`;
const usStreet = new RegExp(
  `${lead}(${houseNumber}),?[ \\t]+(?:${direction}[ \\t]+)?(?:${capWord}[ \\t]+){0,3}(?:${capWord}[ \\t]+(?:${capSuffix})\\.?|Broadway)(?:[ \\t]+${direction})?(?![\\p{L}\\p{N}])`,
  'gu',
);
const usStreetLower = new RegExp(
  `${lead}(${houseNumber})[ \\t]+(?:${lowWord}[ \\t]+){0,2}${lowWord}[ \\t]+(?:${suffixCore})\\.?(?![\\p{L}\\p{N}])`,
  'gu',
);
const poBox =
  /(?<![\p{L}\p{N}])(?:P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]+Office[ \t]+Box|Postfach)[ \t]+\d{1,6}(?![\p{N}])/giu;

const euSuffix =
  'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|graben|straat|laan|' +
  'gracht|plein|kade|singel|dijk|steeg|gatan|vägen|gata|gate|veien|vegen|gade|vej|stræde|torv|katu|tie';
const euNumber = '\\d{1,4}[a-zA-Z]?(?:[ \\t]?[-/][ \\t]?\\d{1,4}[a-zA-Z]?)?';
const euCompound = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{L}[\\p{L}\\p{M}\\-]*(${euSuffix})|(?:\\p{Lu}[\\p{L}\\p{M}\\-]*[ \\t]+)?(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt))[ \\t]+${euNumber}(?![\\p{L}\\p{N}])`,
  'gu',
);
const romancePrefix =
  'rue|avenue|av\\.|avda\\.?|boulevard|bd\\.?|chemin|allée|impasse|quai|viale|piazza|piazzale|corso|largo|' +
  'vicolo|calle|c/|avenida|paseo|carrer|camino|ronda|travesía|rua|travessa|praça|praca|ul\\.|ulica|aleja|' +
  'via|place|plaza|route|cours|al\\.|pl\\.|os\\.';
const romanceWord =
  "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|(?:de|la|le|les|du|des|del|della|dei|di|do|da|dos|das|e|y|d'|l'|d’|l’)(?=[ \\t]*\\p{L}))";
const romance = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${euNumber}),?[ \\t]+)?(${romancePrefix})[ \\t]*(?:${romanceWord})(?:[ \\t]+${romanceWord}){0,5}(?:,?[ \\t]+(${euNumber})(?![\\p{L}\\p{N}]))?`,
  'giu',
);
/** Street-word endings that also end English words ("Spring 2024", "Navigate 3"): need a postcode. */
const ambiguousSuffix = /^(?:ring|gate|gata|tie|gade|markt|graben|kade|weg|damm)$/;
/** Prefixes that are also ordinary words (English "via", "place", "route"): need a postcode after them. */
const ambiguousPrefix = /^(?:via|place|plaza|route|cours|al\.|pl\.|os\.)$/i;
const genericEu = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}\\p{M}\\-]+[ \\t]+){1,3}${euNumber},`,
  'gu',
);

const states =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|' +
  'OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS|ACT';
const postcode =
  '\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|[A-Z]\\d{2}[ \\t]?[A-Z\\d]{4}|\\d{4}(?![\\p{L}])|\\d{6}';
const cityWord = "\\p{Lu}[\\p{L}\\p{M}'’\\-.]*(?:[ \\t]+\\d{1,2}(?![\\p{N}]))?";
const cityLower = "\\p{Ll}[\\p{Ll}\\p{M}'’\\-]*";
const euPostcodeCity = (city: string) =>
  `(?:\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{3}[ \\t]\\d{2}|\\d{4}[ \\t]?[A-Z]{2}|\\d{4,5})[ \\t]+${city}[\\p{L}\\p{M}\\-]*(?:[ \\t]+${city}[\\p{L}\\p{M}\\-]*)?`;
const separator = /^(?:,[ \t]*|[ \t]+|[ \t]*\n[ \t]*)/u;
const tailUnit = new RegExp(`^${unit}`, 'iu');
const tailEu = new RegExp(`^${euPostcodeCity('\\p{Lu}')}(?![\\p{L}\\p{N}])`, 'u');
const tailEuLower = new RegExp(`^${euPostcodeCity('\\p{Ll}')}(?![\\p{L}\\p{N}])`, 'u');
// A postcode on its own: formats that do not look like other numbers; bare 4- and 6-digit codes only count
// after a state or city ("VIC 3000", "Shanghai 200120").
const strongPostcode =
  '\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|[A-Z]\\d{2}[ \\t]?[A-Z\\d]{4}';
// A city, then a state (and any postcode), or a postcode that is not just a number: a bare 4-digit number
// after a word is more often a year ("July 2003") than a postcode.
const tailCityThen = (lower: boolean) =>
  new RegExp(
    `^(?:${lower ? cityLower : cityWord})(?:[ \\t]+(?:${lower ? cityLower : cityWord})){0,2}(?:,?[ \\t]+(${states})(?:,?[ \\t]+(${postcode}))?|,?[ \\t]+(${strongPostcode}|\\d{6}))?(?![\\p{L}\\p{N}])`,
    lower ? 'iu' : 'u',
  );
const tailCity = tailCityThen(false);
const tailCityLower = tailCityThen(true);
const tailStateZip = new RegExp(
  `^(?:(?:${states})[ \\t]+(?:${postcode})|${strongPostcode})(?![\\p{L}\\p{N}])`,
  'u',
);
/** Words that end an address tail rather than name a city. */
const notCity =
  /^(?:USA|US|UK|United|Germany|France|Spain|Italy|Netherlands|Canada|Australia|Ireland|Please|Thanks|Thank|Phone|Tel|Email|Order|Tracking|The|And|Or|But|Not|Call|Contact|Invoice|Account|Ticket)\b/u;

/** The end of the address that starts with a street part ending at `end`. */
function extendTail(text: string, end: number, lower: boolean, needPostcode: boolean): number | undefined {
  let confirmed = end;
  let at = end;
  let hasPostcode = false;
  for (let k = 0; k < 4; k++) {
    const sep = separator.exec(text.slice(at, at + 8));
    if (!sep) break;
    // A blank line ends the address.
    if ((sep[0].match(/\n/g)?.length ?? 0) > 1) break;
    const from = at + sep[0].length;
    const rest = text.slice(from, from + 80);
    let m: RegExpExecArray | null;
    if ((m = tailUnit.exec(rest))) {
      at = from + m[0].length;
      if (!hasPostcode) confirmed = at;
      continue;
    }
    if ((m = (lower ? tailEuLower : tailEu).exec(rest))) {
      at = from + m[0].length;
      confirmed = at;
      hasPostcode = true;
      continue;
    }
    if ((m = tailStateZip.exec(rest))) {
      at = from + m[0].length;
      confirmed = at;
      hasPostcode = true;
      continue;
    }
    if (notCity.test(rest)) break;
    if ((m = (lower ? tailCityLower : tailCity).exec(rest))) {
      at = from + m[0].length;
      if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) {
        confirmed = at;
        hasPostcode = hasPostcode || m[2] !== undefined || m[3] !== undefined;
      }
      continue;
    }
    break;
  }
  if (needPostcode && !hasPostcode) return undefined;
  return confirmed;
}

export const detectAddress: Detector = ({ text, out }) => {
  if (!/\d/.test(text)) return;
  const push = (start: number, end: number | undefined) => {
    if (end !== undefined) out.push({ start, end, type: 'address' });
  };
  for (const [re, lower] of [
    [usStreet, false],
    [usStreetLower, true],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "Ship it to 62 Mill Place." — the dot after a full word ends the sentence, not an abbreviation.
      const sentenceEnd = /[\p{L}]{5,}\.$/u.test(m[0]);
      const end = m.index + m[0].length - (sentenceEnd ? 1 : 0);
      // Lowercase street names are common words too ("3 more days"): take them only with a city or postcode.
      const tailEnd = extendTail(text, end, lower, false);
      if (lower && tailEnd === end) continue;
      push(m.index, tailEnd);
    }
  }
  poBox.lastIndex = 0;
  for (let m = poBox.exec(text); m; m = poBox.exec(text))
    push(m.index, extendTail(text, m.index + m[0].length, false, false));
  euCompound.lastIndex = 0;
  for (let m = euCompound.exec(text); m; m = euCompound.exec(text)) {
    // Lowercase ("bahnhofstraße 28") or ambiguous endings are streets only with a postcode after them.
    const needPostcode = m[1] !== undefined && (ambiguousSuffix.test(m[1]) || !/^\p{Lu}/u.test(m[0]));
    push(m.index, extendTail(text, m.index + m[0].length, !/\p{Lu}/u.test(m[0]), needPostcode));
  }
  romance.lastIndex = 0;
  for (let m = romance.exec(text); m; m = romance.exec(text)) {
    if (m[1] === undefined && m[3] === undefined) continue;
    const needPostcode = ambiguousPrefix.test(m[2]!);
    push(m.index, extendTail(text, m.index + m[0].length, !/\p{Lu}/u.test(m[0]), needPostcode));
  }
  genericEu.lastIndex = 0;
  for (let m = genericEu.exec(text); m; m = genericEu.exec(text)) {
    const end = m.index + m[0].length - 1;
    push(m.index, extendTail(text, end, false, true));
  }
};
