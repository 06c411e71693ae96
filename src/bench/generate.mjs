// Writes N references as CSL-JSON, the same for the same N: a mix of journal articles, books,
// chapters, reports and web pages as a health-and-care list holds them, with authors drawn from a
// small pool so that names and years collide and disambiguation (year suffixes, given names) has
// work to do. Usage: node generate.mjs N > refs.json
const n = Number(process.argv[2] ?? 10000);
let seed = 20261125;
const random = () => { // mulberry32
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = list => list[Math.floor(random() * list.length)];
const families = ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
  'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris',
  'Lewis', 'Martin', 'Jackson', 'Clarke', 'Clark', 'Turner', 'Hill', 'Scott', 'Cooper', 'Morris', 'Ward', 'Moore', 'King',
  'Watson', 'Baker', 'Harrison', 'Morgan', 'Patel', 'Young', 'Allen', 'Mitchell', 'James', 'Anderson', 'Phillips', 'Lee',
  'Bell', 'Parker', 'Davis', 'West', 'Okafor', 'Nguyen', 'Kowalski', "O'Brien", 'van den Berg', 'Müller', 'García'];
const givens = ['Anna', 'Michael', 'Sarah', 'David', 'Emma', 'James', 'Priya', 'Chidi', 'Olivia', 'Thomas', 'Aisha',
  'Daniel', 'Laura', 'Mark', 'Helen', 'Peter', 'Ruth', 'Simon', 'Grace', 'Tom'];
const orgs = ["The King's Fund", 'NHS England', 'The Health Foundation', 'Nuffield Trust', 'NHS Leadership Academy',
  'Social Market Foundation', 'Care Quality Commission', 'NHS Confederation'];
const journals = ['BMJ Leader', 'British Journal of Healthcare Management', 'Journal of Health Organization and Management',
  'Leadership in Health Services', 'BMJ Open', 'Health Services Management Research', 'Nursing Management'];
const publishers = [['Routledge', 'London'], ['Oxford University Press', 'Oxford'], ['Sage', 'London'],
  ['Palgrave Macmillan', 'Basingstoke'], ['Wiley-Blackwell', 'Chichester'], ['Swirling Leaf Press', 'London']];
const words = ['leadership', 'compassion', 'care', 'integrated', 'systems', 'patient', 'experience', 'quality',
  'improvement', 'teams', 'culture', 'health', 'social', 'workforce', 'wellbeing', 'change', 'collaboration', 'primary',
  'community', 'services', 'decision-making', 'uncertainty', 'management', 'nursing', 'evidence', 'practice'];
const title = () => {
  const w = Array.from({ length: 3 + Math.floor(random() * 7) }, () => pick(words));
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return random() < 0.3 ? `${w.slice(0, 3).join(' ')}: ${w.slice(3).join(' ') || 'a review'}` : w.join(' ');
};
const person = () => ({ family: pick(families), given: pick(givens) + (random() < 0.3 ? ` ${pick(givens)[0]}.` : '') });
const people = () => Array.from({ length: 1 + Math.floor(random() * (random() < 0.1 ? 8 : 3)) }, person);
const year = () => 1995 + Math.floor(random() * 31);
const date = () => {
  const y = year();
  return random() < 0.5 ? { 'date-parts': [[y]] } : { 'date-parts': [[y, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)]] };
};
const items = [];
for (let i = 0; i < n; i++) {
  const kind = random();
  const id = `ref${i}`;
  if (kind < 0.45) {
    const first = 1 + Math.floor(random() * 300);
    items.push({ id, type: 'article-journal', title: title(), author: people(), 'container-title': pick(journals),
      issued: date(), volume: String(1 + Math.floor(random() * 40)), issue: String(1 + Math.floor(random() * 12)),
      page: `${first}-${first + Math.floor(random() * 20)}`,
      ...(random() < 0.7 ? { DOI: `10.${1000 + Math.floor(random() * 9000)}/bench.${i}` } : {}) });
  } else if (kind < 0.6) {
    const [publisher, place] = pick(publishers);
    items.push({ id, type: 'book', title: title(), author: people(), publisher, 'publisher-place': place, issued: date(),
      ...(random() < 0.3 ? { edition: String(2 + Math.floor(random() * 4)) } : {}) });
  } else if (kind < 0.7) {
    const [publisher, place] = pick(publishers);
    const first = 1 + Math.floor(random() * 300);
    items.push({ id, type: 'chapter', title: title(), author: people(), editor: people(), 'container-title': title(),
      publisher, 'publisher-place': place, issued: date(), page: `${first}-${first + 10 + Math.floor(random() * 30)}` });
  } else if (kind < 0.85) {
    const org = pick(orgs);
    items.push({ id, type: 'report', title: title(), author: random() < 0.5 ? [{ literal: org }] : people(),
      publisher: org, issued: date(), URL: `https://example.org/reports/${i}` });
  } else {
    const org = pick(orgs);
    items.push({ id, type: 'webpage', title: title(), author: [{ literal: org }], 'container-title': org,
      issued: date(), URL: `https://example.org/pages/${i}`, accessed: { 'date-parts': [[2026, 1 + Math.floor(random() * 10), 1 + Math.floor(random() * 28)]] } });
  }
}
process.stdout.write(JSON.stringify(items, null, 1));
