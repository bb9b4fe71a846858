"""Reading news: mentions, geoparsing, dates and draft incidents (never imports maps)."""
