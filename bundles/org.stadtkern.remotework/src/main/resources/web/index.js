// Mobiles Arbeiten: find a site, book a place, see and cancel one's bookings. Reads and writes through
// /api/remotework; the booker's token stays in this browser (localStorage) and goes in X-Booker-Token.
'use strict';
const API = '/api/remotework';
const KEY = 'stadtkern-remotework-token';
const ZONE = 'Europe/Berlin';
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const AMENITY = { wifi: 'WLAN', 'quiet-zone': 'Ruhezone', coffee: 'Kaffee', lockers: 'Schließfächer',
  screens: 'Bildschirme', 'phone-booths': 'Telefonbox' };
const STATE = { requested: 'angefragt', confirmed: 'bestätigt', 'checked-in': 'eingecheckt', completed: 'beendet',
  cancelled: 'storniert', rejected: 'abgelehnt', 'no-show': 'verfallen' };
const $ = id => document.getElementById(id);
let current = null;

function el(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

async function call(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  const token = localStorage.getItem(KEY);
  if (token) headers['X-Booker-Token'] = token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const json = text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) throw new Error(json.detail || ('Fehler ' + response.status));
  return json;
}

const when = iso => new Date(iso).toLocaleString('de-DE', { timeZone: ZONE, weekday: 'short', day: '2-digit',
  month: '2-digit', hour: '2-digit', minute: '2-digit' });
const time = iso => new Date(iso).toLocaleTimeString('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });

async function loadSites() {
  const query = new URLSearchParams();
  const amenities = [...document.querySelectorAll('#filters .choices input:checked')].map(c => c.value);
  if (amenities.length) query.set('amenity', amenities.join(','));
  if ($('f-wheelchair').checked) query.set('accessible', 'wheelchair');
  if ($('f-free').checked) query.set('free', 'true');
  if ($('f-stop').value) query.set('stop', $('f-stop').value);
  const sites = (await call('GET', '/sites?' + query)).sites;
  if (!query.toString()) fillStops(sites);
  $('sites').replaceChildren(...sites.map(siteItem));
  $('count').textContent = sites.length === 1 ? '1 Ort gefunden.' : sites.length + ' Orte gefunden.';
  drawMap(sites);
}

function fillStops(sites) {
  const stops = new Map();
  sites.forEach(s => s.stops.forEach(stop => stops.set(stop.id, stop.name)));
  const chosen = $('f-stop').value;
  $('f-stop').replaceChildren(el('option', 'egal', { value: '' }),
    ...[...stops].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => el('option', name, { value: id })));
  $('f-stop').value = chosen;
}

function siteItem(site) {
  const item = el('li');
  item.append(el('h3', site.name));
  item.append(el('p', site.address.street + ', ' + site.address.postcode + ' ' + site.address.city
    + (site.price ? ' · ' + site.price : ''), { class: 'meta' }));
  const o = site.occupancy;
  item.append(el('p', o.open ? 'Jetzt geöffnet: ' + o.free + ' frei, ' + o.booked + ' gebucht, ' + o.busy + ' belegt'
    : 'Jetzt geschlossen', { class: o.open && o.free > 0 ? 'free' : 'meta' }));
  if (site.stops.length) {
    item.append(el('p', 'Haltestellen: ' + site.stops.map(s => s.name + ' (' + s.meters + ' m)').join(', '),
      { class: 'meta' }));
  }
  const offers = Object.keys(AMENITY).filter(a => has(site.amenities, a)).map(a => AMENITY[a]);
  if (site.accessibility && site.accessibility.accessibleWith && site.accessibility.accessibleWith.wheelchair) {
    offers.push('rollstuhlgerecht');
  }
  if (site.mobility && site.mobility.bikeParking) offers.push(site.mobility.bikeParking + ' Radstellplätze');
  if (site.mobility && site.mobility.chargingPoints) offers.push(site.mobility.chargingPoints + ' Ladepunkte');
  item.append(el('p', offers.join(' · '), { class: 'meta' }));
  const button = el('button', 'Hier buchen', { type: 'button', id: 'book-' + site.id, class: 'secondary',
    'aria-label': 'Hier buchen: ' + site.name });
  button.addEventListener('click', () => openBooking(site.id));
  item.append(button);
  return item;
}

