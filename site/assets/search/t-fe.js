window.polcatSearch("t-fe",  {"fe80":[[10,"2"]],"felix":[[1,"f"]],"felix-metrics-from-monitoring":[[1,"f"]]});
