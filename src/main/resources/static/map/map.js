// The coverage map: reads /map/coverage.geojson and draws it as inline SVG with an equirectangular
// projection (x = lon·cos(mid latitude), y = −lat). No tiles, no outside scripts.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 1000;
  var svg = document.getElementById('map');
  var form = document.getElementById('controls');
  var status = document.getElementById('status');
  var params = new URLSearchParams(window.location.search);

  document.getElementById('place').value = params.get('place') || '511402';
  document.getElementById('radius').value = params.get('radius') || '500';
  ensureOption(document.getElementById('radius'), document.getElementById('radius').value, document.getElementById('radius').value + ' m');

  fetch('/map/kinds.json').then(asJson).then(function (kinds) {
    var select = document.getElementById('kind');
    kinds.forEach(function (k) { ensureOption(select, k.name, label(k)); });
    select.value = params.get('kind') || 'ELDERLY_CARE';
    show();
  }).catch(fail);

  form.addEventListener('submit', function (e) { e.preventDefault(); show(); });
  document.getElementById('kind').addEventListener('change', show);
  document.getElementById('radius').addEventListener('change', show);

  function show() {
    var query = new URLSearchParams({
      place: document.getElementById('place').value.trim(),
      kind: document.getElementById('kind').value,
      radius: document.getElementById('radius').value
    });
    history.replaceState(null, '', '/map?' + query);
    status.textContent = 'Loading…';
    status.className = '';
    document.body.dataset.state = 'loading';
    fetch('/map/coverage.geojson?' + query).then(asJson).then(draw).catch(fail);
  }

  function draw(collection) {
    var grids = collection.features.filter(function (f) { return f.properties.type === 'grid'; });
    var providers = collection.features.filter(function (f) { return f.properties.type === 'provider'; });
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var box = bounds(collection.features);
    var kx = Math.cos((box.minLat + box.maxLat) / 2 * Math.PI / 180);
    var scale = WIDTH / Math.max((box.maxLon - box.minLon) * kx, 1e-9);
    var height = Math.max(1, Math.round((box.maxLat - box.minLat) * scale));
    svg.setAttribute('viewBox', '-10 -10 ' + (WIDTH + 20) + ' ' + (height + 20));
    function project(c) {
      return [((c[0] - box.minLon) * kx * scale).toFixed(1), ((box.maxLat - c[1]) * scale).toFixed(1)];
    }

    var radius = collection.radius;
    grids.forEach(function (f) {
      var p = f.properties;
      var path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', pathData(f.geometry, project));
      path.setAttribute('class', 'grid ' + category(p, radius));
      path.setAttribute('data-code', p.code);
      var title = document.createElementNS(SVG, 'title');
      title.textContent = describe(p);
      path.appendChild(title);
      path.addEventListener('mouseenter', function () { document.getElementById('hover').textContent = describe(p); });
      svg.appendChild(path);
    });
    providers.forEach(function (f) {
      var xy = project(f.geometry.coordinates);
      var dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('class', 'provider');
      dot.setAttribute('cx', xy[0]);
      dot.setAttribute('cy', xy[1]);
      dot.setAttribute('r', 4);
      var title = document.createElementNS(SVG, 'title');
      title.textContent = f.properties.name + ' (' + f.properties.kind + ')';
      dot.appendChild(title);
      svg.appendChild(dot);
    });

    svg.setAttribute('data-grids', grids.length);
    svg.setAttribute('data-providers', providers.length);
    var t = collection.totals;
    status.textContent = grids.length + ' grids, ' + providers.length + ' providers of ' + collection.kind
        + ' within ' + radius + ' m of a grid or nearest to one.';
    document.getElementById('summary').textContent = 'Covered: ' + t.grids.covered + ' of ' + t.grids.total
        + ' grids (' + t.grids.percent + ' %), ' + t.population.covered + ' of ' + t.population.total
        + ' people (' + t.population.percent + ' %).';
    document.body.dataset.state = 'ready';
  }

  function category(p, radius) {
    if (p.covered) { return 'covered'; }
    return p.nearestDistance !== null && p.nearestDistance <= 2 * radius ? 'near' : 'far';
  }

  function describe(p) {
    return p.name + ' ' + p.code + ': ' + (p.covered ? 'covered' : 'not covered') + ', nearest '
        + (p.nearestDistance === null ? 'none' : Math.round(p.nearestDistance) + ' m') + ', population ' + p.population;
  }

  function pathData(geometry, project) {
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon' ? geometry.coordinates
        : [[square(geometry.coordinates)]];
    return polygons.map(function (rings) {
      return rings.map(function (ring) {
        return 'M' + ring.map(function (c) { return project(c).join(' '); }).join('L') + 'Z';
      }).join('');
    }).join('');
  }

  function square(c) {
    var d = 0.0005;
    return [[c[0] - d, c[1] - d], [c[0] + d, c[1] - d], [c[0] + d, c[1] + d], [c[0] - d, c[1] + d], [c[0] - d, c[1] - d]];
  }

  function bounds(features) {
    var box = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
    function visit(c) {
      if (typeof c[0] === 'number') {
        box.minLon = Math.min(box.minLon, c[0]); box.maxLon = Math.max(box.maxLon, c[0]);
        box.minLat = Math.min(box.minLat, c[1]); box.maxLat = Math.max(box.maxLat, c[1]);
      } else {
        c.forEach(visit);
      }
    }
    features.forEach(function (f) { visit(f.geometry.coordinates); });
    if (!isFinite(box.minLon)) { return { minLon: 0, maxLon: 1, minLat: 0, maxLat: 1 }; }
    return box;
  }

  function label(kind) {
    var words = kind.name.toLowerCase().split('_').join(' ');
    return words.charAt(0).toUpperCase() + words.slice(1) + (kind.description ? ' · ' + kind.description : '');
  }

  function ensureOption(select, value, text) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { return; }
    }
    var option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    select.appendChild(option);
  }

  function asJson(response) {
    return response.json().then(function (body) {
      if (!response.ok) { throw new Error(body.error || response.statusText); }
      return body;
    });
  }

  function fail(error) {
    status.textContent = 'Could not draw the map: ' + error.message;
    status.className = 'error';
    document.body.dataset.state = 'error';
  }
})();
