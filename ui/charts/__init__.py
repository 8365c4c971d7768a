"""pyqtgraph items and plots shared by the analysis views (no data loading, no threads)."""
