/* part 3: drawing the incidents: markers, clusters, lines, areas, labels, chains. */

var MAX_LABELS = 150;

function incidentLayer(map, data, opts, toggles) {
  var ctx = GI.context(map, data, toggles);
  var FI = ctx.FI, FP = ctx.FP, FG = ctx.FG, FO = ctx.FO, FL = ctx.FL;
  var incidents = ctx.incidents, places = ctx.places, groups = ctx.groups;
  var origins = ctx.origins, links = ctx.links, lineStyles = opts.lines;

  map.createPane("giAreas").style.zIndex = 390;
  map.createPane("giMarkers").style.zIndex = 450;
  map.createPane("giLabels").style.zIndex = 460;
  map.getPane("giLabels").style.pointerEvents = "none";
  var lineRenderer = L.canvas({ padding: 0.3, pane: "overlayPane" });
  var areaRenderer = L.canvas({ padding: 0.3, pane: "giAreas" });
  var markerRenderer = L.canvas({ padding: 0.3, pane: "giMarkers", tolerance: 2 });

  var areaLayer = L.layerGroup().addTo(map);
  var lineLayer = L.layerGroup().addTo(map);
  var markerLayer = L.layerGroup().addTo(map);
  var labelLayer = L.layerGroup().addTo(map);

  var groupMarkers = new Map(); // group index -> ShapeMarker (kept between refreshes)
  var shownGroups = new Set();
  var clusterMarkers = [];
  var drawnLinks = []; // [link index, polyline, arrow]
  var highlighted = null; // Set of incident indices of the highlighted chain
  var stats = {};
  var listeners = [];
  var labelsOn = opts.labels !== false;
  var api;

  var popups = GI.popups(ctx, { show: function (n) { api.show(n); } });

  function groupStyle(g, count) {
    var gr = groups[g], kind = ctx.kinds[gr[FG.kind]], members = gr[FG.members];
    var stroke = ctx.weapons[incidents[members[0]][FI.weapon]].stroke;
    for (var m = 1; m < members.length; m++) {
      if (ctx.weapons[incidents[members[m]][FI.weapon]].stroke !== stroke) {
        stroke = "#333333"; // mixed weapons
        break;
      }
    }
    var r = count <= 1 ? 7 : Math.min(18, 7 + 2 * Math.floor(Math.log2(count)));
    var dim = highlighted && !members.some(function (n) { return highlighted.has(n); });
    return {
      renderer: markerRenderer, pane: "giMarkers", shape: kind.shape,
      fillColor: safeColor(kind.fill) || "#7f7f7f", fillOpacity: dim ? 0.2 : 0.9,
      color: safeColor(stroke) || "#bbbbbb", weight: 2.5, opacity: dim ? 0.3 : 1, radius: r,
      dashArray: places[gr[FG.place]][FP.doubtful] ? "3 2" : null,
      dx: gr[FG.dx], dy: gr[FG.dy], label: count > 1 ? String(count) : "",
      bubblingMouseEvents: false,
    };
  }

  function setHighlight(n) {
    highlighted = n === null ? null : ctx.chainOf(n);
    drawnLinks.forEach(function (d) {
      var on = highlighted && links[d[0]][FL.pairs].some(function (p) {
        return highlighted.has(p[0]) && highlighted.has(p[1]);
      });
      var st = lineStyles.response;
      var style = highlighted ? (on ? { opacity: 1, weight: st.weight + 2, color: "#e6550d" } :
        { opacity: 0.12, weight: st.weight, color: st.color }) :
        { opacity: 0.9, weight: st.weight, color: st.color };
      d[1].setStyle(style);
      d[2].setStyle({ color: style.color, fillColor: style.color, opacity: style.opacity,
        fillOpacity: style.opacity });
    });
    shownGroups.forEach(function (g) {
      var m = groupMarkers.get(g), st = groupStyle(g, popups.membersOf(g).length);
      m.setStyle({ fillOpacity: st.fillOpacity, opacity: st.opacity });
    });
  }

  function groupMarker(g) {
    var m = groupMarkers.get(g);
    if (!m) {
      m = new ShapeMarker([groups[g][FG.lat], groups[g][FG.lon]], groupStyle(g, 1));
      m.bindPopup(function () { return popups.groupPopup(g, m.giFirst); },
        { maxWidth: 380, minWidth: 240, maxHeight: 360, className: "gi-leaflet-popup",
          autoPan: false }); // keepPopupsClear pans, clear of the controls
      m.bindTooltip(function () { return popups.groupTooltip(g); },
        { direction: "top", offset: [0, -8], className: "gi-leaflet-tooltip" });
      m.on("mouseover", function () {
        if (!api.pinned) {
          setHighlight(popups.membersOf(g)[0]);
        }
      });
      m.on("mouseout", function () {
        if (!api.pinned) {
          setHighlight(null);
        }
      });
      m.on("popupopen", function () {
        api.pinned = true;
        setHighlight(m.giFirst !== undefined ? m.giFirst : popups.membersOf(g)[0]);
      });
      m.on("popupclose", function () {
        api.pinned = false;
        m.giFirst = undefined;
        setHighlight(null);
      });
      m.giGroup = g;
      groupMarkers.set(g, m);
    }
    return m;
  }

  function drawArea(p, done) {
    if (done.has(p)) {
      return;
    }
    done.add(p);
    var place = places[p], st = lineStyles.area;
    var style = {
      renderer: areaRenderer, pane: "giAreas", interactive: false, color: st.color,
      weight: st.weight, dashArray: st.dash || null, fillColor: st.color, fillOpacity: 0.08,
    };
    if (place[FP.rings]) {
      areaLayer.addLayer(L.polygon(place[FP.rings], style));
      stats.areas++;
    } else if (place[FP.radius] > 0) {
      areaLayer.addLayer(L.circle([place[FP.lat], place[FP.lon]],
        L.extend({ radius: place[FP.radius] }, style)));
      stats.areas++;
    }
  }

  function arrow(latlng, angle, color) {
    stats.arrows++;
    return new ShapeMarker(latlng, {
      renderer: lineRenderer, interactive: false, shape: "arrow", angle: angle, tip: 7,
      radius: 5, color: color, weight: 1, fillColor: color, fillOpacity: 1,
    });
  }

  function clusterMarker(cell) {
    var count = 0, b = L.latLngBounds([]);
    cell.forEach(function (e) {
      count += e[1].length;
      b.extend([groups[e[0]][FG.lat], groups[e[0]][FG.lon]]);
    });
    var r = Math.min(24, 11 + 2.5 * Math.floor(Math.log2(count)));
    var m = new ShapeMarker(b.getCenter(), {
      renderer: markerRenderer, pane: "giMarkers", shape: "circle", radius: r,
      color: "#ffffff", weight: 2, fillColor: "#37474f", fillOpacity: 0.85,
      label: String(count), bubblingMouseEvents: false,
    });
    m.bindTooltip(count + " incidents at " + cell.length + " markers — click to zoom in",
      { direction: "top", className: "gi-leaflet-tooltip" });
    m.on("click", function () {
      map.fitBounds(b, { padding: [40, 40], maxZoom: map.getZoom() + 3 });
    });
    m.giCluster = cell;
    return m;
  }

  function drawLabels(individual) {
    labelLayer.clearLayers();
    stats.labels = 0;
    api.labelBoxes = [];
    if (!labelsOn || map.getZoom() < (opts.labelMinZoom || 5)) {
      return;
    }
    var view = map.getBounds(), count = new Map();
    individual.forEach(function (vm, g) {
      var p = groups[g][FG.place];
      count.set(p, (count.get(p) || 0) + vm.length);
    });
    var cands = [];
    count.forEach(function (c, p) {
      var ll = L.latLng(places[p][FP.lat], places[p][FP.lon]);
      if (view.contains(ll)) {
        cands.push({ latlng: ll, text: ctx.placeName(p), priority: c, cls: "gi-label-target" });
      }
    });
    cands.sort(function (a, b) { return b.priority - a.priority; });
    var taken = [];
    // the markers themselves are obstacles too
    shownGroups.forEach(function (g) {
      var pt = map.latLngToContainerPoint([groups[g][FG.lat], groups[g][FG.lon]]);
      taken.push([pt.x - 7, pt.y - 7, pt.x + 7, pt.y + 7]);
    });
    var made = declutter(map, cands, taken, MAX_LABELS);
    made.forEach(function (m) { labelLayer.addLayer(m); });
    stats.labels = made.length;
    api.labelBoxes = taken;
  }

  function refresh() {
    ctx.computeVisible();
    var visible = ctx.visible;
    stats = { incidents: ctx.visibleCount, markers: 0, clusters: 0, lines: 0, links: 0,
      arrows: 0, areas: 0, origins: 0, labels: 0, clustered: false, large: false };
    var shown = [];
    for (var g = 0; g < groups.length; g++) {
      var vm = groups[g][FG.members].filter(function (n) { return visible[n]; });
      if (vm.length) {
        shown.push([g, vm]);
      }
    }
    var individual = new Map(); // group -> visible members drawn as its own marker
    var cells = [];
    var zoom = map.getZoom();
    if (shown.length > opts.clusterThreshold) {
      // many markers: draw only what is in view, and cluster it unless zoomed far in
      stats.large = true;
      stats.clustered = zoom < opts.clusterMaxZoom;
      var view = map.getBounds().pad(0.2), byCell = new Map(), size = opts.clusterCellPx;
      shown.forEach(function (e) {
        var gr = groups[e[0]];
        if (!view.contains([gr[FG.lat], gr[FG.lon]])) {
          return;
        }
        if (!stats.clustered) {
          individual.set(e[0], e[1]);
          return;
        }
        var p = map.project([gr[FG.lat], gr[FG.lon]], zoom);
        var key = Math.floor(p.x / size) + ":" + Math.floor(p.y / size);
        var cell = byCell.get(key);
        if (!cell) {
          byCell.set(key, (cell = []));
        }
        cell.push(e);
      });
      byCell.forEach(function (cell) {
        var samePoint = cell.every(function (e) {
          return groups[e[0]][FG.lat] === groups[cell[0][0]][FG.lat] &&
            groups[e[0]][FG.lon] === groups[cell[0][0]][FG.lon];
        });
        if (samePoint) {
          cell.forEach(function (e) { individual.set(e[0], e[1]); });
        } else {
          cells.push(cell);
        }
      });
    } else {
      shown.forEach(function (e) { individual.set(e[0], e[1]); });
    }

    areaLayer.clearLayers();
    lineLayer.clearLayers();
    drawnLinks = [];
    var done = new Set();
    individual.forEach(function (vm) {
      vm.forEach(function (n) {
        drawArea(incidents[n][FI.target], done);
      });
    });

    // origin -> target lines (and a hollow marker at the launch point)
    var os = lineStyles.origin, originDone = new Set();
    origins.forEach(function (o) {
      var on = o[FO.incidents].filter(function (n) {
        return visible[n] && individual.has(incidents[n][FI.group]);
      });
      if (!on.length) {
        return;
      }
      var po = places[o[FO.origin]], pt = places[o[FO.target]];
      var from = [po[FP.lat], po[FP.lon]], to = [pt[FP.lat], pt[FP.lon]];
      drawArea(o[FO.origin], done);
      lineLayer.addLayer(L.polyline([from, to], {
        renderer: lineRenderer, interactive: false, color: os.color, weight: os.weight,
        opacity: 0.8, dashArray: os.dash || null,
      }));
      stats.lines++;
      lineLayer.addLayer(arrow(to, o[FO.angle], os.color));
      if (!originDone.has(o[FO.origin])) {
        originDone.add(o[FO.origin]);
        lineLayer.addLayer(new ShapeMarker(from, {
          renderer: lineRenderer, interactive: false, radius: 4, color: os.color,
          weight: 2, fillColor: "#ffffff", fillOpacity: 1,
        }));
        stats.origins++;
      }
    });

    // attack -> response links (dashed curves)
    var ls = lineStyles.response;
    links.forEach(function (link, k) {
      var on = link[FL.pairs].some(function (pair) {
        return visible[pair[0]] && visible[pair[1]] &&
          (individual.has(incidents[pair[0]][FI.group]) ||
           individual.has(incidents[pair[1]][FI.group]));
      });
      if (!on) {
        return;
      }
      var flat = link[FL.curve], curve = [];  // sent flat: lat, lon, lat, lon, ...
      for (var c = 0; c + 1 < flat.length; c += 2) {
        curve.push([flat[c], flat[c + 1]]);
      }
      var line = L.polyline(curve, {
        renderer: lineRenderer, interactive: false, color: ls.color, weight: ls.weight,
        opacity: 0.9, dashArray: ls.dash || null,
      });
      var head = arrow(curve[curve.length - 1], link[FL.angle], ls.color);
      lineLayer.addLayer(line);
      lineLayer.addLayer(head);
      drawnLinks.push([k, line, head]);
      stats.links++;
    });

    // markers: keep the markers that stay, so an open popup survives a pan
    var next = new Set();
    individual.forEach(function (vm, g) {
      next.add(g);
      var m = groupMarker(g), st = groupStyle(g, vm.length);
      m.setStyle(st);
      m.options.label = st.label;
      m.setRadius(st.radius);
      if (!shownGroups.has(g)) {
        markerLayer.addLayer(m);
      }
      stats.markers++;
    });
    shownGroups.forEach(function (g) {
      if (!next.has(g)) {
        markerLayer.removeLayer(groupMarkers.get(g));
      }
    });
    shownGroups = next;
    clusterMarkers.forEach(function (m) { markerLayer.removeLayer(m); });
    clusterMarkers = cells.map(clusterMarker);
    clusterMarkers.forEach(function (m) { markerLayer.addLayer(m); });
    stats.clusters = clusterMarkers.length;
    if (highlighted) {
      setHighlight(Array.from(highlighted)[0]);
    }
    drawLabels(individual);
    window.GeoIncidents.basemaps.forEach(function (b) {
      if (b.map === map) {
        b.lang = ctx.state.lang;
        b.drawLabels(api.labelBoxes || []);
      }
    });
    listeners.forEach(function (fn) { fn(api); });
  }

  var pending = false;
  function refreshSoon() {
    if (pending) {
      return;
    }
    pending = true;
    L.Util.requestAnimFrame(function () {
      pending = false;
      refresh();
    });
  }

  map.on("overlayadd overlayremove", refreshSoon);
  map.on("zoomend moveend", refreshSoon);

  api = {
    map: map,
    data: data,
    ctx: ctx,
    refresh: refresh,
    pinned: false,
    stats: function () { return L.extend({}, stats); },
    getRange: function () { return { from: ctx.state.from, to: ctx.state.to }; },
    setRange: function (from, to) {
      ctx.state.from = from || "";
      ctx.state.to = to || "";
      refresh();
    },
    setExcluded: function (dim, values) {
      ctx.state.excluded[dim] = new Set(values);
      refresh();
    },
    setLanguage: function (lang) {
      ctx.state.lang = lang;
      refresh();
    },
    setLabels: function (on) {
      labelsOn = !!on;
      refresh();
    },
    onRefresh: function (fn) { listeners.push(fn); },
    markers: function () { return Array.from(shownGroups, function (g) { return groupMarkers.get(g); }); },
    clusters: function () { return clusterMarkers.slice(); },
    labels: function () {
      return labelLayer.getLayers().map(function (m) { return m.getElement(); });
    },
    highlighted: function () { return highlighted ? Array.from(highlighted).sort() : []; },
    highlight: function (id) { setHighlight(id === null ? null : ctx.byId.get(id)); },
    drawnLinks: function () {
      return drawnLinks.map(function (d) {
        return { link: d[0], opacity: d[1].options.opacity, color: d[1].options.color };
      });
    },
    visibleIndices: function () {
      var out = [];
      for (var n = 0; n < ctx.N; n++) {
        if (ctx.visible[n]) {
          out.push(n);
        }
      }
      return out;
    },
    markerOf: function (id) {
      var n = ctx.byId.get(id);
      return n === undefined ? null : groupMarkers.get(incidents[n][FI.group]) || null;
    },
    markerPoint: function (marker) {
      return map.latLngToContainerPoint(marker.getLatLng())
        .add(L.point(marker.options.dx || 0, marker.options.dy || 0));
    },
    // fly to incident n (index or id) and open its popup, first in its list
    show: function (n) {
      if (typeof n === "string") {
        n = ctx.byId.get(n);
      }
      if (n === undefined || n === null) {
        return;
      }
      var g = incidents[n][FI.group], ll = L.latLng(groups[g][FG.lat], groups[g][FG.lon]);
      map.closePopup();
      var zoom = Math.max(map.getZoom(), groups.length > opts.clusterThreshold ?
        opts.clusterMaxZoom : 7);
      var opened = false;
      function open() {
        if (opened) {
          return;
        }
        opened = true;
        refresh();
        var m = groupMarker(g);
        if (!shownGroups.has(g)) {
          markerLayer.addLayer(m);
          shownGroups.add(g);
        }
        m.giFirst = n;
        m.openPopup();
      }
      if (map.getBounds().pad(-0.1).contains(ll) && map.getZoom() >= zoom) {
        open();
      } else {
        map.once("moveend", function () { setTimeout(open, 0); });
        map.flyTo(ll, zoom, { duration: 0.6 });
        setTimeout(open, 2000); // should a slow machine drop the animation's last frames
      }
    },
    ready: false,
    // resolves once the map is still: no refresh pending, no pan, zoom or flight under
    // way, and two animation frames drawn since (canvas renderers paint on a frame), so
    // a caller (a test, a script) waits on the page's state, never on a fixed time
    settled: function () {
      return new Promise(function (resolve) {
        function moving() {
          return pending || !!map._animatingZoom || !!map._flyToFrame ||
            !!(map._panAnim && map._panAnim._inProgress);
        }
        function check() {
          L.Util.requestAnimFrame(function () {
            L.Util.requestAnimFrame(function () {
              if (moving()) {
                check();
              } else {
                resolve(true);
              }
            });
          });
        }
        check();
      });
    },
  };
  if (data.bounds) {
    // fit without animation, so the map is still once it reports ready
    map.fitBounds(data.bounds, { padding: [30, 30], maxZoom: 12, animate: false });
  }
  refresh();
  window.GeoIncidents.maps.push(api);
  // drawn: canvas renderers paint on the next animation frame
  L.Util.requestAnimFrame(function () {
    L.Util.requestAnimFrame(function () {
      api.ready = true;
      map.getContainer().setAttribute("data-gi-ready", "true");
    });
  });
  return api;
}
