/* part 2: the text of popups and tooltips (textContent only). */

var PAGE = 25;

GI.popups = function (ctx, actions) {
  var FI = ctx.FI, FP = ctx.FP, FG = ctx.FG, FS = ctx.FS;
  var incidents = ctx.incidents, places = ctx.places, groups = ctx.groups;

  // dates are ISO strings made in Python; the precision is a word from the data
  function dateText(r) {
    var t = [bidi("span", r[FI.date])];
    if (r[FI.end_date] && r[FI.end_date] !== r[FI.date]) {
      t.push(" – ", bidi("span", r[FI.end_date]));
    }
    if (r[FI.date_precision] && r[FI.date_precision] !== "day") {
      t.push(" (", bidi("span", r[FI.date_precision]), ")");
    }
    return t;
  }

  function weaponText(r) {
    var w = [bidi("span", ctx.weapons[r[FI.weapon]].label)];
    if (r[FI.count] !== null) {
      w.push(" × " + r[FI.count]);
    }
    return w;
  }

  function placeText(p) {
    var place = places[p], parts = [bidi("span", ctx.placeName(p) || "(unnamed)", "gi-place")];
    if (place[FP.relation]) {
      parts.push(" — ", bidi("span", place[FP.relation], "gi-relation"));
    }
    if (place[FP.radius]) {
      var km = place[FP.radius] / 1000;
      parts.push(" (± " + (km >= 1 ? km.toFixed(km < 10 ? 1 : 0) + " km" :
        Math.round(place[FP.radius]) + " m") + ")");
    }
    return parts;
  }

  function score(v) {
    return v === null || v === undefined ? "" : " (" + Number(v).toFixed(2) + ")";
  }

  // "placed from 'X' by fuzzy match (0.82); also: Y" for a doubtful placement
  function verdictText(p) {
    var pl = places[p];
    if (!pl[FP.doubtful]) {
      return "";
    }
    var out = el("div", { className: "gi-verdict" });
    out.appendChild(el("strong", null, "Doubtful placement: "));
    var how = [];
    if (pl[FP.query]) {
      how.push("placed from ‘", bidi("span", pl[FP.query], "gi-query"), "’");
    } else {
      how.push("placed");
    }
    if (pl[FP.method]) {
      how.push(" by ", bidi("span", String(pl[FP.method]).replace(/_/g, " "), "gi-method"),
        " match");
    }
    how.push(score(pl[FP.score]));
    if (pl[FP.alias] && pl[FP.alias] !== pl[FP.query]) {
      how.push(" as ", bidi("span", pl[FP.alias], "gi-alias"));
    }
    if (pl[FP.ambiguous]) {
      how.push("; ambiguous");
    }
    append(out, how);
    var alts = pl[FP.alternatives] || [];
    if (alts.length) {
      out.appendChild(document.createTextNode("; also: "));
      alts.forEach(function (a, k) {
        if (k) {
          out.appendChild(document.createTextNode(", "));
        }
        out.appendChild(bidi("span", a[0], "gi-alt"));
        if (a[1]) {
          append(out, [" (", bidi("span", a[1]), ")"]);
        }
        append(out, score(a[2]));
      });
    }
    return out;
  }

  function jump(n) {
    var r = incidents[n];
    var a = el("button", { type: "button", className: "gi-jump" }, [
      bidi("span", r[FI.date]), " ", bidi("span", ctx.kindLabel(n)), " — ",
      bidi("span", ctx.placeName(r[FI.target]))]);
    a.addEventListener("click", function (ev) {
      L.DomEvent.stop(ev);
      // after the event: show() closes this popup, taking the button out of the page
      setTimeout(function () { actions.show(n); }, 0);
    });
    return a;
  }

  function field(dl, label, value) {
    if (value === null || value === undefined || value === "" ||
        (Array.isArray(value) && value.length === 0)) {
      return;
    }
    dl.appendChild(el("dt", null, label));
    dl.appendChild(el("dd", null, value));
  }

  function sourceNode(s) {
    var url = safeUrl(s[FS.url]), name = s[FS.outlet] || url || s[FS.url_text] || "source";
    var head = url ? el("a", {
      href: url, target: "_blank", rel: "noopener noreferrer", dir: "auto",
    }, name) : bidi("span", name);
    var meta = [s[FS.date], s[FS.language]].filter(Boolean).map(function (t) {
      return bidi("span", t);
    });
    if (meta.length === 2) {
      meta.splice(1, 0, ", ");
    }
    var text = s[FS.url_text] && s[FS.url_text] !== name ?
      [" ", bidi("span", s[FS.url_text], "gi-urltext")] : "";
    return el("li", null, [head, text, meta.length ? [" (", meta, ")"] : "",
      s[FS.claim] ? [" — ", bidi("span", s[FS.claim], "gi-claimtext")] : ""]);
  }

  function incidentNode(n) {
    var r = incidents[n], kind = ctx.kinds[r[FI.kind]];
    var box = el("article", { className: "gi-incident" });
    var swatch = el("span", { className: "gi-swatch" });
    var fill = safeColor(kind.fill);
    if (fill) {
      swatch.style.background = fill;
    }
    box.appendChild(el("header", { className: "gi-head" }, [
      swatch, el("strong", { className: "gi-date" }, dateText(r)), " ",
      bidi("span", kind.label, "gi-kind"),
    ]));
    var verdict = verdictText(r[FI.target]);
    if (verdict) {
      box.appendChild(verdict);
    }
    var dl = el("dl", { className: "gi-fields" });
    field(dl, "Weapon", weaponText(r));
    field(dl, "Target", placeText(r[FI.target]));
    var country = ctx.countries[r[FI.country]];
    field(dl, "Country", country ? bidi("span", country[1]) : "");
    field(dl, "Targeted", r[FI.targeted_party] ? bidi("span", r[FI.targeted_party]) : "");
    field(dl, "Launched from", r[FI.origin] >= 0 ? placeText(r[FI.origin]) : "");
    var actor = r[FI.actor] ? [bidi("span", r[FI.actor]), " "] : ["Unknown actor "];
    actor.push(el("span", { className: "gi-claim" },
      ["(", bidi("span", r[FI.claim_status] || "unknown"), ")"]));
    field(dl, "Actor", actor);
    var cas = [];
    if (r[FI.killed] !== null) {
      cas.push(r[FI.killed] + " killed");
    }
    if (r[FI.wounded] !== null) {
      cas.push(r[FI.wounded] + " wounded");
    }
    field(dl, "Casualties", cas.join(", "));
    field(dl, "Damage", r[FI.damage] ? bidi("span", r[FI.damage]) : "");
    field(dl, "Responds to", r[FI.responds_to].map(function (id) {
      var a = ctx.byId.get(id);
      return el("div", null, a === undefined ? [bidi("span", id), " (not on this map)"] :
        jump(a));
    }));
    field(dl, "Answered by", (ctx.answeredBy.get(n) || []).map(function (b) {
      return el("div", null, jump(b));
    }));
    field(dl, "Sources", r[FI.sources].length ?
      el("ul", { className: "gi-sources" }, r[FI.sources].map(sourceNode)) : "");
    field(dl, "Notes", r[FI.notes] ? bidi("div", r[FI.notes], "gi-notes") : "");
    field(dl, "ID", bidi("span", r[FI.id], "gi-id"));
    box.appendChild(dl);
    return box;
  }

  function membersOf(g) {
    var list = groups[g][FG.members].filter(function (n) { return ctx.visible[n]; });
    return list.length ? list : groups[g][FG.members];
  }

  function groupPopup(g, first) {
    var list = membersOf(g);
    if (first !== undefined && list.indexOf(first) > 0) {
      list = [first].concat(list.filter(function (n) { return n !== first; }));
    }
    var root = el("div", { className: "gi-popup" });
    root.appendChild(el("div", { className: "gi-popup-title" }, [
      bidi("span", ctx.placeName(groups[g][FG.place]) || "(unnamed)"),
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
    var list = membersOf(g);
    var first = incidents[list[0]], last = incidents[list[list.length - 1]];
    var box = el("div", { className: "gi-tooltip" });
    box.appendChild(bidi("div", ctx.placeName(groups[g][FG.place]) || "(unnamed)",
      "gi-tooltip-place"));
    if (list.length === 1) {
      box.appendChild(el("div", null, [dateText(first), " · ", bidi("span", ctx.kindLabel(list[0])),
        " · ", weaponText(first)]));
      if (first[FI.actor]) {
        box.appendChild(bidi("div", first[FI.actor]));
      }
    } else {
      box.appendChild(el("div", null, [list.length + " × ", bidi("span", ctx.kindLabel(list[0])),
        ", ", bidi("span", first[FI.date]), " – ",
        bidi("span", last[FI.end_date] || last[FI.date])]));
    }
    if (places[groups[g][FG.place]][FP.doubtful]) {
      box.appendChild(el("div", { className: "gi-verdict" }, "Doubtful placement"));
    }
    return box;
  }

  return { groupPopup: groupPopup, groupTooltip: groupTooltip, membersOf: membersOf };
};
