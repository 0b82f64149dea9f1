// Occupancy levels of GTFS-Realtime as up to four person icons: how full the vehicle is.
const LEVELS = { EMPTY: 0, MANY_SEATS_AVAILABLE: 1, FEW_SEATS_AVAILABLE: 2, STANDING_ROOM_ONLY: 3,
                 CRUSHED_STANDING_ROOM_ONLY: 4, FULL: 4 };
const NAMES = { EMPTY: 'leer', MANY_SEATS_AVAILABLE: 'viele Sitzplätze frei', FEW_SEATS_AVAILABLE: 'wenige Sitzplätze frei',
                STANDING_ROOM_ONLY: 'nur Stehplätze', CRUSHED_STANDING_ROOM_ONLY: 'sehr voll', FULL: 'voll' };
const params = new URLSearchParams(location.search);

function cell(row, className) {
  const td = row.insertCell();
  td.className = className;
  return td;
}

async function refresh() {
  const query = new URLSearchParams({ limit: params.get('limit') || '8' });
  if (params.get('from')) query.set('from', params.get('from'));
  const response = await fetch('/api/hinweg/stops/' + encodeURIComponent(params.get('stop') || '') + '/departures?' + query,
                               { cache: 'no-store' });
  const body = document.getElementById('departures');
  if (!response.ok) {
    document.getElementById('stop').textContent = 'Haltestelle unbekannt';
    body.replaceChildren();
    return;
  }
  const stop = await response.json();
  document.getElementById('stop').textContent = stop.name;
  body.replaceChildren();
  for (const departure of stop.departures) {
    const tr = body.insertRow();
    tr.dataset.trip = departure.trip;
    tr.dataset.occupancy = departure.occupancyStatus;
    cell(tr, 'time').textContent = departure.time;
    cell(tr, 'route').textContent = departure.route;
    cell(tr, 'headsign').textContent = departure.headsign;
    const occupancy = cell(tr, 'occupancy');
    let status = departure.occupancyStatus;
    if (LEVELS[status] === undefined && departure.usually) {
      // no vehicle counted on this trip yet: how full this route usually is at this hour
      status = departure.usually.occupancyStatus;
      occupancy.classList.add('usually');
      tr.dataset.usually = status;
    }
    const level = LEVELS[status];
    if (level === undefined) {
      occupancy.innerHTML = '<span class="none">keine Daten</span>';
    } else {
      const name = (occupancy.classList.contains('usually') ? 'meist ' : '') + NAMES[status];
      occupancy.title = name;
      // the icons are decoration; screen readers and text browsers read the words
      const words = document.createElement('span');
      words.className = 'visually-hidden';
      words.textContent = name;
      occupancy.appendChild(words);
      for (let i = 1; i <= 4; i++) {
        const person = document.createElement('span');
        person.className = i <= level ? 'person on' : 'person';
        person.setAttribute('aria-hidden', 'true');
        occupancy.appendChild(person);
      }
    }
  }
}

refresh();
setInterval(refresh, 15000);
