window.polcatSearch("t-pe",  {"peer":[[0,"e"],[6,"f"]],"peering":[[0,"f"]]});
