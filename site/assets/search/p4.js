window.polcatSearch("p4",  {"udp/4789":[[3,"1"]]});
