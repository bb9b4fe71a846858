"""What happened: the incident model, its files, frames and bundled datasets."""
