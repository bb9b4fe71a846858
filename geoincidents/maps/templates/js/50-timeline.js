/* part 5: the dates: ISO inputs and a timeline histogram (stacked by kind) with a brush. */

var SVG_NS = "http://www.w3.org/2000/svg";
var TL_W = 420, TL_H = 64;

function svg(tag, attrs) {
  var node = document.createElementNS(SVG_NS, tag);
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
  return node;
}

function timeControl(map, layer, opts) {
  var ctx = layer.ctx, FI = ctx.FI;
  var first = dayNumber(opts.min), last = dayNumber(opts.max);
  var span = last - first + 1;
  var binDays = span <= 120 ? 1 : span <= 1100 ? 7 : 30;
  var nbins = Math.max(1, Math.ceil(span / binDays));
  var api = { binDays: binDays, bins: nbins };

  var Control = L.Control.extend({
    onAdd: function () {
      var box = el("div", { className: "gi-time leaflet-bar", role: "group",
        "aria-label": "Date range" });
      stopEvents(box);
      var range = layer.getRange();
      function input(cls, label, value) {
        return el("input", { type: "text", className: cls, value: value, "aria-label": label,
          placeholder: "YYYY-MM-DD", inputmode: "numeric", maxlength: 10, size: 10,
          pattern: "\\d{4}-\\d{2}-\\d{2}", spellcheck: "false" });
      }
      var from = input("gi-from", "From", range.from), to = input("gi-to", "Until", range.to);
      var reset = el("button", { type: "button", className: "gi-reset" }, "All dates");
      var status = el("div", { className: "gi-time-status", "aria-live": "polite" });
      var warn = el("div", { className: "gi-time-warning", role: "alert" });
      warn.hidden = true;
      var head = el("div", { className: "gi-time-row" }, [
        el("span", { className: "gi-time-title" }, "Dates"),
        el("label", null, ["From ", from]), el("label", null, ["Until ", to]), reset]);
      box.appendChild(head);
      box.appendChild(warn);

      var chart = svg("svg", { class: "gi-timeline", width: TL_W, height: TL_H + 14,
        viewBox: "0 0 " + TL_W + " " + (TL_H + 14), role: "img",
        "aria-label": "Incidents per " + (binDays === 1 ? "day" : binDays === 7 ? "week" :
          "month") + ", stacked by kind; drag to choose dates" });
      var bars = svg("g", {}), brush = svg("rect", { class: "gi-brush", y: 0, height: TL_H,
        x: 0, width: 0 });
      var axis = svg("g", { class: "gi-axis" });
      chart.appendChild(bars);
      chart.appendChild(brush);
      chart.appendChild(axis);
      box.appendChild(chart);
      box.appendChild(status);
      [[0, opts.min, "start"], [TL_W, opts.max, "end"]].forEach(function (a) {
        var t = svg("text", { x: a[0], y: TL_H + 11, "text-anchor": a[2] });
        t.textContent = a[1];
        axis.appendChild(t);
      });

      var bw = TL_W / nbins;
      function binOf(day) {
        return Math.min(nbins - 1, Math.max(0, Math.floor((day - first) / binDays)));
      }
      function dayOfX(x, end) {
        var b = Math.min(nbins - 1, Math.max(0, Math.floor(x / bw)));
        var d = first + b * binDays + (end ? binDays - 1 : 0);
        return isoOfDay(Math.min(Math.max(d, first), last));
      }

      function drawBars() {
        var K = ctx.kinds.length, counts = new Int32Array(nbins * K), top = 1;
        for (var n = 0; n < ctx.N; n++) {
          if (ctx.passOther[n]) {
            counts[binOf(ctx.days[n]) * K + ctx.incidents[n][FI.kind]]++;
          }
        }
        var totals = new Int32Array(nbins);
        for (var b = 0; b < nbins; b++) {
          for (var k = 0; k < K; k++) {
            totals[b] += counts[b * K + k];
          }
          top = Math.max(top, totals[b]);
        }
        while (bars.firstChild) {
          bars.removeChild(bars.firstChild);
        }
        var fromD = ctx.state.from ? dayNumber(ctx.state.from) : first;
        var toD = ctx.state.to ? dayNumber(ctx.state.to) : last;
        for (b = 0; b < nbins; b++) {
          var y = TL_H, inRange = first + (b + 1) * binDays - 1 >= fromD &&
            first + b * binDays <= toD;
          for (k = 0; k < K; k++) {
            var c = counts[b * K + k];
            if (!c) {
              continue;
            }
            var h = (c / top) * (TL_H - 2);
            y -= h;
            bars.appendChild(svg("rect", { x: b * bw + 0.5, y: y, width: Math.max(bw - 1, 0.8),
              height: h, fill: safeColor(ctx.kinds[k].fill) || "#7f7f7f",
              "fill-opacity": inRange ? 1 : 0.25, class: "gi-bar" }));
          }
        }
        api.counts = Array.from(totals);
        var x0 = (binOf(fromD) * bw), x1 = (binOf(toD) + 1) * bw;
        brush.setAttribute("x", x0);
        brush.setAttribute("width", Math.max(x1 - x0, 1));
      }

      function flag(text) {
        warn.textContent = text;
        warn.hidden = !text;
        from.classList.toggle("gi-bad", !!text && /From/.test(text));
        to.classList.toggle("gi-bad", !!text && /Until/.test(text));
        box.classList.toggle("gi-invalid", !!text);
      }
      function apply() {
        var f = from.value.trim(), t = to.value.trim();
        if (f && !isIsoDate(f)) {
          return flag("From is not a date written YYYY-MM-DD: " + f);
        }
        if (t && !isIsoDate(t)) {
          return flag("Until is not a date written YYYY-MM-DD: " + t);
        }
        if (f && t && f > t) {
          return flag("From (" + f + ") is after Until (" + t + "): no date can match");
        }
        flag("");
        layer.setRange(f, t);
      }
      api.apply = apply;
      from.addEventListener("change", apply);
      to.addEventListener("change", apply);
      // typing: apply as soon as a field holds a whole date (or nothing)
      [from, to].forEach(function (f) {
        f.addEventListener("input", function () {
          if (/^(\d{4}-\d{2}-\d{2})?$/.test(f.value.trim())) {
            apply();
          }
        });
      });
      reset.addEventListener("click", function () {
        from.value = opts.min;
        to.value = opts.max;
        apply();
      });

      // the brush: drag over the histogram to set the range
      var dragging = null;
      function xOf(ev) {
        var r = chart.getBoundingClientRect();
        return Math.min(TL_W, Math.max(0, (ev.clientX - r.left) * (TL_W / r.width)));
      }
      chart.addEventListener("mousedown", function (ev) {
        ev.preventDefault();
        dragging = xOf(ev);
        brush.setAttribute("x", dragging);
        brush.setAttribute("width", 1);
      });
      window.addEventListener("mousemove", function (ev) {
        if (dragging === null) {
          return;
        }
        var x = xOf(ev);
        brush.setAttribute("x", Math.min(x, dragging));
        brush.setAttribute("width", Math.max(Math.abs(x - dragging), 1));
      });
      window.addEventListener("mouseup", function (ev) {
        if (dragging === null) {
          return;
        }
        var x = xOf(ev), a = Math.min(x, dragging), b = Math.max(x, dragging);
        dragging = null;
        from.value = dayOfX(a, false);
        to.value = dayOfX(Math.max(b - 0.01, a), true);
        apply();
      });

      function update(l) {
        var s = l.stats();
        status.textContent = s.incidents + " of " + opts.total + " incidents shown";
        var r = l.getRange();
        if (!box.classList.contains("gi-invalid")) {
          from.value = r.from;
          to.value = r.to;
        }
        drawBars();
      }
      layer.onRefresh(update);
      update(layer);
      return box;
    },
  });
  api.control = new Control({ position: opts.position || "bottomleft" }).addTo(map);
  layer.timeline = api;
  return api;
}
