// The stranger generator of the MobilNet demo site.
//
// Every "customer" the leak pages show is made up here from lists of common
// German first names and surnames, usual street-name patterns, real
// city/postcode pairs and the big mail providers. Nobody is real; the demo
// user Katrin Vogelsang (www/profile.json) is never produced, nor her email,
// phone, street, customer number or birth date.
//
// Deterministic: `person(seed)` always gives the same person, so tests can
// ask for `?seed=N`. The server feeds a counter for a new person per load.

/** mulberry32: a tiny seeded PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FEMALE = [
  'Anna', 'Julia', 'Sabine', 'Claudia', 'Petra', 'Monika', 'Stefanie', 'Nicole', 'Andrea', 'Laura',
  'Lena', 'Sarah', 'Melanie', 'Susanne', 'Christina', 'Birgit', 'Sandra', 'Kerstin', 'Jana', 'Franziska',
  'Miriam', 'Heike', 'Ute', 'Lisa', 'Johanna', 'Carolin', 'Anja', 'Tanja', 'Simone', 'Nina',
  'Hannelore', 'Renate', 'Gabriele', 'Marie', 'Sophie', 'Leonie', 'Katharina', 'Martina', 'Silke', 'Doris',
];
const MALE = [
  'Thomas', 'Michael', 'Andreas', 'Stefan', 'Christian', 'Markus', 'Jan', 'Tobias', 'Daniel', 'Alexander',
  'Sebastian', 'Florian', 'Jonas', 'Lukas', 'Matthias', 'Frank', 'Jürgen', 'Uwe', 'Klaus', 'Peter',
  'Wolfgang', 'Dirk', 'Sven', 'Tim', 'Philipp', 'Felix', 'Niklas', 'Moritz', 'Oliver', 'Martin',
  'Bernd', 'Holger', 'Rainer', 'Kai', 'Dennis', 'Paul', 'Leon', 'Maximilian', 'Timo', 'Henrik',
];
const SURNAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
  'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier',
  'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber',
  'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Vogel',
  'Friedrich', 'Keller', 'Günther', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Albrecht',
  'Brandt', 'Kraus', 'Böhm', 'Hartwig', 'Brenner', 'Seidel', 'Ziegler', 'Engel', 'Horn', 'Busch',
];

/** Street names as German towns have them; a house number is added. */
const STREETS = [
  'Lindenstraße', 'Am Mühlbach', 'Hauptstraße', 'Schillerstraße', 'Goethestraße', 'Bahnhofstraße',
  'Gartenstraße', 'Birkenweg', 'Ahornweg', 'Am Kirchberg', 'Rosenweg', 'Bergstraße', 'Waldstraße',
  'Schulstraße', 'Kastanienallee', 'Mozartstraße', 'Beethovenstraße', 'Wiesenweg', 'Feldstraße',
  'Am Sportplatz', 'Im Winkel', 'Tulpenweg', 'Eichendorffstraße', 'Uhlandstraße', 'Mühlenweg',
  'An der Linde', 'Parkstraße', 'Ringstraße', 'Blumenstraße', 'Amselweg', 'Am Schlossberg',
  'Kirchgasse', 'Friedhofstraße', 'Brunnenstraße', 'Lessingstraße', 'Heinrich-Heine-Straße',
  'Fliederweg', 'Am Hang', 'Sonnenstraße', 'Kiefernweg',
];

