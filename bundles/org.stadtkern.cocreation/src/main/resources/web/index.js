// The co-creation fund's public page: funded projects (open data) and the submission form for open calls.
const STATES = { 'approved': 'bewilligt', 'in-implementation': 'in Umsetzung', 'reported': 'Bericht liegt vor',
                 'closed': 'abgeschlossen' };
const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' });

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function showFunded() {
  const response = await fetch('/api/cocreation/projects', { cache: 'no-store' });
  const list = document.getElementById('funded');
  list.replaceChildren();
  const projects = response.ok ? await response.json() : [];
  document.getElementById('funded-none').hidden = projects.length > 0;
  for (const project of projects) {
    const item = element('li');
    item.append(element('h3', project.title));
    item.append(element('p', [project.district, euros.format(project.amount), STATES[project.status] || project.status,
                              project.call].filter(Boolean).join(' · '), 'meta'));
    if (project.summary) item.append(element('p', project.summary));
    list.append(item);
  }
}

async function showCalls() {
  const response = await fetch('/api/cocreation/calls', { cache: 'no-store' });
  const today = new Date().toISOString().slice(0, 10);
  const open = response.ok ? (await response.json()).filter(call => call.submissionDeadline >= today) : [];
  document.getElementById('no-call').hidden = open.length > 0;
  document.getElementById('apply').hidden = open.length === 0;
  const select = document.getElementById('call');
  select.replaceChildren();
  for (const call of open) {
    const option = element('option', call.name);
    option.value = call.id;
    option.dataset.hint = 'Einreichen bis ' + day.format(new Date(call.submissionDeadline)) + '; höchstens '
        + euros.format(call.cap) + ' je Projekt.';
    select.append(option);
  }
  const hint = () => { document.getElementById('call-hint').textContent =
      select.selectedOptions.length ? select.selectedOptions[0].dataset.hint : ''; };
  select.addEventListener('change', hint);
  hint();
}

function value(id) {
  const text = document.getElementById(id).value.trim();
  return text === '' ? null : text;
}

// An amount as people here write it: "1.500,50", "1500,5" or "1500.50"; null when it is no number.
function euro(text) {
  if (text === null) return null;
  const normal = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
  const number = Number(normal.replace(/\s|€/g, ''));
  return Number.isFinite(number) ? number : null;
}

function proposal() {
  const costPlan = [];
  for (const n of [1, 2, 3]) {
    const item = value('item-' + n);
    const amount = value('amount-' + n);
    if (item || amount) costPlan.push({ item: item, amount: euro(amount) });
  }
  const milestone = value('milestone');
  return {
    applicant: { type: document.querySelector('input[name=type]:checked').value, name: value('name'),
                 legalForm: value('legal-form'), email: value('email'), phone: value('phone') },
    title: value('title'), summary: value('summary'), description: value('description'),
    district: value('district'), tools: value('tools'), costPlan: costPlan,
    milestones: milestone ? [{ title: milestone, month: Number(value('month') || 1) }] : [],
    consent: document.getElementById('consent').checked
  };
}

// What the API says is missing (its "fields"), in German, with the form field to go to.
const GAPS = {
  'applicant.type': ['Bitte angeben, wer den Antrag stellt.', 'name'],
  'applicant.name': ['Bitte den Namen angeben.', 'name'],
  'applicant.email': ['Bitte eine E-Mail-Adresse angeben, damit der Fonds Sie erreicht.', 'email'],
  'applicant.legalForm': ['Bitte die Rechtsform der Organisation angeben.', 'legal-form'],
  'title': ['Bitte einen Titel angeben.', 'title'],
  'summary': ['Bitte eine Kurzbeschreibung angeben.', 'summary'],
  'district': ['Bitte den Stadtteil angeben.', 'district'],
  'costPlan': ['Der Kostenplan braucht mindestens einen Posten mit Betrag.', 'item-1'],
  'costPlan.total': ['Der Kostenplan übersteigt die Höchstsumme je Projekt.', 'amount-1'],
  'consent': ['Bitte der Verarbeitung Ihrer Angaben zustimmen.', 'consent']
};

function showProblems(body) {
  for (const field of document.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  const items = [];
  const fields = body.fields || [];
  (body.reasons || [body.detail || 'Der Antrag wurde nicht angenommen.']).forEach((reason, i) => {
    const gap = GAPS[fields[i]];
    const item = element('li');
    if (gap) {
      const target = document.getElementById(gap[1]);
      target.setAttribute('aria-invalid', 'true');
      const link = element('a', gap[0]);
      link.href = '#' + gap[1];
      link.addEventListener('click', event => { event.preventDefault(); target.focus(); });
      item.append(link);
    } else {
      item.textContent = reason;
    }
    items.push(item);
  });
  document.getElementById('problem-list').replaceChildren(...items);
  const box = document.getElementById('problems');
  box.hidden = false;
  box.focus();
}

async function submit(event) {
  event.preventDefault();
  const call = document.getElementById('call').value;
  let response;
  try {
    response = await fetch('/api/cocreation/calls/' + encodeURIComponent(call) + '/proposals?submit=true', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(proposal()) });
  } catch (e) {
    showProblems({ detail: 'Der Antrag konnte nicht gesendet werden. Bitte später erneut versuchen.' });
    return;
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 201) {
    document.getElementById('problems').hidden = true;
    document.getElementById('apply').hidden = true;
    document.getElementById('receipt-id').textContent = body.id;
    document.getElementById('receipt-token').textContent = body.token;
    const receipt = document.getElementById('receipt');
    receipt.hidden = false;
    receipt.focus();
  } else {
    showProblems(body);
  }
}

document.getElementById('apply').addEventListener('submit', submit);
showFunded();
showCalls();
