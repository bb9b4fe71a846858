"""Drawing: incidents → folium maps and standalone offline HTML (never imports text)."""