function has(a, name) {
  if (!a) return false;
  return { wifi: a.wifiMbps > 0, 'quiet-zone': a.quietZone, coffee: a.coffee, lockers: a.lockers,
    screens: a.screens > 0, 'phone-booths': a.phoneBooths > 0 }[name];
}

function drawMap(sites) {
  const svg = $('map');
  [...svg.querySelectorAll('g')].forEach(g => g.remove());
  const points = sites.flatMap(s => [[s.latitude, s.longitude], ...s.stops.map(t => [t.latitude, t.longitude])]);
  if (!points.length) return;
  const lat = points.map(p => p[0]), lon = points.map(p => p[1]);
  const [s, n, w, e] = [Math.min(...lat) - .003, Math.max(...lat) + .003, Math.min(...lon) - .005, Math.max(...lon) + .005];
  const x = v => 20 + 360 * (v - w) / (e - w), y = v => 240 - 220 * (v - s) / (n - s);
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  const shape = (tag, attributes, label) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
    g.append(node);
    if (label) {
      const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      text.setAttribute('x', attributes.cx || attributes.x);
      text.setAttribute('text-anchor', (attributes.cx || attributes.x) > 200 ? 'end' : 'start');
      text.setAttribute('y', (attributes.cy || attributes.y) - 8);
      text.textContent = label;
      g.append(text);
    }
  };
  sites.forEach(site => site.stops.forEach(t => shape('rect', { x: x(t.longitude) - 4, y: y(t.latitude) - 4,
    width: 8, height: 8, fill: '#595959' })));
  sites.forEach(site => shape('circle', { cx: x(site.longitude), cy: y(site.latitude), r: 7,
    fill: site.occupancy.open && site.occupancy.free > 0 ? '#1b5e20' : '#004b87' }, site.name));
  svg.append(g);
}

async function openBooking(id) {
  current = await call('GET', '/sites/' + encodeURIComponent(id));
  $('booking').hidden = false;
  $('book-title').textContent = 'Platz buchen: ' + current.name;
  const o = current.occupancy;
  const now = new Date();
  const weekday = (new Date(now.toLocaleDateString('sv-SE', { timeZone: ZONE }) + 'T12:00:00Z').getUTCDay() + 6) % 7 + 1;
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' })
    .format(now));
  const usual = (current.usual || []).find(u => u.weekday === weekday && u.hour === hour);
  $('site-info').textContent = [current.description, o.open ? 'Jetzt: ' + o.free + ' frei, ' + o.booked
    + ' gebucht, ' + o.busy + ' belegt.' : 'Jetzt geschlossen.', usual ? 'Üblicherweise um diese Zeit zu '
    + usual.percent + ' % belegt.' : ''].filter(Boolean).join(' ');
  const ahead = (current.policy && current.policy.daysAhead) || 14;
  const days = [];
  for (let i = 0; i <= ahead && days.length < 14; i++) {
    const d = new Date(Date.now() + i * 86400000);
    const iso = d.toLocaleDateString('sv-SE', { timeZone: ZONE });
    const open = hours(iso);
    const late = i === 0 && open && minutes(new Date().toLocaleTimeString('de-DE', { timeZone: ZONE,
      hour: '2-digit', minute: '2-digit' })) + 15 > minutes(open[1]);
    if (open && !late) days.push(el('option', d.toLocaleDateString('de-DE', { timeZone: ZONE, weekday: 'long',
      day: 'numeric', month: 'long' }), { value: iso }));
  }
  $('day').replaceChildren(...days);
  $('who').hidden = !!localStorage.getItem(KEY);
  await fillTimes();
  $('book-title').focus();
}

function hours(iso) {
  if ((current.holidays || []).includes(iso)) return null;
  const day = DAYS[(new Date(iso + 'T12:00:00Z').getUTCDay() + 6) % 7];
  const range = (current.openingHours || {})[day];
  return range ? range.split('-') : null;
}

