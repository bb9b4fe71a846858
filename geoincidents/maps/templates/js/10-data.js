/* part 1: the data by field name, the filters, the attack -> response chains. */

var OTHER_ACTORS = "\u0000other";
var MAX_ACTOR_FILTERS = 40;

function dayNumber(iso) {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5);
}

function isoOfDay(day) {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}

// a real calendar date written YYYY-MM-DD (whatever the browser's locale)
function isIsoDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return false;
  }
  var d = new Date(text + "T00:00:00Z");
  return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

// the incidents as rows (read by field name): sent column by column, one list per field,
// turned into data.incidents once
function incidentRows(data) {
  if (data.incidents) {
    return data.incidents;
  }
  var cols = data.incident_columns, K = cols.length, N = K ? cols[0].length : 0;
  var rows = new Array(N), i, k;
  for (i = 0; i < N; i++) {
    var r = new Array(K);
    for (k = 0; k < K; k++) {
      r[k] = cols[k][i];
    }
    rows[i] = r;
  }
  data.incidents = rows;  // the data as the rest of the code (and tests) read it
  delete data.incident_columns;
  return rows;
}

GI.context = function (map, data, toggles) {
  var FI = fieldIndex(data.fields.incident), FP = fieldIndex(data.fields.place);
  var FG = fieldIndex(data.fields.group), FS = fieldIndex(data.fields.source);
  var FO = fieldIndex(data.fields.origin), FL = fieldIndex(data.fields.link);
  var incidents = incidentRows(data), places = data.places, N = incidents.length;
  var byId = new Map(), answeredBy = new Map();
  var i, j;
  for (i = 0; i < N; i++) {
    byId.set(incidents[i][FI.id], i);
  }
  for (i = 0; i < N; i++) {
    var rs = incidents[i][FI.responds_to];
    for (j = 0; j < rs.length; j++) {
      var a = byId.get(rs[j]);
      if (a !== undefined) {
        if (!answeredBy.has(a)) {
          answeredBy.set(a, []);
        }
        answeredBy.get(a).push(i);
      }
    }
  }

  // filter dimensions of the filter panel: value of incident n, and the values to list
  var actorCounts = new Map();
  for (i = 0; i < N; i++) {
    var ac = incidents[i][FI.actor] || "";
    actorCounts.set(ac, (actorCounts.get(ac) || 0) + 1);
  }
  var actorList = Array.from(actorCounts.keys()).sort(function (x, y) {
    return actorCounts.get(y) - actorCounts.get(x) || (x < y ? -1 : x > y ? 1 : 0);
  });
  var listedActors = new Set(actorList.slice(0, MAX_ACTOR_FILTERS));
  // kind, wave and country are switched by layers (the layer control's switches too):
  // their entries in the filter panel add and remove those layers, one state for both
  function layerDim(key, title, field, values, layers) {
    return { key: key, title: title, layers: layers || [],
      value: function (r) { return r[field]; },
      values: values.map(function (v, k) { return [k, v]; }) };
  }
  var dims = [
    layerDim("kind", "Kind", FI.kind, data.kinds.map(function (k) { return k.label; }),
      toggles.kinds),
    { key: "weapon", title: "Weapon", layers: [], value: function (r) { return r[FI.weapon]; },
      values: data.weapons.map(function (w, k) { return [k, w.label]; }) },
    { key: "actor", title: "Actor", layers: [], value: function (r) {
      var v = r[FI.actor] || "";
      return listedActors.has(v) ? v : OTHER_ACTORS;
    }, values: actorList.slice(0, MAX_ACTOR_FILTERS).map(function (v) {
      return [v, v || "(unknown actor)"];
    }).concat(actorList.length > MAX_ACTOR_FILTERS ? [[OTHER_ACTORS, "(other actors)"]] : []) },
    { key: "claim", title: "Claim", layers: [], value: function (r) { return r[FI.claim_status] || ""; },
      values: null },
    { key: "placement", title: "Placement", layers: [], value: function (r) {
      return places[r[FI.target]][FP.doubtful] ? "doubtful" : "confident";
    }, values: [["confident", "Confident"], ["doubtful", "Doubtful (check before briefing)"]] },
    layerDim("country", "Country", FI.country, (data.countries || []).map(function (c) {
      return c[1];
    }), toggles.countries),
  ];
  if ((toggles.waves || []).length) {
    dims.push(layerDim("wave", "Wave", FI.wave, data.waves.map(function (w) {
      return w || "(none)";
    }), toggles.waves));
  }
  var claims = new Set();
  for (i = 0; i < N; i++) {
    claims.add(incidents[i][FI.claim_status] || "");
  }
  dims.forEach(function (d) {
    if (d.key === "claim") {
      d.values = Array.from(claims).sort().map(function (v) { return [v, v || "(none)"]; });
    }
  });
  // each incident's value of each dimension, as an index into dim.values (once)
  dims.forEach(function (d) {
    var index = new Map();
    d.values.forEach(function (v, k) { index.set(v[0], k); });
    d.codes = new Int32Array(N);
    for (var n = 0; n < N; n++) {
      var k = index.get(d.value(incidents[n]));
      d.codes[n] = k === undefined ? -1 : k;
    }
  });
  var days = new Int32Array(N), ends = new Int32Array(N);
  for (i = 0; i < N; i++) {
    days[i] = dayNumber(incidents[i][FI.date]);
    ends[i] = dayNumber(incidents[i][FI.end_date] || incidents[i][FI.date]);
  }

  var sortedByDate = true;
  for (i = 1; i < N && sortedByDate; i++) {
    sortedByDate = incidents[i - 1][FI.date] <= incidents[i][FI.date];
  }

  var ctx = {
    sortedByDate: sortedByDate,
    map: map, data: data, toggles: toggles, FI: FI, FP: FP, FG: FG, FS: FS, FO: FO, FL: FL,
    incidents: incidents, places: places, groups: data.groups, origins: data.origins,
    links: data.links, kinds: data.kinds, weapons: data.weapons, waves: data.waves,
    countries: data.countries || [], N: N, byId: byId, answeredBy: answeredBy, dims: dims,
    days: days, ends: ends,
    state: { from: data.dateMin || "", to: data.dateMax || "", lang: "en",
      excluded: { weapon: new Set(), actor: new Set(), claim: new Set(), placement: new Set(),
        kind: new Set(), wave: new Set(), country: new Set() } },
    visible: new Uint8Array(N), visibleCount: 0,
    // passes every filter but the dates (what the timeline counts)
    passOther: new Uint8Array(N),
  };

  function toggleOn(list, index) {
    var g = list && list[index];
    return !g || map.hasLayer(g);
  }

  var switches = [["kinds", "kind"], ["waves", "wave"], ["countries", "country"]];

  ctx.computeVisible = function () {
    var on = switches.map(function (s) {
      var values = s[0] === "kinds" ? ctx.kinds : s[0] === "waves" ? ctx.waves : ctx.countries;
      return values.map(function (_, k) { return toggleOn(toggles[s[0]], k); });
    });
    var cols = switches.map(function (s) { return FI[s[1]]; });
    var active = dims.filter(function (d) {
      return !d.layers.length && ctx.state.excluded[d.key].size > 0;
    });
    var off = active.map(function (d) {
      var ex = ctx.state.excluded[d.key], flags = new Uint8Array(d.values.length);
      d.values.forEach(function (v, k) { flags[k] = ex.has(v[0]) ? 1 : 0; });
      return flags;
    });
    var from = ctx.state.from ? dayNumber(ctx.state.from) : -1e9;
    var to = ctx.state.to ? dayNumber(ctx.state.to) : 1e9;
    var count = 0;
    for (var n = 0; n < N; n++) {
      var r = incidents[n], v = true;
      for (var s = 0; v && s < 3; s++) {
        v = on[s][r[cols[s]]] !== false;
      }
      for (var d = 0; v && d < active.length; d++) {
        v = off[d][active[d].codes[n]] !== 1;
      }
      ctx.passOther[n] = v ? 1 : 0;
      v = v && days[n] <= to && ends[n] >= from;
      ctx.visible[n] = v ? 1 : 0;
      count += ctx.visible[n];
    }
    ctx.visibleCount = count;
  };

  ctx.kindLabel = function (n) {
    return ctx.kinds[incidents[n][FI.kind]].label;
  };

  // the name of a place in the chosen language (English when there is none)
  ctx.placeName = function (p) {
    var pl = places[p], lang = ctx.state.lang;
    return (lang === "ar" && pl[FP.name_ar]) || (lang === "fa" && (pl[FP.name_fa] ||
      pl[FP.name_ar])) || pl[FP.name] || "";
  };

  // every incident linked to n by responds_to, in either direction, transitively
  ctx.chainOf = function (n) {
    var seen = new Set([n]), todo = [n];
    while (todo.length) {
      var m = todo.pop(), next = [];
      incidents[m][FI.responds_to].forEach(function (id) {
        var a = byId.get(id);
        if (a !== undefined) {
          next.push(a);
        }
      });
      (answeredBy.get(m) || []).forEach(function (b) { next.push(b); });
      next.forEach(function (x) {
        if (!seen.has(x)) {
          seen.add(x);
          todo.push(x);
        }
      });
    }
    return seen;
  };

  return ctx;
};
