"""``python -m geoincidents`` runs the command line."""

from geoincidents.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