/** Real postcodes of each city (city centre and inner districts). */
const CITIES = [
  ['Hamburg', ['20095', '20249', '22085', '22527', '22767']],
  ['München', ['80331', '80469', '80799', '81369', '81675']],
  ['Köln', ['50667', '50823', '50937', '51063']],
  ['Frankfurt am Main', ['60311', '60316', '60486', '60594']],
  ['Stuttgart', ['70173', '70176', '70190', '70597']],
  ['Düsseldorf', ['40210', '40477', '40545']],
  ['Leipzig', ['04103', '04177', '04275']],
  ['Dresden', ['01067', '01097', '01309']],
  ['Hannover', ['30159', '30161', '30173']],
  ['Nürnberg', ['90402', '90419', '90443']],
  ['Bremen', ['28195', '28203', '28211']],
  ['Essen', ['45127', '45136']],
  ['Dortmund', ['44135', '44137', '44139']],
  ['Bochum', ['44787', '44789']],
  ['Münster', ['48143', '48149', '48151']],
  ['Freiburg im Breisgau', ['79098', '79102', '79104']],
  ['Heidelberg', ['69115', '69117', '69120']],
  ['Mannheim', ['68159', '68161', '68165']],
  ['Karlsruhe', ['76133', '76135', '76137']],
  ['Kiel', ['24103', '24105', '24114']],
  ['Rostock', ['18055', '18057']],
  ['Potsdam', ['14467', '14469', '14482']],
  ['Erfurt', ['99084', '99085']],
  ['Magdeburg', ['39104', '39108']],
  ['Göttingen', ['37073', '37075', '37083']],
  ['Regensburg', ['93047', '93049', '93053']],
  ['Augsburg', ['86150', '86152', '86159']],
  ['Würzburg', ['97070', '97072', '97074']],
  ['Kassel', ['34117', '34119', '34121']],
  ['Bonn', ['53111', '53113', '53115']],
  ['Aachen', ['52062', '52064', '52066']],
  ['Mainz', ['55116', '55118', '55122']],
  ['Saarbrücken', ['66111', '66113', '66117']],
  ['Lübeck', ['23552', '23554', '23564']],
  ['Oldenburg', ['26121', '26122', '26123']],
  ['Bielefeld', ['33602', '33604', '33615']],
  ['Braunschweig', ['38100', '38102', '38106']],
  ['Ulm', ['89073', '89075', '89077']],
  ['Halle (Saale)', ['06108', '06110', '06114']],
  ['Berlin', ['10115', '10245', '10437', '12043', '13347']],
];

const PROVIDERS = ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'freenet.de', 'gmail.com'];

/** German mobile prefixes (015x/016x/017x); 0152x is left out: it is Katrin's range. */
const MOBILE = ['0151', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173',
  '0174', '0175', '0176', '0177', '0178', '0179'];

const TARIFFS = ['MobilNet S 5 GB', 'MobilNet M 20 GB', 'MobilNet L 50 GB', 'MobilNet XL Unlimited'];
const CARDS = ['Visa', 'Mastercard'];

/** What a generated person must never equal (the demo user, www/profile.json). */
const USER = {
  first: 'katrin', last: 'vogelsang', email: 'katrin.vogelsang@posteo.de',
  phoneDigits: '15203948571', street: 'gneisenaustraße', postcode: '10961',
  customer: '4711-0815', birth: '1986-03-14',
};

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const digits = (rnd, n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
const pad2 = (n) => String(n).padStart(2, '0');

/** "Jürgen Weiß" → "juergen", "weiss": the ASCII form mail providers accept. */
export function mailPart(s) {
  return s.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '');
}

function emailFor(rnd, first, last) {
  const f = mailPart(first);
  const l = mailPart(last);
  const n = 1 + Math.floor(rnd() * 98);
  const local = pick(rnd, [
    `${f}.${l}`, `${f}.${l}`, `${f[0]}.${l}`, `${f}${l}${n}`, `${l}.${f}`, `${f}_${l}`, `${f}.${l}${n}`,
  ]);
  return `${local}@${pick(rnd, PROVIDERS)}`;
}

