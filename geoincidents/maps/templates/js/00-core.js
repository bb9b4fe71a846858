/* geoincidents map code, part 0: DOM helpers, safe values, marker shapes.
 *
 * The parts in templates/js are joined in file-name order into one inline script,
 * inside one function scope (see maps/elements.py: library_js).
 *
 * Safety rule of every part: data is never parsed as HTML. Every text from the data goes
 * into the page through document.createTextNode / textContent; the only attribute set
 * from data is href, and only for absolute http(s) URLs (already filtered in Python).
 * Every text from the data sits in its own dir="auto" element (bidi isolation); the only
 * style set from the data is a colour, and only when it is #rrggbb.
 */
var GI = {};

// {name: index} of a list of field names sent once by the payload
function fieldIndex(names) {
  var out = {};
  for (var i = 0; i < names.length; i++) {
    out[names[i]] = i;
  }
  return out;
}

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

// attrs values are constants of this code, except href (checked by safeUrl)
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

function stopEvents(node) {
  L.DomEvent.disableClickPropagation(node);
  L.DomEvent.disableScrollPropagation(node);
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

/* ---------- labels: decluttered text boxes (DOM, textContent only) ---------- */

// Greedy declutter: candidates [{latlng, text, priority, cls}] best first; a label is
// placed right of its point unless it overlaps one already placed. Returns the markers.
function declutter(map, candidates, taken, max) {
  var out = [];
  for (var i = 0; i < candidates.length && out.length < max; i++) {
    var c = candidates[i];
    if (!c.text) {
      continue;
    }
    var p = map.latLngToContainerPoint(c.latlng);
    var w = 8 + 6.2 * String(c.text).length, h = 15;
    var box = [p.x + 9, p.y - h / 2, p.x + 9 + w, p.y + h / 2];
    var clash = false;
    for (var j = 0; j < taken.length; j++) {
      var t = taken[j];
      if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) {
        clash = true;
        break;
      }
    }
    if (clash) {
      continue;
    }
    taken.push(box);
    var icon = L.divIcon({
      className: "gi-label " + (c.cls || ""), iconSize: null, iconAnchor: [-9, 8],
      html: bidi("span", c.text),
    });
    out.push(L.marker(c.latlng, { icon: icon, interactive: false, keyboard: false,
      pane: c.pane || "giLabels" }));
  }
  return out;
}
