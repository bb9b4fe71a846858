/* geoincidents map layer: draws the incidents embedded once as JSON (see maps/payload.py).
 *
 * Safety rule of this file: data is never parsed as HTML. Every text from the data goes
 * into the page through document.createTextNode / textContent; the only attribute set
 * from data is href, and only for absolute http(s) URLs (already filtered in Python).
 * Every text from the data sits in its own dir="auto" element (bidi isolation), so a
 * right-to-left override inside a name cannot reorder the text around it; the only
 * style set from the data is a colour, and only when it is #rrggbb.
 */
(function () {
  "use strict";
  if (window.GeoIncidents) {
    return;
  }

  // incident array fields (payload.INCIDENT_FIELDS)
  var F_ID = 0, F_DATE = 1, F_END = 2, F_PREC = 3, F_KIND = 4, F_WEAPON = 5, F_COUNT = 6,
    F_TARGET = 7, F_ORIGIN = 8, F_ACTOR = 9, F_CLAIM = 10, F_PARTY = 11, F_KILLED = 12,
    F_WOUNDED = 13, F_DAMAGE = 14, F_RESPONDS = 15, F_SOURCES = 16, F_NOTES = 17,
    F_WAVE = 18, F_GROUP = 19, F_COUNTRY = 20;
  // place fields
  var P_LAT = 0, P_LON = 1, P_NAME = 2, P_RADIUS = 3, P_RELATION = 4, P_RINGS = 5;
  // group fields
  var G_LAT = 0, G_LON = 1, G_KIND = 2, G_PLACE = 3, G_DX = 4, G_DY = 5, G_MEMBERS = 6;

  var PAGE = 25;

  /* ---------- DOM helpers: text only ---------- */

  function append(node, child) {
    if (child === null || child === undefined || child === "") {
      return;
    }
    if (Array.isArray(child)) {
      for (var i = 0; i < child.length; i++) {
        append(node, child[i]);
      }
    } else if (typeof child === "object" && child.nodeType) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }

  // attrs values are constants of this file, except href (checked by safeUrl)
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) {
          return;
        }
        if (k === "className") {
          node.className = v;
        } else {
          node.setAttribute(k, String(v));
        }
      });
    }
    append(node, children);
    return node;
  }

  function bidi(tag, value, cls) {
    return el(tag, { className: cls || null, dir: "auto" }, value);
  }

  function safeColor(value) {
    return typeof value === "string" && /^#[0-9a-fA-F]{6}$/.test(value) ? value : null;
  }

  function safeUrl(value) {
    if (typeof value !== "string") {
      return null;
    }
    var s = value.trim();
    // the same rule as escape.safe_url: no whitespace, controls, bidi marks or backslash
    if (!/^https?:\/\/[^\s\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+$/i.test(s)) {
      return null;
    }
    try {
      var u = new URL(s);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /* ---------- marker shapes, drawn on canvas (or SVG) ---------- */

  function shapePoints(shape, cx, cy, r, angleDeg, tip) {
    var pts;
    if (shape === "square") {
      var h = r * 0.88;
      pts = [[-h, -h], [h, -h], [h, h], [-h, h]];
    } else if (shape === "diamond") {
      var d = r * 1.2;
      pts = [[0, -d], [d, 0], [0, d], [-d, 0]];
    } else if (shape === "triangle") {
      pts = [[0, -r * 1.25], [r * 1.1, r * 0.8], [-r * 1.1, r * 0.8]];
    } else if (shape === "arrow") {
      var a = (angleDeg * Math.PI) / 180, ux = Math.cos(a), uy = Math.sin(a);
      var tx = cx - ux * tip, ty = cy - uy * tip, len = r * 1.9, w = r * 0.8;
      var bx = tx - ux * len, by = ty - uy * len;
      return [[tx, ty], [bx - uy * w, by + ux * w], [bx + uy * w, by - ux * w]];
    } else {
      return null; // circle
    }
    return pts.map(function (p) {
      return [cx + p[0], cy + p[1]];
    });
  }

  var ShapeMarker = L.CircleMarker.extend({
    options: { shape: "circle", angle: 0, dx: 0, dy: 0, tip: 0, label: "" },
    _center: function () {
      return this._point.add(L.point(this.options.dx, this.options.dy));
    },
    _updateBounds: function () {
      var r = this._radius * 1.3 + (this.options.weight || 0) + this.options.tip;
      var p = L.point(r + this._clickTolerance(), r + this._clickTolerance());
      var c = this._center();
      this._pxBounds = new L.Bounds(c.subtract(p), c.add(p));
    },
    _updatePath: function () {
      this._renderer._giUpdateShape(this);
    },
    _containsPoint: function (p) {
      return p.distanceTo(this._center()) <= this._radius + 2 + this._clickTolerance();
    },
    setLabel: function (label) {
      this.options.label = label;
      return this.redraw();
    },
  });

  L.Canvas.include({
    _giUpdateShape: function (layer) {
      if (!this._drawing || layer._empty()) {
        return;
      }
      var ctx = this._ctx, o = layer.options, c = layer._center(), r = layer._radius;
      var pts = shapePoints(o.shape, c.x, c.y, r, o.angle, o.tip);
      ctx.beginPath();
      if (pts) {
        ctx.moveTo(pts[0][0], pts[0][1]);
        for (var i = 1; i < pts.length; i++) {
          ctx.lineTo(pts[i][0], pts[i][1]);
        }
        ctx.closePath();
      } else {
        ctx.arc(c.x, c.y, Math.max(Math.round(r), 1), 0, Math.PI * 2, false);
      }
      this._fillStroke(ctx, layer);
      if (o.label) {
        ctx.font = "bold 10px sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.lineWidth = 3;
        ctx.strokeStyle = "rgba(0,0,0,0.7)";
        ctx.strokeText(o.label, c.x, c.y + 0.5);
        ctx.fillStyle = "#ffffff";
        ctx.fillText(o.label, c.x, c.y + 0.5);
      }
    },
  });

  L.SVG.include({
    _giUpdateShape: function (layer) {
      var o = layer.options, c = layer._center(), r = layer._radius, d;
      var pts = shapePoints(o.shape, c.x, c.y, r, o.angle, o.tip);
      if (pts) {
        d = "M" + pts.map(function (p) { return p[0] + "," + p[1]; }).join("L") + "z";
      } else {
        d = "M" + (c.x - r) + "," + c.y + "a" + r + "," + r + " 0 1,0 " + 2 * r + ",0" +
          "a" + r + "," + r + " 0 1,0 " + -2 * r + ",0";
      }
      this._setPath(layer, d);
    },
  });

  /* ---------- the incident layer ---------- */

  function incidentLayer(map, data, opts, toggles) {
    var kinds = data.kinds, weapons = data.weapons, waves = data.waves, places = data.places;
    var incidents = data.incidents, groups = data.groups, origins = data.origins;
    var links = data.links, lineStyles = opts.lines, countries = data.countries || [];
    var N = incidents.length;

    map.createPane("giAreas").style.zIndex = 390;
    map.createPane("giMarkers").style.zIndex = 450;
    var lineRenderer = L.canvas({ padding: 0.3, pane: "overlayPane" });
    var areaRenderer = L.canvas({ padding: 0.3, pane: "giAreas" });
    var markerRenderer = L.canvas({ padding: 0.3, pane: "giMarkers", tolerance: 2 });

    var areaLayer = L.layerGroup().addTo(map);
    var lineLayer = L.layerGroup().addTo(map);
    var markerLayer = L.layerGroup().addTo(map);

    var byId = new Map();
    for (var i = 0; i < N; i++) {
      byId.set(incidents[i][F_ID], i);
    }
    var answeredBy = new Map(); // incident index -> indices of incidents answering it
    for (i = 0; i < N; i++) {
      var rs = incidents[i][F_RESPONDS];
      for (var j = 0; j < rs.length; j++) {
        var a = byId.get(rs[j]);
        if (a !== undefined) {
          if (!answeredBy.has(a)) {
            answeredBy.set(a, []);
          }
          answeredBy.get(a).push(i);
        }
      }
    }

    var state = { from: data.dateMin || "", to: data.dateMax || "" };
    var visible = new Uint8Array(N);
    var visibleCount = 0;
    var groupMarkers = new Map(); // group index -> ShapeMarker (kept between refreshes)
    var shownGroups = new Set();
    var clusterMarkers = [];
    var stats = {};
    var listeners = [];
    var api;

    function toggleOn(list, index) {
      var g = list && list[index];
      return !g || map.hasLayer(g);
    }

    // layer switches: [values, switch layers, incident field]; a value is shown while its
    // switch is on (or it has none), an incident while all its values are shown
    var switches = [[kinds, toggles.kinds, F_KIND], [waves, toggles.waves, F_WAVE],
      [countries, toggles.countries, F_COUNTRY]];

    function computeVisible() {
      var on = switches.map(function (s) {
        return s[0].map(function (_, k) { return toggleOn(s[1], k); });
      });
      var from = state.from, to = state.to;
      visibleCount = 0;
      for (var n = 0; n < N; n++) {
        var r = incidents[n], end = r[F_END] || r[F_DATE];
        var v = (!to || r[F_DATE] <= to) && (!from || end >= from);
        for (var s = 0; v && s < switches.length; s++) {
          v = on[s][r[switches[s][2]]] !== false;
        }
        visible[n] = v ? 1 : 0;
        visibleCount += visible[n];
      }
    }

    function visibleMembers(g) {
      return groups[g][G_MEMBERS].filter(function (n) { return visible[n]; });
    }

    /* ----- text of popups and tooltips ----- */

    function kindLabel(n) {
      return kinds[incidents[n][F_KIND]][1];
    }

    // dates are ISO strings made in Python; the precision is a word from the data
    function dateText(r) {
      var t = [bidi("span", r[F_DATE])];
      if (r[F_END] && r[F_END] !== r[F_DATE]) {
        t.push(" – ", bidi("span", r[F_END]));
      }
      if (r[F_PREC] && r[F_PREC] !== "day") {
        t.push(" (", bidi("span", r[F_PREC]), ")");
      }
      return t;
    }

    function weaponText(r) {
      var w = [bidi("span", weapons[r[F_WEAPON]][1])];
      if (r[F_COUNT] !== null) {
        w.push(" × " + r[F_COUNT]);
      }
      return w;
    }

    function placeText(p) {
      var place = places[p], parts = [bidi("span", place[P_NAME] || "(unnamed)", "gi-place")];
      if (place[P_RELATION]) {
        parts.push(" — ", bidi("span", place[P_RELATION], "gi-relation"));
      }
      if (place[P_RADIUS]) {
        var km = place[P_RADIUS] / 1000;
        parts.push(" (± " + (km >= 1 ? km.toFixed(km < 10 ? 1 : 0) + " km" :
          Math.round(place[P_RADIUS]) + " m") + ")");
      }
      return parts;
    }

    function shortRef(n) {
      var r = incidents[n];
      return [bidi("span", r[F_DATE]), " ", bidi("span", kindLabel(n)), " — ",
        bidi("span", places[r[F_TARGET]][P_NAME])];
    }

    function field(dl, label, value) {
      if (value === null || value === undefined || value === "" ||
          (Array.isArray(value) && value.length === 0)) {
        return;
      }
      dl.appendChild(el("dt", null, label));
      dl.appendChild(el("dd", null, value));
    }

    function incidentNode(n) {
      var r = incidents[n], kind = kinds[r[F_KIND]];
      var box = el("article", { className: "gi-incident" });
      var swatch = el("span", { className: "gi-swatch" });
      var fill = safeColor(kind[3]);
      if (fill) {
        swatch.style.background = fill;
      }
      box.appendChild(el("header", { className: "gi-head" }, [
        swatch, el("strong", { className: "gi-date" }, dateText(r)), " ",
        bidi("span", kind[1], "gi-kind"),
      ]));
      var dl = el("dl", { className: "gi-fields" });
      field(dl, "Weapon", weaponText(r));
      field(dl, "Target", placeText(r[F_TARGET]));
      var country = countries[r[F_COUNTRY]];
      field(dl, "Country", country ? bidi("span", country[1]) : "");
      field(dl, "Targeted", r[F_PARTY] ? bidi("span", r[F_PARTY]) : "");
      field(dl, "Launched from", r[F_ORIGIN] >= 0 ? placeText(r[F_ORIGIN]) : "");
      var actor = r[F_ACTOR] ? [bidi("span", r[F_ACTOR]), " "] : ["Unknown actor "];
      actor.push(el("span", { className: "gi-claim" },
        ["(", bidi("span", r[F_CLAIM] || "unknown"), ")"]));
      field(dl, "Actor", actor);
      var cas = [];
      if (r[F_KILLED] !== null) {
        cas.push(r[F_KILLED] + " killed");
      }
      if (r[F_WOUNDED] !== null) {
        cas.push(r[F_WOUNDED] + " wounded");
      }
      field(dl, "Casualties", cas.join(", "));
      field(dl, "Damage", r[F_DAMAGE] ? bidi("span", r[F_DAMAGE]) : "");
      field(dl, "Responds to", r[F_RESPONDS].map(function (id) {
        var a = byId.get(id);
        return el("div", null, a === undefined ? [bidi("span", id), " (not on this map)"] :
          shortRef(a));
      }));
      field(dl, "Answered by", (answeredBy.get(n) || []).map(function (b) {
        return el("div", null, shortRef(b));
      }));
      field(dl, "Sources", r[F_SOURCES].length ? el("ul", { className: "gi-sources" },
        r[F_SOURCES].map(function (s) {
          var url = safeUrl(s[1]), name = s[0] || url || "source";
          var head = url ? el("a", {
            href: url, target: "_blank", rel: "noopener noreferrer", dir: "auto",
          }, name) : bidi("span", name);
          var meta = [s[2], s[3]].filter(Boolean).map(function (t) { return bidi("span", t); });
          if (meta.length === 2) {
            meta.splice(1, 0, ", ");
          }
          return el("li", null, [head, meta.length ? [" (", meta, ")"] : "",
            s[4] ? [" — ", bidi("span", s[4], "gi-claimtext")] : ""]);
        })) : "");
      field(dl, "Notes", r[F_NOTES] ? bidi("div", r[F_NOTES], "gi-notes") : "");
      field(dl, "ID", bidi("span", r[F_ID], "gi-id"));
      box.appendChild(dl);
      return box;
    }

    function groupPopup(g) {
      var list = visibleMembers(g);
      if (!list.length) {
        list = groups[g][G_MEMBERS];
      }
      var root = el("div", { className: "gi-popup" });
      var place = places[groups[g][G_PLACE]];
      root.appendChild(el("div", { className: "gi-popup-title" }, [
        bidi("span", place[P_NAME] || "(unnamed)"),
        list.length > 1 ? " — " + list.length + " incidents" : "",
      ]));
      var body = el("div", { className: "gi-popup-list" });
      root.appendChild(body);
      var shown = 0;
      function more() {
        var stop = Math.min(list.length, shown + PAGE);
        for (; shown < stop; shown++) {
          body.appendChild(incidentNode(list[shown]));
        }
        if (shown < list.length) {
          var left = list.length - shown;
          var btn = el("button", { type: "button", className: "gi-more" },
            "Show " + Math.min(PAGE, left) + " more (" + left + " not shown)");
          btn.addEventListener("click", function (ev) {
            L.DomEvent.stop(ev);
            btn.remove();
            more();
          });
          body.appendChild(btn);
        }
      }
      more();
      return root;
    }

    function groupTooltip(g) {
      var list = visibleMembers(g);
      if (!list.length) {
        list = groups[g][G_MEMBERS];
      }
      var first = incidents[list[0]], last = incidents[list[list.length - 1]];
      var place = places[groups[g][G_PLACE]];
      var box = el("div", { className: "gi-tooltip" });
      box.appendChild(bidi("div", place[P_NAME] || "(unnamed)", "gi-tooltip-place"));
      if (list.length === 1) {
        box.appendChild(el("div", null, [dateText(first), " · ", bidi("span", kindLabel(list[0])),
          " · ", weaponText(first)]));
        if (first[F_ACTOR]) {
          box.appendChild(bidi("div", first[F_ACTOR]));
        }
      } else {
        box.appendChild(el("div", null, [list.length + " × ", bidi("span", kindLabel(list[0])),
          ", ", bidi("span", first[F_DATE]), " – ", bidi("span", last[F_END] || last[F_DATE])]));
      }
      return box;
    }

    /* ----- drawing ----- */

    function groupStyle(g, count) {
      var gr = groups[g], kind = kinds[gr[G_KIND]], members = gr[G_MEMBERS];
      var stroke = weapons[incidents[members[0]][F_WEAPON]][2];
      for (var m = 1; m < members.length; m++) {
        if (weapons[incidents[members[m]][F_WEAPON]][2] !== stroke) {
          stroke = "#333333"; // mixed weapons
          break;
        }
      }
      var r = count <= 1 ? 7 : Math.min(18, 7 + 2 * Math.floor(Math.log2(count)));
      return {
        renderer: markerRenderer, pane: "giMarkers", shape: kind[2],
        fillColor: safeColor(kind[3]) || "#7f7f7f", fillOpacity: 0.9,
        color: safeColor(stroke) || "#bbbbbb", weight: 2.5, opacity: 1, radius: r,
        dx: gr[G_DX], dy: gr[G_DY], label: count > 1 ? String(count) : "",
        bubblingMouseEvents: false,
      };
    }

    function groupMarker(g) {
      var m = groupMarkers.get(g);
      if (!m) {
        m = new ShapeMarker([groups[g][G_LAT], groups[g][G_LON]], groupStyle(g, 1));
        m.bindPopup(function () { return groupPopup(g); },
          { maxWidth: 380, minWidth: 240, maxHeight: 360, className: "gi-leaflet-popup" });
        m.bindTooltip(function () { return groupTooltip(g); },
          { direction: "top", offset: [0, -8], className: "gi-leaflet-tooltip" });
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
      if (place[P_RINGS]) {
        areaLayer.addLayer(L.polygon(place[P_RINGS], style));
        stats.areas++;
      } else if (place[P_RADIUS] > 0) {
        areaLayer.addLayer(L.circle([place[P_LAT], place[P_LON]],
          L.extend({ radius: place[P_RADIUS] }, style)));
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
        b.extend([groups[e[0]][G_LAT], groups[e[0]][G_LON]]);
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

    function refresh() {
      computeVisible();
      stats = { incidents: visibleCount, markers: 0, clusters: 0, lines: 0, links: 0,
        arrows: 0, areas: 0, origins: 0, clustered: false, large: false };
      var shown = [];
      for (var g = 0; g < groups.length; g++) {
        var vm = visibleMembers(g);
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
          if (!view.contains([gr[G_LAT], gr[G_LON]])) {
            return;
          }
          if (!stats.clustered) {
            individual.set(e[0], e[1]);
            return;
          }
          var p = map.project([gr[G_LAT], gr[G_LON]], zoom);
          var key = Math.floor(p.x / size) + ":" + Math.floor(p.y / size);
          var cell = byCell.get(key);
          if (!cell) {
            byCell.set(key, (cell = []));
          }
          cell.push(e);
        });
        byCell.forEach(function (cell) {
          var samePoint = cell.every(function (e) {
            return groups[e[0]][G_LAT] === groups[cell[0][0]][G_LAT] &&
              groups[e[0]][G_LON] === groups[cell[0][0]][G_LON];
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
      var done = new Set();
      individual.forEach(function (vm) {
        vm.forEach(function (n) {
          drawArea(incidents[n][F_TARGET], done);
        });
      });

      // origin -> target lines (and a hollow marker at the launch point)
      var os = lineStyles.origin, originDone = new Set();
      origins.forEach(function (o) {
        var on = o[3].filter(function (n) {
          return visible[n] && individual.has(incidents[n][F_GROUP]);
        });
        if (!on.length) {
          return;
        }
        var from = [places[o[0]][P_LAT], places[o[0]][P_LON]];
        var to = [places[o[1]][P_LAT], places[o[1]][P_LON]];
        drawArea(o[0], done);
        lineLayer.addLayer(L.polyline([from, to], {
          renderer: lineRenderer, interactive: false, color: os.color, weight: os.weight,
          opacity: 0.8, dashArray: os.dash || null,
        }));
        stats.lines++;
        lineLayer.addLayer(arrow(to, o[2], os.color));
        if (!originDone.has(o[0])) {
          originDone.add(o[0]);
          lineLayer.addLayer(new ShapeMarker(from, {
            renderer: lineRenderer, interactive: false, radius: 4, color: os.color,
            weight: 2, fillColor: "#ffffff", fillOpacity: 1,
          }));
          stats.origins++;
        }
      });

      // attack -> response links (dashed curves)
      var ls = lineStyles.response;
      links.forEach(function (link) {
        var on = link[2].some(function (pair) {
          return visible[pair[0]] && visible[pair[1]] &&
            (individual.has(incidents[pair[0]][F_GROUP]) ||
             individual.has(incidents[pair[1]][F_GROUP]));
        });
        if (!on) {
          return;
        }
        lineLayer.addLayer(L.polyline(link[0], {
          renderer: lineRenderer, interactive: false, color: ls.color, weight: ls.weight,
          opacity: 0.9, dashArray: ls.dash || null,
        }));
        stats.links++;
        lineLayer.addLayer(arrow(link[0][link[0].length - 1], link[1], ls.color));
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
    map.on("zoomend moveend", function () {
      if (stats.large) {
        refreshSoon();
      }
    });

    api = {
      map: map,
      data: data,
      refresh: refresh,
      stats: function () { return L.extend({}, stats); },
      getRange: function () { return { from: state.from, to: state.to }; },
      setRange: function (from, to) {
        state.from = from || "";
        state.to = to || "";
        refresh();
      },
      onRefresh: function (fn) { listeners.push(fn); },
      markers: function () { return Array.from(shownGroups, function (g) { return groupMarkers.get(g); }); },
      clusters: function () { return clusterMarkers.slice(); },
      markerOf: function (id) {
        var n = byId.get(id);
        return n === undefined ? null : groupMarkers.get(incidents[n][F_GROUP]) || null;
      },
      markerPoint: function (marker) {
        return map.latLngToContainerPoint(marker.getLatLng())
          .add(L.point(marker.options.dx || 0, marker.options.dy || 0));
      },
      ready: false,
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

  /* ---------- time control ---------- */

  function timeControl(map, layer, opts) {
    var Control = L.Control.extend({
      onAdd: function () {
        var box = el("div", { className: "gi-time leaflet-bar", role: "group",
          "aria-label": "Date range" });
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var range = layer.getRange();
        var from = el("input", { type: "date", className: "gi-from", min: opts.min,
          max: opts.max, value: range.from, "aria-label": "From" });
        var to = el("input", { type: "date", className: "gi-to", min: opts.min,
          max: opts.max, value: range.to, "aria-label": "Until" });
        var reset = el("button", { type: "button", className: "gi-reset" }, "All dates");
        var status = el("div", { className: "gi-time-status", "aria-live": "polite" });
        box.appendChild(el("div", { className: "gi-time-title" }, "Dates"));
        box.appendChild(el("label", null, ["From ", from]));
        box.appendChild(el("label", null, ["Until ", to]));
        box.appendChild(reset);
        box.appendChild(status);
        function apply() {
          layer.setRange(from.value, to.value);
        }
        from.addEventListener("change", apply);
        to.addEventListener("change", apply);
        reset.addEventListener("click", function () {
          from.value = opts.min;
          to.value = opts.max;
          apply();
        });
        function update(l) {
          var s = l.stats();
          status.textContent = s.incidents + " of " + opts.total + " incidents shown";
        }
        layer.onRefresh(update);
        update(layer);
        return box;
      },
    });
    return new Control({ position: opts.position || "topleft" }).addTo(map);
  }

  /* ---------- legend and title (HTML built and escaped in Python) ---------- */

  function control(map, node, position) {
    var Control = L.Control.extend({
      onAdd: function () {
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
        node.hidden = false;
        return node;
      },
    });
    return new Control({ position: position }).addTo(map);
  }

  window.GeoIncidents = {
    maps: [],
    incidentLayer: incidentLayer,
    timeControl: timeControl,
    control: control,
    ShapeMarker: ShapeMarker,
    safeUrl: safeUrl,
    safeColor: safeColor,
  };
})();
