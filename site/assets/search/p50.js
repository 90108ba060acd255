window.polcatSearch("p50",  {"udp/51820":[[3,"6"]],"udp/51821":[[3,"2"]]});
