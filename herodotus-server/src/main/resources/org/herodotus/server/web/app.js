/*
 * Herodotus web UI: a map, a timeline, filters and a table of stored events, and pages for one
 * event (its evidence and sources), one article (what was found in it) and one actor.
 *
 * Everything comes from this server's JSON API; nothing is fetched from another host unless the
 * server was started with online tiles. Text from articles is only ever put into the page as text
 * (textContent; never parsed as HTML), so markup inside an article is shown, not run.
 */
'use strict';

(function () {

  // ---- small helpers ---------------------------------------------------------------------------

  /** Creates an element with attributes (className, href, title, ...) and children (nodes or text). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'className') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const view = () => document.getElementById('view');
  const statusLine = document.getElementById('status');

  function status(message, isError) {
    statusLine.textContent = message || '';
    statusLine.classList.toggle('error', !!isError);
  }

  /** GETs a JSON answer of the API; rejects with the server's message on an error status. */
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || ('the server answered ' + response.status));
    return body;
  }

  const number = new Intl.NumberFormat('en');
  const fmt = n => number.format(n);

  /** An href for an address from an article: only http and https, anything else is no link. */
  function safeHref(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  const enc = encodeURIComponent;
  const eventHref = (doc, index) => '#/event/' + enc(doc) + '/' + index;
  const articleHref = (doc, index) => '#/article/' + enc(doc) + (index === undefined ? '' : '?event=' + index);
  const actorHref = key => '#/actor/' + enc(key);

  // ---- event types and their colours ---------------------------------------------------------

  /** PLOVER categories, cooperative to conflictual, each with its colour on map, timeline and table. */
  const TYPES = [
    ['AGREE', '#2e7d32'], ['CONSULT', '#43a047'], ['SUPPORT', '#66bb6a'], ['CONCEDE', '#9ccc65'],
    ['COOPERATE', '#1565c0'], ['AID', '#42a5f5'], ['RETREAT', '#4dd0e1'], ['REQUEST', '#8e24aa'],
    ['ACCUSE', '#f9a825'], ['REJECT', '#fb8c00'], ['THREATEN', '#ef6c00'], ['PROTEST', '#ab47bc'],
    ['SANCTION', '#6d4c41'], ['MOBILIZE', '#e57373'], ['COERCE', '#d84315'], ['ASSAULT', '#b71c1c']];
  const COLOUR = Object.fromEntries(TYPES);
  const OTHER = '#757575';
  const colour = type => COLOUR[type] || OTHER;
  const MODES = ['ASSERTED', 'REPORTED', 'CLAIMED', 'HYPOTHETICAL', 'PLANNED', 'NEGATED'];

  function chip(type) {
    const c = el('span', { className: 'type-chip', text: type || 'other' });
    c.style.background = colour(type);
    return c;
  }

  // ---- routing: #/, #/event/DOC/INDEX, #/article/DOC?event=I, #/actor/KEY, #/actors, #/places ----

  function route() {
    const hash = location.hash || '#/';
    const [path, query] = hash.slice(1).split('?');
    const params = new URLSearchParams(query || '');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    status('');
    let page;
    if (parts.length) window.scrollTo(0, 0);
    if (parts[0] === 'event' && parts.length === 3) page = eventPage(parts[1], parts[2]);
    else if (parts[0] === 'article' && parts.length === 2) page = articlePage(parts[1], params.get('event'));
    else if (parts[0] === 'actor' && parts.length === 2) page = actorPage(parts[1]);
    else if (parts[0] === 'actors') page = actorsPage(params.get('q') || '');
    else if (parts[0] === 'places') page = placesPage(params.get('q') || '');
    else page = dashboard(params);
    Promise.resolve(page).catch(e => {
      status(e.message, true);
      view().replaceChildren(el('div', { className: 'error-box', role: 'alert' }, e.message));
    });
  }

  window.addEventListener('hashchange', route);

  // ---- the base map: TopoJSON decoded here (world-atlas's Natural Earth countries) -------------

  let baseMapData = null;

  /** The countries as a GeoJSON FeatureCollection, fetched once. */
  async function countries() {
    if (!baseMapData) baseMapData = api('/basemap.json').then(topologyToGeoJson);
    return baseMapData;
  }

  /** Decodes a TopoJSON topology's first object into GeoJSON (quantized, delta-encoded arcs). */
  function topologyToGeoJson(topology) {
    const t = topology.transform;
    const arcs = topology.arcs.map(arc => {
      let x = 0, y = 0;
      return arc.map(p => {
        if (t) {
          x += p[0]; y += p[1];
          return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
        }
        return [p[0], p[1]];
      });
    });
    const line = indexes => {
      const points = [];
      for (const i of indexes) {
        const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        points.push(...(points.length ? arc.slice(1) : arc));
      }
      return points;
    };
    const geometry = g => {
      if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.arcs.map(line) };
      if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.arcs.map(p => p.map(line)) };
      return null;
    };
    const object = Object.values(topology.objects)[0];
    return {
      type: 'FeatureCollection',
      features: object.geometries.filter(g => g.arcs).map(g => ({
        type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry(g)
      })).filter(f => f.geometry)
    };
  }

  let config = null;
  const serverConfig = () => config || (config = api('/api/config'));

  /** A Leaflet map on the offline base map (and online tiles when the server was given them). */
  async function baseMap(container, options) {
    const map = L.map(container, Object.assign({ preferCanvas: false, worldCopyJump: true, minZoom: 1, maxZoom: 12 }, options || {}));
    map.attributionControl.setPrefix('Leaflet');
    map.setView([25, 20], 2);
    const settings = await serverConfig();
    if (settings.tiles) {
      L.tileLayer(settings.tiles, { attribution: 'tiles: ' + new URL(settings.tiles.replace(/[{}]/g, '')).host }).addTo(map);
    } else {
      const world = await countries();
      L.geoJSON(world, {
        renderer: L.canvas({ padding: 0.2 }),
        interactive: false,
        style: { color: '#b9b3a6', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }
      }).addTo(map);
      map.attributionControl.addAttribution('Natural Earth');
    }
    return map;
  }

  // ---- the events dashboard -------------------------------------------------------------------

  const FILTERS = ['text', 'actor', 'type', 'code', 'country', 'place', 'outlet', 'mode', 'from', 'to', 'bbox'];
  const PAGE = 25;

  /** The dashboard's state lives in the address (#/?type=ASSAULT&from=...), so a view can be linked. */
  function dashboardHash(filters, extra) {
    const q = new URLSearchParams();
    for (const key of FILTERS) if (filters[key]) q.set(key, filters[key]);
    for (const [key, value] of Object.entries(extra || {})) if (value) q.set(key, value);
    const s = q.toString();
    return '#/' + (s ? '?' + s : '');
  }

  function apiQuery(filters, omit) {
    const q = new URLSearchParams();
    for (const key of FILTERS) if (filters[key] && !(omit || []).includes(key)) q.set(key, filters[key]);
    return q;
  }

  let dashboardState = null;

  async function dashboard(params) {
    const filters = {};
    for (const key of FILTERS) filters[key] = params.get(key) || '';
    const sort = params.get('sort') || '-date';
    const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
    // a change of range, sort or page only, on the same view: keep map and timeline, redo the rest
    if (dashboardState && dashboardState.timeline && document.body.contains(dashboardState.root) && sameBase(dashboardState.filters, filters)) {
      dashboardState.filters = filters;
      dashboardState.sort = sort;
      dashboardState.offset = offset;
      fillForm(dashboardState.form, filters);
      dashboardState.timeline.showRange(filters.from, filters.to);
      drawLegend(dashboardState);
      drawMarkers(dashboardState);
      updateDownloads(dashboardState);
      return loadTable(dashboardState);
    }
    const form = filterForm(filters);
    const mapBox = el('div', { id: 'map', role: 'region', 'aria-label': 'map of events' });
    const timelineBox = el('div', { className: 'timeline', id: 'timeline', role: 'region', 'aria-label': 'events per day' });
    const summary = el('p', { className: 'summary', id: 'summary' });
    const table = el('div', { id: 'table' });
    const downloads = el('div', { className: 'downloads', id: 'downloads' });
    const legend = el('div', { className: 'legend', id: 'legend' });
    const root = el('div', { className: 'dashboard' },
      el('aside', { className: 'filters' }, form, downloads),
      el('section', { className: 'visuals' }, mapBox, legend, timelineBox, summary, table));
    view().replaceChildren(root);
    const state = { root, form, filters, sort, offset, table, summary, downloads, legend, points: null };
    dashboardState = state;
    updateDownloads(state);
    state.map = await baseMap(mapBox);
    state.markers = L.layerGroup().addTo(state.map);
    state.map.on('zoomend moveend', () => drawMarkers(state));
    boxDrawing(state);
    status('loading events…');
    // map and timeline get every event of the filters but the dates: brushing the timeline then
    // filters the map here and the table on the server
    const asked = performance.now();
    const points = await api('/api/points?' + apiQuery(filters, ['from', 'to']));
    mapBox.dataset.pointsMs = (performance.now() - asked).toFixed(1);
    state.points = points;
    status(fmt(points.total) + ' events' + (points.truncated ? ' (the first ' + fmt(points.document.length) + ' drawn)' : ''));
    state.timeline = timeline(timelineBox, points, filters.from, filters.to, (from, to) => {
      const next = Object.assign({}, state.filters, { from, to });
      location.hash = dashboardHash(next, { sort: state.sort });
    });
    drawLegend(state);
    drawMarkers(state);
    fitToPoints(state);
    await loadTable(state);
  }

  function sameBase(a, b) {
    return FILTERS.every(k => k === 'from' || k === 'to' || (a[k] || '') === (b[k] || ''));
  }

  function filterForm(filters) {
    const input = (name, label, attrs) => el('label', {}, label,
      el('input', Object.assign({ name, value: filters[name] || '', autocomplete: 'off' }, attrs || {})));
    const select = (name, label, options) => el('label', {}, label,
      el('select', { name }, el('option', { value: '' }, 'any'),
        options.map(o => el('option', { value: o, selected: filters[name] === o }, o.toLowerCase()))));
    const form = el('form', { id: 'filters', 'aria-label': 'filters' },
      input('text', 'Text (search)', { placeholder: 'words in the articles', type: 'search' }),
      input('actor', 'Actor', { placeholder: 'name or CAMEO code' }),
      select('type', 'Type (PLOVER)', TYPES.map(t => t[0])),
      input('code', 'CAMEO code', { placeholder: '19, 190, 1823', pattern: '[0-9]{2,4}' }),
      input('country', 'Country', { placeholder: 'ISO code: SY, IQ' }),
      input('place', 'Place', { placeholder: 'Idlib, Syria' }),
      input('outlet', 'Outlet', { placeholder: 'the publisher' }),
      select('mode', 'Mode', MODES),
      el('div', { className: 'row' },
        input('from', 'From', { type: 'date' }),
        input('to', 'To', { type: 'date' })),
      input('bbox', 'Box (west,south,east,north)', { placeholder: 'draw it on the map' }),
      el('div', { className: 'buttons' },
        el('button', { type: 'submit', className: 'primary' }, 'Apply'),
        el('button', { type: 'button', id: 'draw-box', title: 'drag a box on the map' }, 'Draw box'),
        el('button', { type: 'button', id: 'reset' }, 'Reset')));
    form.addEventListener('submit', e => {
      e.preventDefault();
      const next = {};
      for (const key of FILTERS) next[key] = (form.elements[key].value || '').trim();
      location.hash = dashboardHash(next);
    });
    form.querySelector('#reset').addEventListener('click', () => { location.hash = '#/'; });
    return form;
  }

  function fillForm(form, filters) {
    for (const key of FILTERS) form.elements[key].value = filters[key] || '';
  }

  function updateDownloads(state) {
    const q = apiQuery(state.filters);
    q.set('sort', state.sort);
    const link = (format, label) => {
      const p = new URLSearchParams(q);
      p.set('format', format);
      return el('a', { href: '/api/export?' + p, download: 'herodotus-events', dataset: { format } }, label);
    };
    state.downloads.replaceChildren(el('strong', {}, 'Download this selection'), el('br'),
      link('acled-csv', 'CSV (ACLED-like)'), link('csv', 'CSV'), link('jsonl', 'JSON Lines'), link('geojson', 'GeoJSON'));
  }

  /** The types present, with how many events of each lie in the chosen dates. */
  function drawLegend(state) {
    const counts = {};
    for (const i of visible(state)) counts[state.points.type[i]] = (counts[state.points.type[i]] || 0) + 1;
    const present = TYPES.map(t => t[0]).filter(t => counts[t]);
    const others = Object.keys(counts).filter(t => !COLOUR[t]).reduce((n, t) => n + counts[t], 0);
    const item = (name, c, n) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = c;
      return el('span', {}, swatch, name.toLowerCase() + ' ' + fmt(n));
    };
    state.legend.replaceChildren(...present.map(t => item(t, colour(t), counts[t])), others ? item('other', OTHER, others) : null);
  }

  /** The indexes of the points inside the date range of the filters. */
  function visible(state) {
    const { from, to } = state.filters;
    const days = state.points.day;
    const keep = [];
    for (let i = 0; i < days.length; i++) {
      const d = days[i];
      if ((from || to) && !d) continue;
      if (from && d < from) continue;
      if (to && d > to) continue;
      keep.push(i);
    }
    return keep;
  }

  /**
   * Draws the events as markers clustered on a screen grid of 56 px at the current zoom: a cell
   * with one event is a dot in its type's colour, a cell with more a disc with the count, coloured
   * by its commonest type. Recomputed on every zoom and pan over the points in view, so 50,000
   * events stay a few hundred markers. Movements are arrows from origin to destination.
   */
  function drawMarkers(state) {
    if (!state.points || !state.map) return;
    const began = performance.now();
    const map = state.map;
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.25);
    const p = state.points;
    const cells = new Map();
    const shown = visible(state);
    for (const i of shown) {
      const lat = p.lat[i], lon = p.lon[i];
      if (lat === null || lon === null) continue;
      const at = L.latLng(lat, lon);
      if (!bounds.contains(at)) continue;
      const px = map.project(at, zoom);
      const key = Math.floor(px.x / 56) + ':' + Math.floor(px.y / 56);
      let cell = cells.get(key);
      if (!cell) cells.set(key, cell = { lat: 0, lon: 0, members: [], types: {} });
      cell.lat += lat; cell.lon += lon;
      cell.members.push(i);
      cell.types[p.type[i]] = (cell.types[p.type[i]] || 0) + 1;
    }
    state.markers.clearLayers();
    for (const cell of cells.values()) {
      const n = cell.members.length;
      const centre = L.latLng(cell.lat / n, cell.lon / n);
      const top = Object.entries(cell.types).sort((a, b) => b[1] - a[1])[0][0];
      let marker;
      if (n === 1) {
        marker = L.circleMarker(centre, { radius: 7, color: '#fff', weight: 1.5, fillColor: colour(top), fillOpacity: 0.95 });
      } else {
        const size = n < 10 ? 26 : n < 100 ? 32 : n < 1000 ? 40 : 48;
        const disc = el('div', { className: 'cluster-icon', text: n < 1000 ? String(n) : Math.round(n / 1000) + 'k' });
        disc.style.background = colour(top);
        marker = L.marker(centre, { icon: L.divIcon({ html: disc, className: 'cluster-marker', iconSize: [size, size] }),
          title: fmt(n) + ' events, mostly ' + top.toLowerCase(), keyboard: true });
      }
      marker.on('click', () => {
        if (n > 1 && zoom < map.getMaxZoom() - 1 && spread(p, cell.members) > 0.0005) {
          map.setView(centre, Math.min(zoom + 2, map.getMaxZoom()));
        } else {
          L.popup({ maxWidth: 320 }).setLatLng(centre).setContent(popupList(p, cell.members)).openOn(map);
        }
      });
      marker.addTo(state.markers);
    }
    drawFlows(state, shown, bounds);
    // what is drawn, for tests and for anyone reading the page's markup
    const box = map.getContainer();
    box.dataset.markers = String(cells.size);
    box.dataset.events = String(shown.length);
    box.dataset.drawMs = (performance.now() - began).toFixed(1);
  }

  /** How far apart a cell's events lie, in degrees: events at one place cannot be zoomed apart. */
  function spread(p, members) {
    let minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (const i of members) {
      minLat = Math.min(minLat, p.lat[i]); maxLat = Math.max(maxLat, p.lat[i]);
      minLon = Math.min(minLon, p.lon[i]); maxLon = Math.max(maxLon, p.lon[i]);
    }
    return Math.max(maxLat - minLat, maxLon - minLon);
  }

  function popupList(p, members) {
    const shown = members.slice(0, 30);
    return el('div', {},
      el('strong', {}, fmt(members.length) + (members.length === 1 ? ' event' : ' events')),
      el('ul', { className: 'popup-list' }, shown.map(i =>
        el('li', {}, el('a', { href: eventHref(p.document[i], p.index[i]) }, (p.type[i] || 'event').toLowerCase()),
          ' ', p.day[i] || 'undated'))),
      members.length > shown.length ? el('div', { className: 'muted' }, '… and ' + fmt(members.length - shown.length) + ' more') : null);
  }

  function drawFlows(state, shown, bounds) {
    const inView = new Set(shown);
    const map = state.map;
    let drawn = 0;
    for (const [i, oLat, oLon, dLat, dLon] of state.points.flows) {
      if (!inView.has(i) || drawn >= 2000) continue;
      const from = L.latLng(oLat, oLon), to = L.latLng(dLat, dLon);
      if (!bounds.contains(from) && !bounds.contains(to)) continue;
      const c = colour(state.points.type[i]);
      L.polyline([from, to], { color: c, weight: 2, opacity: 0.8, className: 'flow' }).addTo(state.markers);
      // the arrow head: two short strokes at the destination, drawn in screen space
      const a = map.latLngToLayerPoint(from), b = map.latLngToLayerPoint(to);
      const angle = Math.atan2(b.y - a.y, b.x - a.x);
      const head = d => map.layerPointToLatLng(L.point(b.x - 12 * Math.cos(angle + d), b.y - 12 * Math.sin(angle + d)));
      L.polyline([head(0.45), to, head(-0.45)], { color: c, weight: 2, opacity: 0.9 }).addTo(state.markers);
      drawn++;
    }
  }

  function fitToPoints(state) {
    const p = state.points;
    const located = [];
    for (let i = 0; i < p.lat.length && located.length < 20000; i++) if (p.lat[i] !== null) located.push([p.lat[i], p.lon[i]]);
    if (located.length) state.map.fitBounds(L.latLngBounds(located).pad(0.2), { maxZoom: 6 });
  }

  /** "Draw box": the next drag on the map draws the bounding-box filter. */
  function boxDrawing(state) {
    const button = state.form.querySelector('#draw-box');
    const map = state.map;
    let start = null, rectangle = null;
    const stop = () => {
      map.dragging.enable();
      document.body.classList.remove('drawing');
      button.classList.remove('active');
      map.off('mousedown', down); map.off('mousemove', move); map.off('mouseup', up);
    };
    const down = e => { start = e.latlng; rectangle = L.rectangle(L.latLngBounds(start, start), { color: '#d1a800', weight: 2 }).addTo(map); };
    const move = e => { if (start) rectangle.setBounds(L.latLngBounds(start, e.latlng)); };
    const up = e => {
      if (!start) return;
      const b = L.latLngBounds(start, e.latlng);
      start = null;
      stop();
      const r = x => Math.round(x * 100) / 100;
      const box = [r(Math.max(-180, b.getWest())), r(Math.max(-90, b.getSouth())), r(Math.min(180, b.getEast())), r(Math.min(90, b.getNorth()))];
      state.form.elements.bbox.value = box.join(',');
      state.form.requestSubmit();
    };
    button.addEventListener('click', () => {
      if (button.classList.contains('active')) { stop(); return; }
      button.classList.add('active');
      document.body.classList.add('drawing');
      map.dragging.disable();
      map.on('mousedown', down); map.on('mousemove', move); map.on('mouseup', up);
    });
  }

  // ---- the timeline: events per day (or week, month), stacked by type, with a brush -------------

  const DAY = 86400;

  function timeline(box, points, from, to, onRange) {
    const days = points.day.filter(Boolean).sort();
    box.replaceChildren();
    const hint = el('div', { className: 'hint' }, el('span', { id: 'timeline-unit' }), el('span', {}, 'drag across the chart to filter by date'),
      el('button', { type: 'button', id: 'clear-range', hidden: !(from || to) }, 'all dates'));
    hint.querySelector('#clear-range').addEventListener('click', () => onRange('', ''));
    box.append(hint);
    if (!days.length) {
      box.append(el('p', { className: 'muted' }, 'No dated events.'));
      return { showRange() {} };
    }
    const first = Date.parse(days[0]) / 1000, last = Date.parse(days[days.length - 1]) / 1000;
    const span = (last - first) / DAY;
    const unit = span <= 400 ? 'day' : span <= 2500 ? 'week' : 'month';
    hint.querySelector('#timeline-unit').textContent = 'events per ' + unit;
    const bucket = iso => {
      const d = new Date(iso + 'T00:00:00Z');
      if (unit === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      if (unit === 'month') d.setUTCDate(1);
      return d.getTime() / 1000;
    };
    const next = s => {
      const d = new Date(s * 1000);
      if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
      else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7);
      else d.setUTCMonth(d.getUTCMonth() + 1);
      return d.getTime() / 1000;
    };
    const xs = [];
    for (let s = bucket(days[0]); s <= last; s = next(s)) xs.push(s);
    const position = new Map(xs.map((x, i) => [x, i]));
    const present = TYPES.map(t => t[0]).filter(t => points.type.includes(t));
    if (points.type.some(t => !COLOUR[t])) present.push('OTHER');
    const counts = present.map(() => new Array(xs.length).fill(0));
    points.day.forEach((d, i) => {
      if (!d) return;
      const t = COLOUR[points.type[i]] ? points.type[i] : 'OTHER';
      counts[present.indexOf(t)][position.get(bucket(d))]++;
    });
    // stacked: each series is the sum of itself and those below; drawn top first
    const stacked = [];
    let running = new Array(xs.length).fill(0);
    for (const c of counts) {
      running = running.map((v, i) => v + c[i]);
      stacked.push(running);
    }
    const order = present.map((t, i) => i).reverse();
    const width = Math.max(300, box.clientWidth - 12);
    const bars = uPlot.paths.bars({ size: [0.9, 40] });
    const opts = {
      width, height: 150,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      select: { show: true },
      scales: { x: { time: true } },
      axes: [{ stroke: '#5b6475', grid: { show: false } }, { stroke: '#5b6475', size: 40, grid: { stroke: '#eceef2' } }],
      series: [{}].concat(order.map(i => ({ label: present[i].toLowerCase(), fill: colour(present[i]), stroke: colour(present[i]), width: 0, paths: bars }))),
      hooks: {
        setSelect: [u => {
          if (u.select.width < 3) return;
          const a = u.posToVal(u.select.left, 'x'), b = u.posToVal(u.select.left + u.select.width, 'x');
          const iso = s => new Date(s * 1000).toISOString().slice(0, 10);
          onRange(iso(a), iso(b));
        }]
      }
    };
    const plot = new uPlot(opts, [xs].concat(order.map(i => stacked[i])), box);
    const showRange = (f, t) => {
      hint.querySelector('#clear-range').hidden = !(f || t);
      if (!f && !t) { plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false); return; }
      const l = plot.valToPos(f ? Date.parse(f) / 1000 : xs[0], 'x');
      const r = plot.valToPos(t ? Date.parse(t) / 1000 + DAY : next(xs[xs.length - 1]), 'x');
      plot.setSelect({ left: Math.max(0, l), width: Math.max(2, r - l), top: 0, height: plot.bbox.height / devicePixelRatio }, false);
    };
    showRange(from, to);
    window.addEventListener('resize', () => plot.setSize({ width: Math.max(300, box.clientWidth - 12), height: 150 }));
    return { showRange };
  }

  // ---- the event table ------------------------------------------------------------------------

  async function loadTable(state) {
    const q = apiQuery(state.filters);
    q.set('sort', state.sort);
    q.set('limit', PAGE);
    q.set('offset', state.offset);
    const page = await api('/api/events?' + q);
    const shownTo = Math.min(page.total, state.offset + page.items.length);
    state.summary.textContent = page.total
      ? 'Events ' + fmt(page.total ? state.offset + 1 : 0) + '–' + fmt(shownTo) + ' of ' + fmt(page.total) + (state.filters.from || state.filters.to ? ' in the chosen dates' : '')
      : 'No event matches these filters.';
    const go = (offset, sort) => dashboardHash(state.filters, { sort: sort || state.sort, offset: offset || '' });
    const sortable = (label, key) => {
      const th = el('th', { className: 'sortable', scope: 'col', tabindex: 0, title: 'sort by ' + label.toLowerCase() }, label);
      if (state.sort === key) th.classList.add('sorted-asc');
      if (state.sort === '-' + key) th.classList.add('sorted-desc');
      const flip = () => { location.hash = go(0, state.sort === '-' + key ? key : '-' + key); };
      th.addEventListener('click', flip);
      th.addEventListener('keydown', e => { if (e.key === 'Enter') flip(); });
      return th;
    };
    const plain = (label, wide) => el('th', { scope: 'col', className: wide ? 'wide' : null }, label);
    const name = side => side ? (side.name || side.text) + (side.code ? ' (' + side.code + ')' : '') : '';
    const rows = page.items.map(e => {
      const row = el('tr', { dataset: { document: e.document, index: e.index }, tabindex: 0 },
        el('td', {}, e.date || e.published || ''),
        el('td', {}, chip(e.plover), ' ', e.code || ''),
        el('td', {}, e.action, ' ', el('span', { className: 'mode' }, e.mode)),
        el('td', {}, name(e.source)),
        el('td', {}, name(e.target)),
        el('td', {}, e.place ? (e.place.name || e.place.text) + (e.place.country ? ', ' + e.place.country : '') : ''),
        el('td', { className: 'wide' }, e.outlet || ''));
      const open = () => { location.hash = eventHref(e.document, e.index); };
      row.addEventListener('click', open);
      row.addEventListener('keydown', k => { if (k.key === 'Enter') open(); });
      return row;
    });
    const pager = el('div', { className: 'pager' },
      el('a', { href: go(Math.max(0, state.offset - PAGE)), id: 'previous', hidden: state.offset === 0 }, '← previous'),
      el('span', {}, 'page ' + fmt(Math.floor(state.offset / PAGE) + 1) + ' of ' + fmt(Math.max(1, Math.ceil(page.total / PAGE)))),
      el('a', { href: go(state.offset + PAGE), id: 'next', hidden: shownTo >= page.total }, 'next →'));
    state.table.replaceChildren(
      el('div', { className: 'table-scroll' }, el('table', { className: 'events', id: 'events' },
        el('thead', {}, el('tr', {}, sortable('Date', 'date'), sortable('Type', 'type'), plain('Action'), sortable('Source', 'source'),
          sortable('Target', 'target'), sortable('Place', 'place'), plain('Outlet', true))),
        el('tbody', {}, rows))),
      pager);
  }

  // ---- one event: who did what to whom, where, when, and who says so ---------------------------

  async function eventPage(documentId, index) {
    status('loading the event…');
    const [event, article] = await Promise.all([
      api('/api/event?document=' + enc(documentId) + '&index=' + enc(index)),
      api('/api/document?id=' + enc(documentId))]);
    const quote = (article.quotes || []).find(q => q.span.start <= event.trigger.start && event.trigger.end <= q.span.end);
    const side = s => s ? el('span', {}, s.actor || s.code ? el('a', { href: actorHref(s.code && !s.code.startsWith('---') ? s.code : (s.name || s.text)) }, s.name || s.text) : s.text,
      s.code ? ' (' + s.code + ')' : '', s.text !== s.name && s.name ? el('span', { className: 'muted' }, ' “' + s.text + '”') : null) : el('span', { className: 'muted' }, 'not named');
    const where = p => p ? el('span', {}, p.name || p.text, p.admin1 ? ', ' + p.admin1 : '', p.country ? ', ' + p.country : '',
      el('span', { className: 'muted' }, ' (' + (p.precision || '').toLowerCase() + (p.geonameid ? ', GeoNames ' + p.geonameid : '')
        + (p.lat !== null && p.lat !== undefined ? ', ' + p.lat.toFixed(3) + ', ' + p.lon.toFixed(3) : '') + ')')) : el('span', { className: 'muted' }, 'not given');
    const facts = el('dl', { className: 'facts', id: 'facts' },
      el('dt', {}, 'Who'), el('dd', {}, side(event.source)),
      el('dt', {}, 'Did what'), el('dd', {}, chip(event.plover), ' ', event.action, event.code ? ' — CAMEO ' + event.code : ''),
      el('dt', {}, 'To whom'), el('dd', {}, side(event.target)),
      el('dt', {}, 'Where'), el('dd', {}, where(event.place)),
      event.origin ? [el('dt', {}, 'From'), el('dd', {}, where(event.origin))] : null,
      event.destination ? [el('dt', {}, 'To'), el('dd', {}, where(event.destination))] : null,
      el('dt', {}, 'When'), el('dd', {}, event.date || 'undated', event.datePrecision ? el('span', { className: 'muted' }, ' (' + event.datePrecision + ')') : null),
      event.killed !== null && event.killed !== undefined ? [el('dt', {}, 'Killed'), el('dd', {}, fmt(event.killed))] : null,
      event.injured !== null && event.injured !== undefined ? [el('dt', {}, 'Injured'), el('dd', {}, fmt(event.injured))] : null,
      el('dt', {}, 'Mode'), el('dd', {}, (event.mode || '').toLowerCase()),
      el('dt', {}, 'Confidence'), el('dd', {}, (event.confidence || 0).toFixed(2)));
    const cluster = event.clusterSummary;
    const reports = event.reports || [event];
    const sources = el('section', { id: 'sources' }, el('h2', {}, 'Who says so'),
      sourceChain(quote, event, article),
      cluster ? el('p', { className: 'summary', id: 'independent' },
        fmt(cluster.reports) + (cluster.reports === 1 ? ' report' : ' reports') + ' in ' + fmt(cluster.documents) + (cluster.documents === 1 ? ' article' : ' articles')
        + ' from ' + fmt(cluster.outlets) + (cluster.outlets === 1 ? ' outlet' : ' outlets') + '; '
        + fmt(cluster.independentSources) + (cluster.independentSources === 1 ? ' independent source' : ' independent sources')) : null,
      el('ol', { className: 'reports', id: 'reports' }, reports.map(r => el('li', { className: r.document === event.document && r.index === event.index ? 'this' : null },
        el('div', { className: 'meta' }, [r.outlet || 'unknown outlet', r.published || '', r.title || ''].filter(Boolean).join(' · ')),
        evidenceLine(r),
        el('div', { className: 'meta' }, el('a', { href: articleHref(r.document, r.index) }, 'in the article'), ' · ',
          el('a', { href: eventHref(r.document, r.index) }, 'this report'))))));
    const mapBox = el('div', { className: 'small-map', id: 'event-map' });
    const text = articleText(article, { evidence: event.evidence, trigger: event.trigger });
    view().replaceChildren(el('div', { className: 'page' },
      el('p', {}, el('a', { href: '#/' }, '← all events')),
      el('h1', {}, (event.plover || 'Event').toLowerCase() + ': ' + event.action + (event.place ? ' in ' + (event.place.name || event.place.text) : '')),
      el('div', { className: 'columns' },
        el('div', {}, facts, sources),
        el('div', {}, mapBox)),
      el('h2', {}, 'The evidence in its article: ', el('a', { href: articleHref(documentId, event.index) }, article.title || documentId)),
      text));
    const located = [event.place, event.origin, event.destination].filter(p => p && p.lat !== null && p.lat !== undefined);
    const map = await baseMap(mapBox, { scrollWheelZoom: false });
    for (const p of located) L.circleMarker([p.lat, p.lon], { radius: 8, color: '#fff', weight: 2, fillColor: colour(event.plover), fillOpacity: 1 }).addTo(map);
    if (located.length) map.setView([located[0].lat, located[0].lon], 6);
    // the article scrolls in its own box, to its evidence; the page stays at the top
    text.classList.add('scroll');
    const mark = text.querySelector('mark.evidence');
    if (mark) text.scrollTop = Math.max(0, mark.offsetTop - 60);
    status('');
  }

  /** The sentence of a report with its trigger word in bold. */
  function evidenceLine(r) {
    const s = r.evidence.text, start = r.trigger.start - r.evidence.start, end = r.trigger.end - r.evidence.start;
    if (start < 0 || end > s.length) return el('blockquote', {}, s);
    return el('blockquote', {}, s.slice(0, start), el('strong', {}, s.slice(start, end)), s.slice(end));
  }

  /** Speaker → cited outlet → publisher: who the article says said it, through whom, and who published it. */
  function sourceChain(quote, event, article) {
    const links = [];
    if (quote && quote.chain && quote.chain.length) {
      for (const c of quote.chain) links.push([c.name, c.role]);
    } else if (quote && quote.speaker) {
      links.push([quote.speaker, 'SPEAKER']);
    }
    if (!links.some(l => l[1] === 'PUBLISHER')) links.push([article.source || event.outlet || 'the article', 'PUBLISHER']);
    const chain = el('div', { className: 'chain', id: 'chain' });
    links.forEach(([name, role], i) => {
      if (i) chain.append(el('span', { className: 'arrow', 'aria-hidden': 'true' }, '→'));
      chain.append(el('span', { className: 'link' }, name, el('span', { className: 'role' }, role)));
    });
    const said = quote ? el('p', { className: 'muted' }, (quote.kind || '').toLowerCase() + ' speech: “' + quote.text + '”'
      + (quote.hedges && quote.hedges.length ? ' — hedged: ' + quote.hedges.join(', ') : '')) : el('p', { className: 'muted' }, 'Stated by the article itself.');
    return el('div', {}, chain, said);
  }

  // ---- the text of an article with what was found in it ---------------------------------------

  /**
   * The article's text, split at every boundary of an annotation, each piece a span carrying the
   * classes of the annotations over it (and their descriptions as its title).
   */
  function articleText(article, focus) {
    const text = article.text || '';
    const anns = [];
    for (const a of article.annotations || []) {
      if (a.layer === 'entity') anns.push({ start: a.start, end: a.end, cls: 'ent ent-' + a.label, title: a.label.toLowerCase() });
      else if (a.layer === 'time') anns.push({ start: a.start, end: a.end, cls: 'time', title: 'date ' + (a.value || '') });
      else if (a.layer === 'actor') anns.push({ start: a.start, end: a.end, cls: 'actor', title: 'actor ' + a.label + (a.value ? ' (' + a.value + ')' : '') });
    }
    for (const p of article.places || []) {
      anns.push({ start: p.span.start, end: p.span.end, cls: 'place', title: 'place ' + (p.name || p.text) + (p.country ? ', ' + p.country : '') + (p.lat !== null && p.lat !== undefined ? ' (' + p.lat.toFixed(2) + ', ' + p.lon.toFixed(2) + ')' : ', unresolved') });
    }
    for (const q of article.quotes || []) {
      anns.push({ start: q.span.start, end: q.span.end, cls: 'quote', title: 'quote' + (q.speaker ? ' of ' + q.speaker : '') });
    }
    for (const e of article.events || []) {
      anns.push({ start: e.trigger.start, end: e.trigger.end, cls: 'evt', title: 'event: ' + (e.plover || '').toLowerCase() + ' ' + e.action, event: e.index });
    }
    const cuts = new Set([0, text.length]);
    for (const a of anns) { cuts.add(Math.max(0, Math.min(text.length, a.start))); cuts.add(Math.max(0, Math.min(text.length, a.end))); }
    if (focus) { cuts.add(focus.evidence.start); cuts.add(focus.evidence.end); cuts.add(focus.trigger.start); cuts.add(focus.trigger.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const box = el('div', { className: 'article-text', id: 'article-text' });
    let mark = null;
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k], e = points[k + 1];
      if (s === e) continue;
      const over = anns.filter(a => a.start <= s && e <= a.end);
      const piece = text.slice(s, e);
      let node;
      if (over.length) {
        node = el('span', { className: 'ann ' + over.map(a => a.cls).join(' '), title: over.map(a => a.title).join(' · ') }, piece);
        const evt = over.find(a => a.event !== undefined);
        if (evt && !focus) {
          node.classList.add('linked');
          node.addEventListener('click', () => { location.hash = eventHref(article.id, evt.event); });
        }
      } else {
        node = document.createTextNode(piece);
      }
      if (focus && focus.trigger.start <= s && e <= focus.trigger.end) {
        node = el('span', { className: 'trigger' }, node);
      }
      if (focus && focus.evidence.start <= s && e <= focus.evidence.end) {
        if (!mark || mark.dataset.end !== String(s)) {
          mark = el('mark', { className: 'evidence' });
          box.append(mark);
        }
        mark.append(node);
        mark.dataset.end = String(e);
      } else {
        box.append(node);
      }
    }
    return box;
  }

  async function articlePage(documentId, eventIndex) {
    status('loading the article…');
    const article = await api('/api/document?id=' + enc(documentId));
    const focusEvent = eventIndex !== null ? article.events.find(e => String(e.index) === eventIndex) : null;
    const text = articleText(article, focusEvent ? { evidence: focusEvent.evidence, trigger: focusEvent.trigger } : null);
    const toggles = el('div', { className: 'toggles', id: 'toggles' },
      [['entities', 'ent', 'entities'], ['places', 'place', 'places'], ['times', 'time', 'dates'], ['actors', 'actor', 'actors'],
        ['quotes', 'quote', 'quotes'], ['events', 'evt', 'events']].map(([name, key, label]) => {
        const box = el('input', { type: 'checkbox', checked: true, name });
        box.addEventListener('change', () => text.classList.toggle('hide-' + name, !box.checked));
        return el('label', {}, box, el('span', { className: 'key ' + key }), label);
      }));
    const href = safeHref(article.url);
    const eventsList = el('ul', { className: 'plain', id: 'article-events' }, article.events.map(e => el('li', {},
      chip(e.plover), ' ', el('a', { href: eventHref(article.id, e.index) }, e.action), ' ', e.date || '',
      e.place ? ' · ' + (e.place.name || e.place.text) : '')));
    const quotesList = el('ul', { className: 'plain', id: 'article-quotes' }, (article.quotes || []).map(q => el('li', {},
      el('strong', {}, q.speaker || 'unnamed'), ' ', el('span', { className: 'muted' }, (q.kind || '').toLowerCase()), ': “', q.text, '”',
      q.chain && q.chain.length ? el('div', { className: 'muted' }, q.chain.map(c => c.name).join(' → ')) : null)));
    const placesList = el('ul', { className: 'plain' }, (article.places || []).map(p => el('li', {}, p.text,
      el('span', { className: 'muted' }, p.lat !== null && p.lat !== undefined ? ' → ' + (p.name || '') + (p.country ? ', ' + p.country : '') + ' (' + (p.precision || '').toLowerCase() + ')' : ' (unresolved)'))));
    view().replaceChildren(el('div', { className: 'page' },
      el('p', {}, el('a', { href: '#/' }, '← all events')),
      el('h1', { id: 'article-title' }, article.title || article.id),
      el('p', { className: 'muted' }, [article.source, article.published].filter(Boolean).join(' · '), href ? ' · ' : '',
        href ? el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
      el('div', { className: 'columns' },
        el('div', {}, toggles, text),
        el('div', {}, el('h2', {}, 'Events'), eventsList, el('h2', {}, 'Quotes and reports'), quotesList,
          el('h2', {}, 'Places'), placesList))));
    const mark = text.querySelector('mark.evidence');
    if (mark) mark.scrollIntoView({ block: 'center' });
    status('');
  }

  // ---- actors and places ----------------------------------------------------------------------

  async function actorPage(key) {
    status('loading the actor…');
    const actor = await api('/api/actors/' + enc(key));
    const points = await api('/api/points?limit=50000&actor=' + enc(key));
    const events = await api('/api/events?limit=50&sort=-date&actor=' + enc(key));
    const chart = el('div', { className: 'timeline', id: 'actor-timeline' });
    view().replaceChildren(el('div', { className: 'page' },
      el('p', {}, el('a', { href: '#/actors' }, '← all actors')),
      el('h1', { id: 'actor-name' }, actor.name),
      el('dl', { className: 'facts' },
        el('dt', {}, 'CAMEO code'), el('dd', {}, actor.code || '—'),
        el('dt', {}, 'Type'), el('dd', {}, (actor.type || '—').toLowerCase().replace('_', ' ')),
        el('dt', {}, 'Country'), el('dd', {}, actor.country || '—'),
        el('dt', {}, 'Seen in'), el('dd', {}, fmt(actor.documents) + ' articles, ' + fmt(actor.mentions) + ' mentions')),
      el('h2', {}, 'Also called'), el('div', { className: 'aliases', id: 'aliases' }, actor.aliases.map(a => el('span', {}, a))),
      el('h2', {}, 'Events over time'), chart,
      el('p', {}, el('a', { href: dashboardHash({ actor: key }) }, 'all ' + fmt(points.total) + ' events on the map')),
      el('h2', {}, 'Latest events'),
      el('ul', { className: 'plain' }, events.items.map(e => el('li', {}, e.date || '', ' ', chip(e.plover), ' ',
        el('a', { href: eventHref(e.document, e.index) }, e.evidence.text))))));
    timeline(chart, points, '', '', (from, to) => { location.hash = dashboardHash({ actor: key, from, to }); });
    status('');
  }

  async function actorsPage(q) {
    const found = await api('/api/actors?limit=200' + (q ? '&q=' + enc(q) : ''));
    view().replaceChildren(el('div', { className: 'page' }, el('h1', {}, 'Actors'), searchBox(q, '#/actors'),
      el('table', { className: 'events', id: 'actors' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Actor'), el('th', {}, 'Code'), el('th', {}, 'Type'), el('th', {}, 'Articles'), el('th', { className: 'wide' }, 'Also called'))),
        el('tbody', {}, found.items.map(a => el('tr', {},
          el('td', {}, el('a', { href: actorHref(a.key) }, a.name)), el('td', {}, a.code || ''),
          el('td', {}, (a.type || '').toLowerCase().replace('_', ' ')), el('td', {}, fmt(a.documents)),
          el('td', { className: 'wide' }, a.aliases.slice(1, 6).join(', ')))))),
      found.items.length ? null : el('p', { className: 'muted' }, 'No actor matches.')));
  }

  async function placesPage(q) {
    const found = await api('/api/places?limit=200' + (q ? '&q=' + enc(q) : ''));
    view().replaceChildren(el('div', { className: 'page' }, el('h1', {}, 'Places'), searchBox(q, '#/places'),
      el('table', { className: 'events', id: 'places' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Place'), el('th', {}, 'Region'), el('th', {}, 'Country'), el('th', {}, 'Precision'), el('th', {}, 'Events'))),
        el('tbody', {}, found.items.map(p => el('tr', {},
          el('td', {}, el('a', { href: dashboardHash({ place: p.name }) }, p.name)), el('td', {}, p.admin1 || ''),
          el('td', {}, p.country || ''), el('td', {}, (p.precision || '').toLowerCase()), el('td', {}, fmt(p.events)))))),
      found.items.length ? null : el('p', { className: 'muted' }, 'No place matches.')));
  }

  function searchBox(q, target) {
    const input = el('input', { type: 'search', name: 'q', value: q, placeholder: 'words in the name', 'aria-label': 'search' });
    const form = el('form', { className: 'search-box' }, input, el('button', { type: 'submit' }, 'Find'));
    form.addEventListener('submit', e => {
      e.preventDefault();
      location.hash = target + (input.value.trim() ? '?q=' + enc(input.value.trim()) : '');
    });
    return form;
  }

  route();
})();
