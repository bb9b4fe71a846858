/* part 9: what the page's own scripts (and tests) call. */

window.GeoIncidents = {
  maps: [],
  basemaps: [],
  incidentLayer: function (map, data, opts, toggles) {
    keepPopupsClear(map);
    accordion(map);
    var layer = incidentLayer(map, data, opts, toggles);
    if (opts.filters !== false) {
      filterControl(map, layer, { position: "topleft" });
    }
    if (opts.table !== false) {
      tableControl(map, layer, { position: "topleft" });
    }
    unplacedControl(map, data, { position: "topright" });
    return layer;
  },
  basemap: basemap,
  timeControl: timeControl,
  control: control,
  ShapeMarker: ShapeMarker,
  safeUrl: safeUrl,
  safeColor: safeColor,
  csvCell: csvCell,
  isIsoDate: isIsoDate,
};
