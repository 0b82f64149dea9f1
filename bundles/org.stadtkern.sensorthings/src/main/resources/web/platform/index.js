// UCUM codes (the symbols Datastreams carry) as people write them
const UNITS = { 'Cel': '°C', '[degF]': '°F', 'ug/m3': 'µg/m³', 'mg/m3': 'mg/m³', 'm3': 'm³', 'm2': 'm²',
                'W/m2': 'W/m²', '[ppm]': 'ppm', '[ppb]': 'ppb', 'kW.h': 'kWh', 'dB[A]': 'dB(A)', 'deg': '°',
                '1': '', '{count}': '' };
// the runtime's states in words
const STATES = { UP: 'bereit', DOWN: 'gestört' };
const QUERY = '/sta/v1.1/Datastreams?$top=200&$orderby=id&$select=id,name,unitOfMeasurement'
  + '&$expand=Thing($select=name),Observations($top=1;$orderby=phenomenonTime desc;$select=result,phenomenonTime)';

async function json(url) {
  const response = await fetch(url, { cache: 'no-store' });
  return response.json();
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
}

function unit(symbol) {
  const text = symbol in UNITS ? UNITS[symbol] : symbol;
  return text ? ' ' + text : '';
}

async function refresh() {
  const health = await json('/health');
  const status = document.getElementById('status');
  status.textContent = STATES[health.status] || health.status;
  status.className = 'status ' + health.status;
  const state = s => STATES[s] || s;
  document.getElementById('components').textContent =
    'MQTT-Broker ' + state(health.broker.status) + ', Datenbank ' + state(health.database.status) + '. Maßnahmen: ' +
    Object.entries(health.measures).filter(([name]) => name !== 'core')
      .map(([name, m]) => (m.title || name) + ' ' + state(m.status)).join(', ');

  const datastreams = (await json(QUERY)).value || [];
  const body = document.getElementById('datastreams');
  body.replaceChildren();
  for (const d of datastreams) {
    const newest = d.Observations && d.Observations[0];
    const tr = body.insertRow();
    tr.dataset.datastream = d['@iot.id'];
    cell(tr, d.Thing ? d.Thing.name : '–');
    cell(tr, d.name);
    const symbol = d.unitOfMeasurement ? d.unitOfMeasurement.symbol : '';
    cell(tr, newest && typeof newest.result === 'number'
      ? newest.result.toLocaleString('de-DE') + unit(symbol) : '–', 'value');
    cell(tr, newest ? new Date(newest.phenomenonTime).toLocaleString('de-DE') : '–');
  }
}

refresh();
setInterval(refresh, 10000);
