/* part 4: the offline basemap: countries, governorates, rivers, towns (vector layers). */

var MAX_TOWN_LABELS = 80;

// data: maps/data/basemap.json; groups: the layer-control switches (folium layers)
function basemap(map, data, opts, groups) {
  map.createPane("giBase").style.zIndex = 250; // above tiles (200), below overlays (400)
  map.createPane("giBaseLabels").style.zIndex = 440;
  map.getPane("giBaseLabels").style.pointerEvents = "none";
  var renderer = L.canvas({ padding: 0.3, pane: "giBase" });
  var F = fieldIndex(data.fields.town);
  var fill = !!opts.fill;
  var api = { map: map, layers: {}, stats: { countries: 0, admin1: 0, rivers: 0, towns: 0, labels: 0 } };

  function unpack(flat) {
    // [lat*1e3, lon*1e3, dlat, dlon, ...] -> [[lat, lon], ...]
    var out = [], lat = 0, lon = 0;
    for (var i = 0; i < flat.length; i += 2) {
      lat += flat[i];
      lon += flat[i + 1];
      out.push([lat / 1000, lon / 1000]);
    }
    return out;
  }

  var countries = L.layerGroup(), admin1 = L.layerGroup(), rivers = L.layerGroup();
  var towns = L.layerGroup(), townLabels = L.layerGroup();
  data.countries.forEach(function (c) {
    countries.addLayer(L.polygon(c.rings.map(unpack), {
      renderer: renderer, pane: "giBase", interactive: false, color: "#5b4a3f", weight: 1.6,
      opacity: 0.9, fill: fill, fillColor: "#f3efe6", fillOpacity: 1,
    }));
    api.stats.countries++;
  });
  data.admin1.forEach(function (a) {
    admin1.addLayer(L.polygon(a.rings.map(unpack), {
      renderer: renderer, pane: "giBase", interactive: false, color: "#9a8c80", weight: 0.8,
      opacity: 0.8, dashArray: "4 3", fill: false,
    }));
    api.stats.admin1++;
  });
  data.rivers.forEach(function (line) {
    rivers.addLayer(L.polyline(unpack(line), {
      renderer: renderer, pane: "giBase", interactive: false, color: "#4a90c8", weight: 1.4,
      opacity: 0.9,
    }));
    api.stats.rivers++;
  });
  var dots = data.towns.map(function (t) {
    return L.circleMarker([t[F.lat], t[F.lon]], {
      renderer: renderer, pane: "giBase", interactive: false, radius: 2.5, color: "#333333",
      weight: 1, fillColor: "#ffffff", fillOpacity: 1,
    });
  });
  // towns by size: the small ones only when zoomed in
  function drawDots() {
    var zoom = map.getZoom(), n = 0;
    data.towns.forEach(function (t, k) {
      var on = t[F.rank] <= zoom - 3;
      if (on && !towns.hasLayer(dots[k])) {
        towns.addLayer(dots[k]);
      } else if (!on && towns.hasLayer(dots[k])) {
        towns.removeLayer(dots[k]);
      }
      n += on ? 1 : 0;
    });
    api.stats.towns = n;
  }
  drawDots();
  map.on("zoomend", drawDots);
  if (fill) {
    map.getContainer().classList.add("gi-offline");
  }

  function target(key) {
    return groups && groups[key] ? groups[key] : map;
  }
  target("countries").addLayer(countries);
  target("admin1").addLayer(admin1);
  target("rivers").addLayer(rivers);
  target("towns").addLayer(towns);
  map.addLayer(townLabels); // town and river names, shown with their layers
  api.layers = { countries: countries, admin1: admin1, rivers: rivers, towns: towns };
  api.lang = "en";

  function townName(t) {
    return (api.lang === "ar" && t[F.name_ar]) || (api.lang === "fa" && (t[F.name_fa] ||
      t[F.name_ar])) || t[F.name];
  }

  // labels of towns: the largest first, decluttered, never over the incident labels
  api.drawLabels = function (taken) {
    api.lastTaken = taken || [];
    townLabels.clearLayers();
    api.stats.labels = 0;
    var view = map.getBounds(), zoom = map.getZoom(), cands = [];
    (map.hasLayer(towns) ? data.towns : []).forEach(function (t) {
      var ll = L.latLng(t[F.lat], t[F.lon]);
      // small towns only when zoomed in
      if (view.contains(ll) && t[F.rank] <= zoom - 3) {
        cands.push({ latlng: ll, text: townName(t), priority: t[F.population],
          cls: "gi-label-town", pane: "giBaseLabels" });
      }
    });
    cands.sort(function (a, b) { return b.priority - a.priority; });
    // the rivers' names first (when the rivers are shown)
    if (map.hasLayer(rivers) && data.river_labels) {
      var FR = fieldIndex(data.fields.river_label), rl = [];
      data.river_labels.forEach(function (r) {
        var ll = L.latLng(r[FR.lat], r[FR.lon]);
        if (view.contains(ll)) {
          rl.push({ latlng: ll, text: (api.lang === "ar" && r[FR.name_ar]) ||
            (api.lang === "fa" && r[FR.name_fa]) || r[FR.name], cls: "gi-label-river",
            pane: "giBaseLabels" });
        }
      });
      cands = rl.concat(cands);
    }
    var made = declutter(map, cands, (taken || []).slice(), MAX_TOWN_LABELS);
    made.forEach(function (m) { townLabels.addLayer(m); });
    api.stats.labels = made.length;
  };
  api.labels = function () {
    return townLabels.getLayers().map(function (m) { return m.getElement(); });
  };
  if (opts.attribution && map.attributionControl) {
    map.attributionControl.addAttribution(opts.attribution); // escaped in Python
  }
  map.on("overlayadd overlayremove", function () {
    api.drawLabels(api.lastTaken);
  });
  window.GeoIncidents.basemaps.push(api);
  return api;
}
