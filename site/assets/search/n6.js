window.polcatSearch("n6",  {"fe80::/10":[[10,"2"]]});
