window.polcatSearch("t-to",  {"too":[[10,"2"]],"tor":[[0,"6"]]});
