window.polcatSearch("t-rr",  {"rr":[[0,"8"]]});
