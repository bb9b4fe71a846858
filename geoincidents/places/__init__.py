"""The ground floor: names, the gazetteer, resolution, relative locations, geocoders."""