function birthDate(rnd) {
  const year = 1950 + Math.floor(rnd() * 55); // 1950–2004
  const month = 1 + Math.floor(rnd() * 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = 1 + Math.floor(rnd() * days);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** One person drawn from `rnd`; may (rarely) collide with the user, see `isUser`. */
function draw(rnd) {
  const female = rnd() < 0.5;
  const first = pick(rnd, female ? FEMALE : MALE);
  const last = pick(rnd, SURNAMES);
  const [city, codes] = pick(rnd, CITIES);
  const postcode = pick(rnd, codes);
  let number = String(1 + Math.floor(rnd() * 118));
  if (rnd() < 0.12) number += pick(rnd, ['a', 'b']);
  const street = `${pick(rnd, STREETS)} ${number}`;
  const mobile = pick(rnd, MOBILE);
  const phone = `${mobile} ${digits(rnd, mobile.startsWith('017') || mobile === '0160' ? 7 : 8)}`;
  const customer = `${1 + Math.floor(rnd() * 9)}${digits(rnd, 3)}-${digits(rnd, 4)}`;
  const last4 = digits(rnd, 4);
  const expMonth = pad2(1 + Math.floor(rnd() * 12));
  const expYear = pad2(27 + Math.floor(rnd() * 4));
  return {
    salutation: female ? 'frau' : 'herr',
    first, last, name: `${first} ${last}`,
    street, postcode, city, country: 'DE',
    email: emailFor(rnd, first, last),
    phone,
    birthDate: birthDate(rnd),
    customer,
    tariff: pick(rnd, TARIFFS),
    since: `${2012 + Math.floor(rnd() * 13)}-${pad2(1 + Math.floor(rnd() * 12))}-01`,
    ibanLast4: digits(rnd, 4),
    cardBrand: pick(rnd, CARDS),
    cardLast4: last4,
    cardExpiry: `${expMonth}/${expYear}`,
    idCard: idCardFor(`${first} ${last} ${customer}`),
  };
}

/**
 * A German identity-card number (9 characters from the card's alphabet,
 * at least two digits), derived from the person's other values so that
 * drawing it takes nothing from the generator: every seed still gives the
 * same people as before.
 */
function idCardFor(key) {
  const alphabet = 'CFGHJKLMNPRTVWXYZ0123456789';
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  let out = 'L';
  for (let i = 0; i < 8; i++) {
    h = Math.imul(h ^ (h >>> 13), 2246822507) >>> 0;
    out += i === 3 || i === 6 ? String(h % 10) : alphabet[h % alphabet.length];
  }
  return out;
}

/** Whether `p` shares any identifying value with the demo user. */
export function isUser(p) {
  const fold = (s) => String(s).toLowerCase();
  return fold(p.first) === USER.first
    || fold(p.last) === USER.last
    || fold(p.email) === USER.email
    || p.phone.replace(/\D/g, '').replace(/^0/, '') === USER.phoneDigits
    || fold(p.street).startsWith(USER.street)
    || p.postcode === USER.postcode
    || p.customer === USER.customer
    || p.birthDate === USER.birth;
}

/**
 * `n` distinct people (different names and emails) from the stream `seed`.
 * `people(seed, 1)[0]` is `person(seed)`.
 */
export function people(seed, n) {
  const rnd = mulberry32(seed);
  const out = [];
  const seen = new Set();
  while (out.length < n) {
    const p = draw(rnd);
    if (isUser(p) || seen.has(p.name) || seen.has(p.last) || seen.has(p.email)) continue;
    seen.add(p.name);
    seen.add(p.last);
    seen.add(p.email);
    out.push(p);
  }
  return out;
}

/** The person of `seed`: the same seed always gives the same person. */
export function person(seed) {
  return people(seed, 1)[0];
}

/** The demo user, read by the server from www/profile.json; spread into the person shape. */
export function userFromProfile(profile) {
  const [first, ...rest] = profile.names[0].split(' ');
  const a = profile.addresses[0];
  return {
    salutation: 'frau',
    first, last: rest.join(' '), name: profile.names[0],
    street: a.street, postcode: a.postal_code, city: a.city, country: a.country,
    email: profile.emails[0],
    phone: nationalPhone(profile.phones[0]),
    birthDate: profile.birth_dates[0],
    customer: profile.customer_numbers[0],
    tariff: 'MobilNet M 20 GB',
    since: '2019-04-01',
    ibanLast4: '3817',
    cardBrand: 'Visa',
    cardLast4: '5521',
    cardExpiry: '09/28',
    idCard: 'LCF7K4R9M',
  };
}

/** "+49 1520 3948571" → "01520 3948571". */
export function nationalPhone(intl) {
  return intl.replace(/^\+49\s*/, '0');
}