async function fillTimes() {
  const range = hours($('day').value);
  if (!range) return;
  const quarters = [];
  for (let m = minutes(range[0]); m <= minutes(range[1]); m += 15) quarters.push(clock(m));
  const now = new Date().toLocaleTimeString('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: ZONE }) === $('day').value;
  const starts = quarters.slice(0, -1).filter(q => !today || minutes(q) + 15 > minutes(now));
  $('from').replaceChildren(...starts.map(q => el('option', q, { value: q })));
  $('to').replaceChildren(...quarters.slice(1).map(q => el('option', q, { value: q })));
  $('to').value = clock(Math.min(minutes(range[1]), minutes($('from').value || range[0]) + 120));
  await fillSpaces();
}

const minutes = hhmm => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = m => String(Math.floor(m / 60)).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0');

function instant(day, hhmm) {
  const noon = new Date(day + 'T12:00:00Z');
  const offset = Number(new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' })
    .format(noon)) - 12;
  return day + 'T' + hhmm + ':00+0' + offset + ':00';
}

async function fillSpaces() {
  const day = await call('GET', '/sites/' + encodeURIComponent(current.id) + '/availability?date=' + $('day').value);
  const from = new Date(instant($('day').value, $('from').value)), to = new Date(instant($('day').value, $('to').value));
  const options = day.spaces.filter(s => s.mode === 'bookable').map(s => {
    const held = s.held.filter(h => new Date(h.start) < to && new Date(h.end) > from);
    const taken = s.shared ? held.reduce((sum, h) => sum + h.persons, 0) >= s.capacity : held.length > 0;
    return el('option', s.name + (taken ? ' (belegt)' : ' (frei)') + (s.approval ? ', mit Freigabe' : ''),
      Object.assign({ value: s.id, 'data-capacity': s.capacity }, taken ? { disabled: '' } : {}));
  });
  $('space').replaceChildren(...options);
  const free = options.find(o => !o.disabled);
  if (free) $('space').value = free.value;
  $('space-hint').textContent = free ? '' : 'Zu dieser Zeit ist hier nichts frei.';
  fillPersons();
}

function fillPersons() {
  const option = $('space').selectedOptions[0];
  const capacity = option ? Number(option.getAttribute('data-capacity')) : 1;
  $('persons').replaceChildren(...Array.from({ length: capacity }, (_, i) => el('option', String(i + 1))));
}

// the API's refusals in the page's language; anything else as the API says it
const GERMAN = [
  [/already booked/, () => 'Dieser Platz ist in dieser Zeit schon gebucht. Bitte eine andere Zeit oder einen anderen Platz wählen.'],
  [/has only (\d+) free places/, m => 'Hier sind zu dieser Zeit nur noch ' + m[1] + ' Plätze frei.'],
  [/quarter hour/, () => 'Buchungen beginnen und enden zur Viertelstunde.'],
  [/at most (\d+) days ahead/, m => 'Buchungen sind höchstens ' + m[1] + ' Tage im Voraus möglich.'],
  [/may last at most (\d+) (hours|minutes)/, m => 'Eine Buchung darf höchstens ' + m[1]
    + (m[2] === 'hours' ? ' Stunden' : ' Minuten') + ' dauern.'],
  [/not open through/, () => 'Der Ort ist in dieser Zeit nicht geöffnet.'],
  [/At most (\d+) upcoming bookings/, m => 'Sie haben hier schon ' + m[1] + ' anstehende Buchungen, mehr geht nicht.'],
  [/time has passed/, () => 'Diese Zeit ist schon vorbei.'],
  [/end must be after the start/, () => '„Bis“ muss nach „Von“ liegen.'],
  [/takes 1 to (\d+)/, m => 'Dieser Platz fasst höchstens ' + m[1] + (m[1] === '1' ? ' Person.' : ' Personen.')],
  [/drop-in only/, () => 'Dieser Platz wird nicht gebucht: einfach vorbeikommen.'],
];

function german(message) {
  for (const [pattern, say] of GERMAN) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return message;
}

function problem(message, focus) {
  $('problem').textContent = german(message);
  $('problem').hidden = false;
  $('receipt').hidden = true;
  if (focus) $(focus).focus();
}

async function book(event) {
  event.preventDefault();
  $('problem').hidden = true;
  try {
    if (!localStorage.getItem(KEY)) {
      if (!$('name').value.trim()) return problem('Bitte Ihren Namen angeben.', 'name');
      if (!$('email').value.includes('@')) return problem('Bitte eine E-Mail-Adresse angeben.', 'email');
      if (!$('consent').checked) return problem('Bitte der Speicherung zustimmen.', 'consent');
      const person = await call('POST', '/people', { name: $('name').value.trim(), email: $('email').value.trim(),
        category: $('category').value, consent: true });
      localStorage.setItem(KEY, person.token);
      localStorage.setItem(KEY + '-feed', person.feed);
      $('who').hidden = true;
    }
    if (!$('space').value) return problem('Bitte einen freien Platz wählen.', 'space');
    const booked = await call('POST', '/bookings', { site: current.id, space: $('space').value,
      start: instant($('day').value, $('from').value), end: instant($('day').value, $('to').value),
      persons: Number($('persons').value) });
    const b = booked.bookings[0];
    $('receipt').textContent = 'Gebucht (' + STATE[b.state] + '): ' + $('space').selectedOptions[0].textContent
      .replace(/ \(frei\).*/, '') + ', ' + when(b.start) + ' bis ' + time(b.end) + '. Sie finden die Buchung unter '
      + '„Meine Buchungen“.';
    $('receipt').hidden = false;
    await Promise.all([loadMine(), fillSpaces()]);
  } catch (e) {
    problem(e.message, 'submit');
  }
}

async function loadMine() {
  if (!localStorage.getItem(KEY)) return;
  const bookings = (await call('GET', '/people/me/bookings')).bookings;
  $('mine-none').hidden = bookings.length > 0;
  $('mine').replaceChildren(...bookings.map(b => {
    const item = el('li', null, { id: 'booking-' + b.id });
    item.append(el('p', when(b.start) + ' bis ' + time(b.end) + ' · ' + b.site + ', ' + b.space + ' · '
      + STATE[b.state], { class: 'state' }));
    if (['requested', 'confirmed'].includes(b.state)) {
      const cancel = el('button', 'Stornieren', { type: 'button', id: 'cancel-' + b.id, class: 'secondary',
        'aria-label': 'Stornieren: ' + when(b.start) });
      cancel.addEventListener('click', async () => {
        try {
          await call('POST', '/bookings/' + b.id + '/cancel');
          await loadMine();
          $('mine-title').focus();
        } catch (e) {
          problem(e.message);
        }
      });
      item.append(cancel);
    }
    const ics = el('button', 'In den Kalender', { type: 'button', id: 'ics-' + b.id, class: 'secondary' });
    ics.addEventListener('click', async () => {
      const text = await call('GET', '/bookings/' + b.id + '/ics');
      const link = el('a', null, { href: URL.createObjectURL(new Blob([text], { type: 'text/calendar' })),
        download: 'buchung-' + b.id + '.ics' });
      link.click();
    });
    item.append(' ', ics);
    return item;
  }));
  const feed = localStorage.getItem(KEY + '-feed');
  if (feed) {
    $('feed').textContent = 'Kalender-Abo aller Buchungen: ' + feed;
    $('feed').hidden = false;
  }
}

async function checkInFromLabel() {
  // the QR label at a desk opens index.html#check-in=<site>/<space>/<code>
  const match = /^#check-in=([\w.:-]+)\/([\w.:-]+)\/([\w]+)$/.exec(location.hash);
  if (!match || !localStorage.getItem(KEY)) return;
  const bookings = (await call('GET', '/people/me/bookings')).bookings;
  const now = Date.now();
  const booking = bookings.find(b => b.site === match[1] && b.space === match[2] && b.state === 'confirmed'
    && new Date(b.start).getTime() - 15 * 60000 <= now && new Date(b.end).getTime() > now);
  if (booking) {
    await call('POST', '/bookings/' + booking.id + '/check-in', { code: match[3] });
  }
}

$('filters').addEventListener('submit', event => { event.preventDefault(); loadSites(); });
$('book').addEventListener('submit', book);
$('day').addEventListener('change', fillTimes);
$('from').addEventListener('change', fillSpaces);
$('to').addEventListener('change', fillSpaces);
$('space').addEventListener('change', fillPersons);
checkInFromLabel().catch(e => problem(e.message)).finally(loadMine);
loadSites();
